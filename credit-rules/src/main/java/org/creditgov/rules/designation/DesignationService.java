package org.creditgov.rules.designation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.text.Fact;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.time.DateOutOfCalendarException;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.core.verdict.Severity;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.DesignationCommand.AnswerObjection;
import org.creditgov.rules.designation.DesignationCommand.Decide;
import org.creditgov.rules.designation.DesignationCommand.FileObjection;
import org.creditgov.rules.designation.DesignationCommand.Propose;
import org.creditgov.rules.designation.DesignationCommand.Remove;
import org.creditgov.rules.designation.DesignationCommand.ServeNotice;
import org.creditgov.rules.designation.DesignationCommand.WaiveObjection;
import org.creditgov.rules.designation.DesignationCommand.Withdraw;
import org.creditgov.rules.procedure.AppendResult;
import org.creditgov.rules.designation.DocumentRef.Kind;
import org.jspecify.annotations.Nullable;

/**
 * The designation procedure (DES-1 to DES-7): takes commands, checks every guard, and appends one
 * event per accepted command to the {@link DesignationStore}, or refuses with a {@link Verdict}
 * listing all findings and appends nothing. A listing or a removal appends its {@link
 * ListingChange} with its event, in the same atomic append (the store is the outbox: no dual
 * write); a relay delivers the stored changes to the connected systems ({@code
 * org.creditgov.rules.sync.SyncRelay}).
 *
 * <pre>{@code
 * DesignationService service = DesignationService.builder()
 *     .store(DesignationStore.inMemory())          // or a durable store (credit-store-jdbc)
 *     .clock(clock)                              // injected: the only source of "today"
 *     .listTypes(BundledListTypes.registry())    // or ListTypeJson.read(...) of your own files
 *     .calendar(WorkingDayCalendar.china())
 *     .build();
 * CommandResult r = service.propose(DesignationCommand.propose()...build());
 * CommandResult s = service.execute(id, 1, DesignationCommand.serveNotice()...build());
 * }</pre>
 *
 * <p>Guards (each failure is a finding with its requirement id): the list type is in force in the
 * department's jurisdiction and lawful (DES-1, DES-2); the proposal rests on a legally effective ruling and states grounds (P-1); a minor is not
 * listed where the list excludes minors (SAN-4); the notice is complete (DES-3); no decision before
 * a served notice (DES-3), before the objection window has passed unless waived in writing, or while
 * an objection is open (DES-4); the decision document is complete and states the list's removal
 * conditions and a period within range (DES-5, DES-6); removal only of a listed subject, on a
 * document (DES-6); steps are dated in order and not after today (DES-7). A late notice or an
 * overdue objection answer is accepted, recorded in the event and flagged with a warning. Every
 * finding cites the procedural bases of the list-type layers in force (data of their headers) and
 * the list's own basis; a verdict names the list-type version applied.
 *
 * <p>Today is the date of the injected clock in China ({@link ChinaTime#ZONE}); the service reads
 * no other time. Thread-safe: concurrent commands on one designation are serialised by the store's
 * optimistic lock, and the loser gets a {@link CommandResult.Conflict}.
 */
public final class DesignationService {

  private final DesignationStore store;
  private final Clock clock;
  private final WorkingDayCalendar calendar;
  private final ListTypeRegistry listTypes;
  private final SubjectDirectory subjects;
  private final UnaryOperator<String> freeTexts;
  private final RepairApprovals repairs;

  private DesignationService(Builder b) {
    this.store = requireNonNull(b.store, "store");
    this.clock = requireNonNull(b.clock, "clock");
    this.calendar = requireNonNull(b.calendar, "calendar");
    this.listTypes = requireNonNull(b.listTypes, "listTypes");
    this.subjects = requireNonNull(b.subjects, "subjects");
    this.freeTexts = requireNonNull(b.freeTexts, "freeTexts");
    this.repairs = b.repairs;
  }

  /**
   * A builder; store, clock and list types are mandatory, the calendar defaults to {@link
   * WorkingDayCalendar#china()} and the subject directory to a new {@link SubjectDirectory#inMemory()}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DesignationService}. */
  public static final class Builder {
    private @Nullable DesignationStore store;
    private @Nullable Clock clock;
    private @Nullable ListTypeRegistry listTypes;
    private WorkingDayCalendar calendar = WorkingDayCalendar.china();
    private SubjectDirectory subjects = SubjectDirectory.inMemory();
    private UnaryOperator<String> freeTexts = UnaryOperator.identity();
    private RepairApprovals repairs = RepairApprovals.none();

    private Builder() {}

    /** The store of events. */
    @CanIgnoreReturnValue
    public Builder store(DesignationStore store) {
      this.store = requireNonNull(store, "store");
      return this;
    }

    /** The clock: the only source of today's date and of the events' recording instants. */
    @CanIgnoreReturnValue
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** The working-day calendar deadlines are counted on. */
    @CanIgnoreReturnValue
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * The list types (DES-1, DES-2): a proposal resolves its list type in force in the
     * department's jurisdiction on its date, and replay resolves the list type an event names by
     * code and version.
     */
    @CanIgnoreReturnValue
    public Builder listTypes(ListTypeRegistry listTypes) {
      this.listTypes = requireNonNull(listTypes, "listTypes");
      return this;
    }

    /**
     * Where subjects' details are kept: a proposal puts them there (its event names the subject by
     * reference only), and a decision asks it for a natural person's birth date (SAN-4).
     */
    @CanIgnoreReturnValue
    public Builder subjects(SubjectDirectory subjects) {
      this.subjects = requireNonNull(subjects, "subjects");
      return this;
    }

    /**
     * What every free text of a step (grounds, rights, the decision's notices and procedures, a
     * withdrawal's reason) passes through before it is kept in an event, after the service has
     * masked the subject's own name and identifier in it: none by default. Give a redactor of
     * other people's data here (credit-privacy's {@code Redactor}, say: {@code t ->
     * redactor.redact(t).text()}); it must not change a text that holds no personal data.
     */
    @CanIgnoreReturnValue
    public Builder freeTextFilter(UnaryOperator<String> filter) {
      this.freeTexts = requireNonNull(filter, "filter");
      return this;
    }

    /**
     * The approved repairs (REP-3): a removal as repaired is accepted only for a listing whose
     * repair was approved on or before the removal's date. {@link RepairApprovals#none()} by
     * default, so that without them no listing is removed as repaired.
     */
    @CanIgnoreReturnValue
    public Builder repairs(RepairApprovals repairs) {
      this.repairs = requireNonNull(repairs, "repairs");
      return this;
    }

    /**
     * The service.
     *
     * @throws IllegalStateException if the store, clock or list types are missing
     */
    public DesignationService build() {
      checkState(store != null && clock != null && listTypes != null,
          "a designation service needs a store, a clock and list types");
      return new DesignationService(this);
    }
  }

  // ------------------------------------------------------------------ queries

  /** The designation of {@code id}, replayed from its events; empty if there is none. */
  public Optional<Designation> find(DesignationId id) {
    ImmutableList<DesignationEvent> events = store.load(id);
    return events.isEmpty() ? Optional.empty() : Optional.of(Designation.replay(events, calendar, listTypes));
  }

  /**
   * The published list on {@code date} (DES-6): every designation listed on that date, in id order,
   * and none that had expired, been repaired, revoked or corrected by then, as the history is now
   * known.
   */
  public ImmutableList<Designation> publishedListOn(LocalDate date) {
    requireNonNull(date, "date");
    ImmutableList.Builder<Designation> listed = ImmutableList.builder();
    for (DesignationId id : store.ids()) {
      ImmutableList<DesignationEvent> events = store.load(id);
      if (!events.isEmpty()) {
        Designation d = Designation.replay(events, calendar, listTypes);
        if (d.isListedOn(date)) {
          listed.add(d);
        }
      }
    }
    return listed.build();
  }

  /** Today in China, by the injected clock. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
  }

  /** The list types this service resolves proposals and histories with. */
  public ListTypeRegistry listTypes() {
    return listTypes;
  }

  /** The directory this service keeps subjects' details in. */
  public SubjectDirectory subjects() {
    return subjects;
  }

  // ------------------------------------------------------------------ commands

  /**
   * Opens a designation: resolves the list type of the command's code in force in the actor's
   * jurisdiction on the proposal's date, checks every guard, appends the proposal and keeps the
   * subject's details in the directory.
   *
   * @return accepted (the proposal event, version 1), refused with every finding, or a conflict
   *     if a designation with the id already exists
   * @throws NullPointerException if {@code command} is null
   */
  public CommandResult propose(Propose command) {
    requireNonNull(command, "command");
    DesignationId id = command.id();
    long existing = store.load(id).size();
    if (existing != 0) {
      return new CommandResult.Conflict(id, 0, existing);
    }
    LocalDate on = command.on();
    Jurisdiction where = command.actor().jurisdiction();
    Optional<ResolvedListType> found = listTypes.inForce(command.listTypeCode(), where, on);
    Findings f = found.map(Findings::new).orElseGet(() -> new Findings(ListTypeRegistry.KIND.foundingBasis()));
    f.checkNotFuture(on, today());
    if (found.isEmpty()) {
      f.listTypeNotFound(command.listTypeCode(), where, on);
    } else {
      ResolvedListType resolved = found.get();
      ListType type = resolved.listType();
      f.addAll(resolved.findingsOn(on));
      if (!command.criteriaVersion().equals(type.criteriaVersion())) {
        f.add(DesignationFinding.CRITERIA_VERSION_MISMATCH, f.listType(),
            Fact.code(DesignationFacts.PROPOSED_CRITERIA_VERSION.name(), command.criteriaVersion()),
            Fact.code(DesignationFacts.CRITERIA_VERSION.name(), type.criteriaVersion()));
      }
      if (command.subject().isMinorOn(on) && !type.minorsMayBeListed()) {
        f.add(DesignationFinding.MINOR_EXCLUDED, f.listType(), Fact.date(DesignationFacts.DATE.name(), on));
      }
    }
    if (!hasDocument(command.documents(), Kind.EFFECTIVE_RULING)) {
      f.add(DesignationFinding.PROPOSAL_WITHOUT_EFFECTIVE_RULING);
    }
    if (command.grounds().map(String::isBlank).orElse(true)) {
      f.add(DesignationFinding.PROPOSAL_WITHOUT_GROUNDS);
    }
    if (f.refuses()) {
      return new CommandResult.Refused(id, 0, f.verdict());
    }
    ResolvedListType resolved = found.orElseThrow();
    DesignationEvent event = DesignationEvent.Proposed.builder()
        .designationId(id)
        .version(1)
        .actor(command.actor())
        .on(on)
        .recordedAt(now())
        .addAllLegalBases(bases(resolved, command.legalBases()))
        .addAllDocuments(command.documents())
        .listType(resolved.ref())
        .subject(SubjectRef.of(command.subject()))
        .criteriaVersion(command.criteriaVersion())
        .grounds(texts(SubjectRef.of(command.subject()), Optional.of(command.subject())).apply(command.grounds().orElseThrow()))
        .build();
    CommandResult result = append(null, resolved, event, f.verdict());
    if (result.isAccepted()) {
      var unused = subjects.put(command.subject()); // the reference is the event's already
    }
    return result;
  }

  /**
   * Takes a step on an existing designation, if its version is still {@code expectedVersion}.
   *
   * @return accepted (one event appended), refused with every finding (nothing appended; also when
   *     no designation has the id), or a conflict when the designation's version is not {@code
   *     expectedVersion}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code command} is a {@link Propose} (use {@link #propose})
   *     or {@code expectedVersion} is not positive
   */
  public CommandResult execute(DesignationId id, long expectedVersion, DesignationCommand command) {
    requireNonNull(id, "id");
    requireNonNull(command, "command");
    checkArgument(!(command instanceof Propose), "a proposal opens a designation: use propose()");
    checkArgument(expectedVersion > 0, "expectedVersion must be positive: %s", expectedVersion);
    ImmutableList<DesignationEvent> events = store.load(id);
    if (events.isEmpty()) {
      Findings f = new Findings(ListTypeRegistry.KIND.foundingBasis());
      f.add(DesignationFinding.DESIGNATION_NOT_FOUND, Fact.code(DesignationFacts.DESIGNATION.name(), id.value()));
      return new CommandResult.Refused(id, 0, f.verdict());
    }
    Designation d = Designation.replay(events, calendar, listTypes);
    if (d.version() != expectedVersion) {
      return new CommandResult.Conflict(id, expectedVersion, d.version());
    }
    Findings f = new Findings(d.resolvedListType());
    LocalDate today = today();
    DesignationEvent event;
    if (command instanceof ServeNotice) {
      event = serveNotice(d, (ServeNotice) command, f, today);
    } else if (command instanceof WaiveObjection) {
      event = waive(d, (WaiveObjection) command, f, today);
    } else if (command instanceof FileObjection) {
      event = fileObjection(d, (FileObjection) command, f, today);
    } else if (command instanceof AnswerObjection) {
      event = answerObjection(d, (AnswerObjection) command, f, today);
    } else if (command instanceof Withdraw) {
      event = withdraw(d, (Withdraw) command, f, today);
    } else if (command instanceof Decide) {
      event = decide(d, (Decide) command, f, today);
    } else if (command instanceof Remove) {
      event = remove(d, (Remove) command, f, today);
    } else {
      throw new IllegalArgumentException("unknown command type " + command.getClass().getName());
    }
    if (f.refuses() || event == null) {
      checkState(f.refuses(), "a command without an event must have been refused");
      return new CommandResult.Refused(id, d.version(), f.verdict());
    }
    return append(d, d.resolvedListType(), event, f.verdict());
  }

  private CommandResult append(@Nullable Designation before, ResolvedListType listType, DesignationEvent event,
      Verdict verdict) {
    long expected = event.version() - 1;
    Designation after = before == null
        ? Designation.replay(ImmutableList.of(event), calendar, (code, version) -> Optional.of(listType))
        : before.with(event);
    AppendResult result = store.append(event.designationId(), expected, ImmutableList.of(event), changes(after, event));
    if (result instanceof AppendResult.Conflict c) {
      return new CommandResult.Conflict(event.designationId(), expected, c.actualVersion());
    }
    return new CommandResult.Accepted(after, event, verdict);
  }

  /** The outbox message of a step: a listing or a removal has one, every other step none. */
  private static ImmutableList<ListingChange> changes(Designation after, DesignationEvent event) {
    String department = event.actor().department();
    if (event instanceof DesignationEvent.Listed listed) {
      return ImmutableList.of(new ListingChange(after.id(), after.version(), after.listType().code(),
          after.subjectRef(), ListingChange.Kind.LISTED, event.on(), after.lastDayOfPeriod(), Optional.empty(),
          department, listed.decision().documentNumber().orElse("")));
    }
    if (event instanceof DesignationEvent.Removed removed) {
      RemovalReason reason = removed.reason();
      LocalDate effective =
          reason == RemovalReason.EXPIRED ? after.lastDayOfPeriod().orElseThrow().plusDays(1) : event.on();
      String document = removed.documents().isEmpty() ? "" : removed.documents().get(0).number();
      return ImmutableList.of(new ListingChange(after.id(), after.version(), after.listType().code(),
          after.subjectRef(), ListingChange.Kind.REMOVED, effective, Optional.empty(), Optional.of(reason),
          department, document));
    }
    return ImmutableList.of();
  }

  // ------------------------------------------------------------------ the steps

  private @Nullable DesignationEvent serveNotice(Designation d, ServeNotice c, Findings f, LocalDate today) {
    f.checkStage(d, Step.SERVE_NOTICE, Status.PROPOSED);
    PriorNotice notice = c.notice();
    for (PriorNotice.Element missing : notice.missingElements()) {
      f.add(missing.finding());
    }
    if (notice.servedOn().isEmpty()) {
      return null;
    }
    LocalDate on = notice.servedOn().get();
    f.checkDate(d, on, today);
    Timeliness timeliness = Timeliness.ON_TIME;
    OptionalInt late = OptionalInt.of(0);
    Deadline deadline = d.noticeDeadline();
    if (deadline instanceof Deadline.Due) {
      LocalDate due = ((Deadline.Due) deadline).day();
      if (on.isAfter(due)) {
        timeliness = Timeliness.OVERDUE;
        late = workingDaysLate(due, on);
        Fact dueFact = Fact.date(DesignationFacts.NOTICE_DEADLINE.name(), due);
        if (late.isPresent()) {
          f.add(DesignationFinding.NOTICE_SERVED_LATE, dueFact,
              Fact.workingDays(DesignationFacts.WORKING_DAYS_LATE.name(), late.getAsInt()));
        } else {
          f.add(DesignationFinding.NOTICE_SERVED_LATE_UNCOUNTED, dueFact, Fact.date(DesignationFacts.SERVED_ON.name(), on));
        }
      }
    } else {
      timeliness = Timeliness.NOT_COMPUTABLE;
      late = OptionalInt.empty();
      f.add(DesignationFinding.NOTICE_DEADLINE_UNKNOWN, window(d.listType().noticeWorkingDays(), d.proposedOn()));
    }
    UnaryOperator<String> clean = texts(d);
    PriorNotice kept = notice.toBuilder().grounds(notice.grounds().map(clean)).rights(notice.rights().map(clean)).build();
    return DesignationEvent.NoticeServed.builder()
        .designationId(d.id()).version(d.version() + 1).actor(c.actor()).on(on).recordedAt(now())
        .addAllLegalBases(bases(d.resolvedListType(), notice.legalBases()))
        .addAllDocuments(withDocument(DocumentRef.of(Kind.PRIOR_NOTICE, notice.documentNumber(), on), c.documents()))
        .notice(kept).timeliness(timeliness).workingDaysLate(late)
        .build();
  }

  private @Nullable DesignationEvent waive(Designation d, WaiveObjection c, Findings f, LocalDate today) {
    f.checkDate(d, c.on(), today);
    if (d.objectionWaivedOn().isPresent()) {
      f.add(DesignationFinding.OBJECTION_RIGHT_WAIVED, waived(d));
    } else {
      f.checkStage(d, Step.WAIVE_OBJECTION, Status.NOTIFIED);
    }
    if (!hasDocument(c.documents(), Kind.WRITTEN_WAIVER)) {
      f.add(DesignationFinding.WAIVER_NOT_IN_WRITING);
    }
    return DesignationEvent.ObjectionWaived.builder()
        .designationId(d.id()).version(d.version() + 1).actor(c.actor()).on(c.on()).recordedAt(now())
        .addAllLegalBases(bases(d.resolvedListType(), ImmutableList.of())).addAllDocuments(c.documents())
        .build();
  }

  private @Nullable DesignationEvent fileObjection(Designation d, FileObjection c, Findings f, LocalDate today) {
    f.checkDate(d, c.on(), today);
    if (d.objectionWaivedOn().isPresent()) {
      f.add(DesignationFinding.OBJECTION_RIGHT_WAIVED, waived(d));
    } else if (f.checkStage(d, Step.FILE_OBJECTION, Status.NOTIFIED)) {
      Deadline deadline = d.objectionDeadline().orElseThrow();
      if (deadline instanceof Deadline.Due) {
        LocalDate due = ((Deadline.Due) deadline).day();
        if (c.on().isAfter(due)) {
          f.add(DesignationFinding.OBJECTION_WINDOW_CLOSED, Fact.date(DesignationFacts.OBJECTION_DEADLINE.name(), due));
        }
      } else {
        // the subject's right to object is not refused for want of calendar data: accepted, flagged
        f.add(DesignationFinding.OBJECTION_DEADLINE_UNKNOWN,
            window(d.listType().objectionWindowWorkingDays(), d.noticeServedOn().orElseThrow()));
      }
    }
    return DesignationEvent.ObjectionFiled.builder()
        .designationId(d.id()).version(d.version() + 1).actor(c.actor()).on(c.on()).recordedAt(now())
        .addAllLegalBases(bases(d.resolvedListType(), ImmutableList.of())).addAllDocuments(c.documents())
        .build();
  }

  private @Nullable DesignationEvent answerObjection(Designation d, AnswerObjection c, Findings f, LocalDate today) {
    f.checkDate(d, c.on(), today);
    if (!hasDocument(c.documents(), Kind.OBJECTION_REPLY)) {
      f.add(DesignationFinding.OBJECTION_REPLY_MISSING);
    }
    Timeliness timeliness = Timeliness.ON_TIME;
    OptionalInt late = OptionalInt.of(0);
    Optional<Deadline> deadline = d.objectionAnswerDeadline();
    if (deadline.isEmpty()) {
      f.add(DesignationFinding.NO_OPEN_OBJECTION);
    } else if (deadline.get() instanceof Deadline.Due) {
      LocalDate due = ((Deadline.Due) deadline.get()).day();
      if (c.on().isAfter(due)) {
        timeliness = Timeliness.OVERDUE;
        late = workingDaysLate(due, c.on());
        Fact dueFact = Fact.date(DesignationFacts.ANSWER_DEADLINE.name(), due);
        if (late.isPresent()) {
          f.add(DesignationFinding.OBJECTION_ANSWER_OVERDUE, dueFact,
              Fact.workingDays(DesignationFacts.WORKING_DAYS_LATE.name(), late.getAsInt()));
        } else {
          f.add(DesignationFinding.OBJECTION_ANSWER_OVERDUE_UNCOUNTED, dueFact,
              Fact.date(DesignationFacts.ANSWERED_ON.name(), c.on()));
        }
      }
    } else {
      timeliness = Timeliness.NOT_COMPUTABLE;
      late = OptionalInt.empty();
      f.add(DesignationFinding.OBJECTION_DEADLINE_UNKNOWN,
          window(d.listType().objectionAnswerWorkingDays(), d.openObjectionFiledOn().orElseThrow()));
    }
    return DesignationEvent.ObjectionAnswered.builder()
        .designationId(d.id()).version(d.version() + 1).actor(c.actor()).on(c.on()).recordedAt(now())
        .addAllLegalBases(bases(d.resolvedListType(), ImmutableList.of())).addAllDocuments(c.documents())
        .upheld(c.upheld()).timeliness(timeliness).workingDaysLate(late)
        .build();
  }

  private @Nullable DesignationEvent withdraw(Designation d, Withdraw c, Findings f, LocalDate today) {
    f.checkDate(d, c.on(), today);
    f.checkStage(d, Step.WITHDRAW, Status.PROPOSED, Status.NOTIFIED, Status.OBJECTION_PENDING);
    return DesignationEvent.Withdrawn.builder()
        .designationId(d.id()).version(d.version() + 1).actor(c.actor()).on(c.on()).recordedAt(now())
        .addAllLegalBases(bases(d.resolvedListType(), ImmutableList.of())).addAllDocuments(c.documents())
        .reason(texts(d).apply(c.reason()))
        .build();
  }

  private @Nullable DesignationEvent decide(Designation d, Decide c, Findings f, LocalDate today) {
    ListType type = d.listType();
    DecisionDocument decision = c.decision();
    Status stage = d.stage();
    if (stage == Status.PROPOSED) {
      f.add(DesignationFinding.NOTICE_NOT_SERVED);
    } else if (stage == Status.OBJECTION_PENDING) {
      f.add(DesignationFinding.OBJECTION_OPEN,
          Fact.date(DesignationFacts.OBJECTION_FILED_ON.name(), d.openObjectionFiledOn().orElseThrow()));
    } else {
      f.checkStage(d, Step.DECIDE, Status.NOTIFIED);
    }
    for (DecisionDocument.Element missing : decision.missingElements()) {
      f.add(missing.finding());
    }
    if (!decision.removalConditions().isEmpty()) {
      for (String condition : type.removalConditions()) {
        if (!decision.removalConditions().contains(condition)) {
          f.add(DesignationFinding.REMOVAL_CONDITION_NOT_STATED,
              Fact.text(DesignationFacts.REMOVAL_CONDITION.name(), condition));
        }
      }
    }
    f.checkJurisdiction(c.actor(), type);
    if (decision.decidedOn().isEmpty()) {
      return null;
    }
    LocalDate on = decision.decidedOn().get();
    f.checkDate(d, on, today);
    if (decision.listingPeriod().isPresent() && !type.listingPeriod().allows(on, decision.listingPeriod().get())) {
      f.add(DesignationFinding.LISTING_PERIOD_OUT_OF_RANGE,
          Fact.period(DesignationFacts.PERIOD.name(), decision.listingPeriod().get()),
          Fact.period(DesignationFacts.MINIMUM_PERIOD.name(), type.listingPeriod().minimum()),
          Fact.period(DesignationFacts.MAXIMUM_PERIOD.name(), type.listingPeriod().maximum()));
    }
    if (stage == Status.NOTIFIED && d.objectionWaivedOn().isEmpty()) {
      Deadline deadline = d.objectionDeadline().orElseThrow();
      if (deadline instanceof Deadline.Due) {
        LocalDate due = ((Deadline.Due) deadline).day();
        if (!on.isAfter(due)) {
          f.add(DesignationFinding.OBJECTION_WINDOW_NOT_PASSED, Fact.date(DesignationFacts.OBJECTION_DEADLINE.name(), due));
        }
      } else if (deadline instanceof Deadline.Provisional) {
        // an estimate never allows a decision by itself: held for review until the year's notice is loaded
        Deadline.Provisional estimate = (Deadline.Provisional) deadline;
        if (!on.isAfter(estimate.day())) {
          f.add(DesignationFinding.OBJECTION_WINDOW_NOT_PASSED,
              Fact.date(DesignationFacts.OBJECTION_DEADLINE.name(), estimate.day()));
        }
        f.add(DesignationFinding.OBJECTION_DEADLINE_PROVISIONAL,
            Fact.date(DesignationFacts.OBJECTION_DEADLINE.name(), estimate.day()),
            Fact.date(DesignationFacts.OFFICIAL_UNTIL.name(), estimate.answer().officialUntil()));
      } else {
        f.add(DesignationFinding.OBJECTION_DEADLINE_NOT_COMPUTABLE,
            window(type.objectionWindowWorkingDays(), d.noticeServedOn().orElseThrow()));
      }
    }
    f.addAll(d.resolvedListType().findingsOn(on));
    if (!type.minorsMayBeListed() && d.subjectRef().type() == SubjectType.NATURAL_PERSON) {
      Optional<Subject> subject = subjects.find(d.subjectRef());
      if (subject.isEmpty()) {
        f.add(DesignationFinding.SUBJECT_DETAILS_UNAVAILABLE, f.listType(), Fact.date(DesignationFacts.DATE.name(), on));
      } else if (subject.get().isMinorOn(on)) {
        f.add(DesignationFinding.MINOR_EXCLUDED, f.listType(), Fact.date(DesignationFacts.DATE.name(), on));
      }
    }
    if (f.refuses()) {
      return null;
    }
    UnaryOperator<String> clean = texts(d);
    DecisionDocument kept = decision.toBuilder().grounds(decision.grounds().map(clean))
        .sanctionMeasureNotice(decision.sanctionMeasureNotice().map(clean))
        .removalProcedure(decision.removalProcedure().map(clean)).remedies(decision.remedies().map(clean)).build();
    return DesignationEvent.Listed.builder()
        .designationId(d.id()).version(d.version() + 1).actor(c.actor()).on(on).recordedAt(now())
        .addAllLegalBases(bases(d.resolvedListType(), decision.legalBases()))
        .addAllDocuments(withDocument(DocumentRef.of(Kind.DECISION, decision.documentNumber().orElseThrow(), on),
            c.documents()))
        .decision(kept)
        .build();
  }

  private @Nullable DesignationEvent remove(Designation d, Remove c, Findings f, LocalDate today) {
    LocalDate on = c.on();
    f.checkDate(d, on, today);
    RemovalReason reason = c.reason();
    Status status = d.statusOn(on);
    switch (reason) {
      case EXPIRED:
        if (status == Status.LISTED) {
          f.add(DesignationFinding.EXPIRY_NOT_REACHED,
              Fact.date(DesignationFacts.LAST_DAY_LISTED.name(), d.lastDayOfPeriod().orElseThrow()));
        } else if (status != Status.EXPIRED) {
          f.notListed(status, on);
        } else if (d.expiryRecordedOn().isPresent()) {
          f.stepNotAllowed(Step.RECORD_EXPIRY, status);
        }
        break;
      case REPAIRED:
        if (status != Status.LISTED) {
          f.notListed(status, on);
        }
        if (repairs.listingRepairedBy(d.id(), on).isEmpty()) {
          f.add(DesignationFinding.REPAIR_NOT_APPROVED, Fact.date(DesignationFacts.DATE.name(), on));
        }
        break;
      default: // revocation and correction also reach an expired listing: a wrong listing is undone
        if (status != Status.LISTED && status != Status.EXPIRED) {
          f.notListed(status, on);
        }
        break;
    }
    Optional<Kind> required = reason.requiredDocument();
    if (required.isPresent() && !hasDocument(c.documents(), required.get())) {
      f.add(DesignationFinding.REMOVAL_DOCUMENT_MISSING, Fact.term(DesignationFacts.REASON.name(), reason),
          Fact.term(DesignationFacts.DOCUMENT.name(), required.get()));
    }
    return DesignationEvent.Removed.builder()
        .designationId(d.id()).version(d.version() + 1).actor(c.actor()).on(on).recordedAt(now())
        .addAllLegalBases(bases(d.resolvedListType(), ImmutableList.of())).addAllDocuments(c.documents())
        .reason(reason)
        .build();
  }

  // ------------------------------------------------------------------ helpers

  /** The free-text cleaning for a step of {@code d}: the subject's details from the directory, if still held. */
  private UnaryOperator<String> texts(Designation d) {
    return texts(d.subjectRef(), subjects.find(d.subjectRef()));
  }

  /**
   * Masks the subject's identifier (and, for a natural person, its name) wherever a free text
   * holds them, then applies the caller's filter: personal data never reaches an event through
   * the texts a clerk typed.
   */
  private UnaryOperator<String> texts(SubjectRef ref, Optional<Subject> subject) {
    String name = subject.filter(s -> s instanceof NaturalPerson).map(s -> ((NaturalPerson) s).name())
        .filter(n -> !n.isBlank()).orElse(null);
    String masked = name == null ? null : MaskedSubject.of(subject.get()).displayName();
    return text -> {
      String t = text.replace(ref.identifier(), ref.maskedIdentifier());
      if (name != null) {
        t = t.replace(name, masked);
      }
      return freeTexts.apply(t);
    };
  }

  private Instant now() {
    return clock.instant();
  }

  /** Working days from {@code due} (exclusive) to {@code on}; empty when the calendar does not cover them. */
  private OptionalInt workingDaysLate(LocalDate due, LocalDate on) {
    try {
      return OptionalInt.of(calendar.workingDaysBetween(due, on));
    } catch (DateOutOfCalendarException e) {
      return OptionalInt.empty();
    }
  }

  private static Fact[] window(int workingDays, LocalDate from) {
    return new Fact[] {Fact.workingDays(DesignationFacts.WORKING_DAYS.name(), workingDays),
        Fact.date(DesignationFacts.COUNTED_FROM.name(), from)};
  }

  private static Fact waived(Designation d) {
    return Fact.date(DesignationFacts.WAIVED_ON.name(), d.objectionWaivedOn().orElseThrow());
  }

  private static boolean hasDocument(List<DocumentRef> documents, Kind kind) {
    for (DocumentRef d : documents) {
      if (d.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  private static ImmutableList<DocumentRef> withDocument(DocumentRef first, List<DocumentRef> rest) {
    return ImmutableList.<DocumentRef>builderWithExpectedSize(rest.size() + 1).add(first).addAll(rest).build();
  }

  /**
   * The bases an event records: the procedural bases of the list-type layers, the list's basis, and
   * those the step cites, without repeats.
   */
  private static ImmutableList<LegalBasis> bases(ResolvedListType type, List<LegalBasis> cited) {
    if (cited.isEmpty()) {
      return type.legalBases();
    }
    Set<LegalBasis> all = new LinkedHashSet<>(type.legalBases());
    all.addAll(cited);
    return ImmutableList.copyOf(all);
  }

  /** The findings of one command, collected in order, citing the list's bases. */
  private final class Findings {
    private final ImmutableList<LegalBasis> bases;
    private final @Nullable ResolvedListType listType;
    private final List<Finding> findings = new ArrayList<>();

    Findings(ResolvedListType listType) {
      this.bases = listType.legalBases();
      this.listType = listType;
    }

    /** Findings when no list type is resolved: they cite the kind's founding instrument. */
    Findings(LegalBasis founding) {
      this.bases = ImmutableList.of(founding);
      this.listType = null;
    }

    void add(DesignationFinding type, Fact... facts) {
      findings.add(Finding.of(type, bases, facts));
    }

    void addAll(List<Finding> more) {
      findings.addAll(more);
    }

    /** The {@code listType} fact of the resolved list type. */
    Fact listType() {
      return Fact.term(DesignationFacts.LIST_TYPE.name(), requireNonNull(listType, "listType").listType().term());
    }

    boolean refuses() {
      for (Finding f : findings) {
        if (f.severity() == Severity.ERROR || f.severity() == Severity.REVIEW) {
          return true;
        }
      }
      return false;
    }

    Verdict verdict() {
      Verdict.Builder b = Verdict.builder().addAllFindings(findings);
      if (listType != null) {
        b.ruleSetVersion(listType.version());
      }
      Verdict v = b.build();
      checkState(refuses() == (v.outcome() != Outcome.ALLOWED), "findings and verdict disagree");
      return v;
    }

    void checkNotFuture(LocalDate on, LocalDate today) {
      if (on.isAfter(today)) {
        add(DesignationFinding.DATE_IN_FUTURE, Fact.date(DesignationFacts.DATE.name(), on),
            Fact.date(DesignationFacts.TODAY.name(), today));
      }
    }

    void checkDate(Designation d, LocalDate on, LocalDate today) {
      checkNotFuture(on, today);
      if (on.isBefore(d.lastStepOn())) {
        add(DesignationFinding.DATE_BEFORE_PREVIOUS_STEP, Fact.date(DesignationFacts.DATE.name(), on),
            Fact.date(DesignationFacts.PREVIOUS_STEP_DATE.name(), d.lastStepOn()));
      }
    }

    /** Adds STEP_NOT_ALLOWED unless the designation's stage is one of {@code allowed}; whether it is. */
    @CanIgnoreReturnValue
    boolean checkStage(Designation d, Step step, Status... allowed) {
      for (Status s : allowed) {
        if (d.stage() == s) {
          return true;
        }
      }
      stepNotAllowed(step, d.stage());
      return false;
    }

    void stepNotAllowed(Step step, Status status) {
      add(DesignationFinding.STEP_NOT_ALLOWED, Fact.term(DesignationFacts.STEP.name(), step),
          Fact.term(DesignationFacts.STATUS.name(), status));
    }

    void notListed(Status status, LocalDate on) {
      add(DesignationFinding.NOT_LISTED, Fact.term(DesignationFacts.STATUS.name(), status),
          Fact.date(DesignationFacts.DATE.name(), on));
    }

    void checkJurisdiction(Actor actor, ListType type) {
      if (type.isLocal() && !actor.jurisdiction().isWithin(type.jurisdiction())) {
        add(DesignationFinding.OUTSIDE_LIST_JURISDICTION, listType(),
            Fact.term(DesignationFacts.DEPARTMENT_JURISDICTION.name(), actor.jurisdiction().term()),
            Fact.term(DesignationFacts.LIST_JURISDICTION.name(), type.jurisdiction().term()));
      }
    }

    /** No list type of the code in force on the department's chain: another jurisdiction's, none, or nothing in force. */
    void listTypeNotFound(String code, Jurisdiction where, LocalDate on) {
      Optional<ListType> elsewhere = listTypes.inForceAnywhere(code, on);
      if (elsewhere.isPresent()) {
        add(DesignationFinding.OUTSIDE_LIST_JURISDICTION,
            Fact.term(DesignationFacts.LIST_TYPE.name(), elsewhere.get().term()),
            Fact.term(DesignationFacts.DEPARTMENT_JURISDICTION.name(), where.term()),
            Fact.term(DesignationFacts.LIST_JURISDICTION.name(), elsewhere.get().jurisdiction().term()));
      } else if (listTypes.resolve(where, on).isEmpty()) {
        findings.add(listTypes.notInForce(where, on));
      } else {
        add(DesignationFinding.LIST_TYPE_NOT_IN_FORCE, Fact.code(DesignationFacts.LIST_TYPE_CODE.name(), code),
            Fact.term(DesignationFacts.JURISDICTION.name(), where.term()), Fact.date(DesignationFacts.DATE.name(), on));
      }
    }
  }

  @Override
  public String toString() {
    return "DesignationService[" + store + ", " + listTypes + ", " + calendar + "]";
  }
}
