package org.creditgov.rules.repair;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.creditgov.core.Bilingual;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.text.Fact;
import org.creditgov.core.time.CalendarAnswer;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.time.DateOutOfCalendarException;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.Timeliness;
import org.creditgov.rules.procedure.AppendResult;
import org.creditgov.rules.procedure.CommandResult;
import org.creditgov.rules.procedure.EventStore;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.ChangeKind;
import org.jspecify.annotations.Nullable;

/**
 * The credit-repair procedure (REP-1 … REP-3), event-sourced like designations: commands in, a
 * {@link CommandResult} out — accepted with one event appended, refused with a verdict listing every
 * finding and nothing appended, or a version conflict. Apply (the regime in force on the
 * application date judges eligibility: kind, non-repairable information, conditions, minimum
 * period) → accept or not accept (against the platform's feedback time limit) → decide, approve or
 * refuse with grounds, basis and remedies (against the authority's time limit, counted from
 * receipt, extended where the regime allows) — or withdraw. A step after its time limit is accepted,
 * recorded as overdue in its event and flagged; a time limit counted beyond the official calendar
 * is provisional and flagged for review; one the calendar cannot count is flagged.
 *
 * <p>An approval's changes (repaired, publication stopped, sharing stopped; REP-3) are appended to
 * the store's outbox with the event itself, never written separately; the listeners registered
 * with {@link Builder#onEvent} (the repair ledger, the designation removal) are told after the
 * store succeeded. Thread-safe when its store is.
 */
public final class RepairService {

  private static final Bilingual ACCEPT = Bilingual.of("受理", "acceptance");
  private static final Bilingual REJECT = Bilingual.of("不予受理", "non-acceptance");
  private static final Bilingual DECIDE = Bilingual.of("作出修复决定", "decision");
  private static final Bilingual WITHDRAW = Bilingual.of("撤回申请", "withdrawal");

  /** What the findings about a case not known cite: the founding opinion of the credit system. */
  private static final List<LegalBasis> FOUNDING = List.of(Instruments.STATE_COUNCIL_OPINION_2020_49);

  private final RepairRegimes regimes;
  private final EventStore<RepairId, RepairEvent, Change> store;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final ImmutableList<Consumer<RepairEvent>> listeners;

  private RepairService(Builder b) {
    this.regimes = requireNonNull(b.regimes, "regimes");
    this.store = b.store;
    this.calendar = b.calendar;
    this.clock = b.clock;
    this.listeners = b.listeners.build();
  }

  /** A builder: the regimes are mandatory; an in-memory store, the bundled calendar and the system clock by default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link RepairService}. */
  public static final class Builder {
    private @Nullable RepairRegimes regimes;
    private EventStore<RepairId, RepairEvent, Change> store = EventStore.inMemory();
    private WorkingDayCalendar calendar = WorkingDayCalendar.china();
    private Clock clock = ChinaTime.systemClock();
    private final ImmutableList.Builder<Consumer<RepairEvent>> listeners = ImmutableList.builder();

    Builder() {}

    /** The regimes that govern cases. */
    @CanIgnoreReturnValue
    public Builder regimes(RepairRegimes regimes) {
      this.regimes = requireNonNull(regimes, "regimes");
      return this;
    }

    /** Where the events and their outbox changes are kept. */
    @CanIgnoreReturnValue
    public Builder store(EventStore<RepairId, RepairEvent, Change> store) {
      this.store = requireNonNull(store, "store");
      return this;
    }

    /** The working-day calendar the time limits count on. */
    @CanIgnoreReturnValue
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = requireNonNull(calendar, "calendar");
      return this;
    }

    /** The clock: today (in China) for the date checks, the recording instants. */
    @CanIgnoreReturnValue
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** A listener told of every event after it was stored, on the caller's thread. */
    @CanIgnoreReturnValue
    public Builder onEvent(Consumer<RepairEvent> listener) {
      listeners.add(requireNonNull(listener, "listener"));
      return this;
    }

    /** The service. */
    public RepairService build() {
      checkState(regimes != null, "the repair regimes are mandatory");
      return new RepairService(this);
    }
  }

  /** The case of {@code id}, replayed from its history; empty if there is none. */
  public Optional<Repair> load(RepairId id) {
    ImmutableList<RepairEvent> history = store.load(requireNonNull(id, "id"));
    return history.isEmpty() ? Optional.empty() : Optional.of(Repair.replay(history));
  }

  /** The regimes. */
  public RepairRegimes regimes() {
    return regimes;
  }

  /**
   * Applies for repair: a new case {@code id} (REP-1, REP-2, REP-4).
   *
   * @throws NullPointerException if an argument is null
   */
  public CommandResult<RepairId, Repair, RepairEvent> apply(RepairId id, RepairApplication application) {
    requireNonNull(id, "id");
    requireNonNull(application, "application");
    List<Finding> findings = new ArrayList<>();
    long found = store.load(id).size();
    if (found > 0) {
      return refused(id, found, List.of(Finding.of(RepairFinding.ALREADY_APPLIED, FOUNDING, Fact.code("repairId", id.value()))));
    }
    futureDate(application.appliedOn(), FOUNDING, findings);
    RepairEligibility e = regimes.eligibility(application.toCase(), calendar);
    findings.addAll(e.verdict().findings());
    if (e.rules().isEmpty() || !Verdict.of(findings).isAllowed()) {
      return refused(id, 0, findings);
    }
    RepairRegime regime = e.rules().get().regime();
    Optional<StepTiming> feedback = e.feedbackDue().map(a ->
        new StepTiming(Timeliness.ON_TIME, Optional.of(a.value()), OptionalInt.empty(), !a.isOfficial()));
    RepairEvent.Applied event = new RepairEvent.Applied(id, 1, application.department(), application.appliedOn(), now(),
        application, regime.id(), feedback);
    return append(null, event, findings, List.of());
  }

  /**
   * Takes a step on case {@code id}, expecting it at {@code expectedVersion}.
   *
   * @throws NullPointerException if an argument is null
   */
  public CommandResult<RepairId, Repair, RepairEvent> execute(RepairId id, long expectedVersion, RepairCommand command) {
    requireNonNull(id, "id");
    requireNonNull(command, "command");
    ImmutableList<RepairEvent> history = store.load(id);
    if (history.isEmpty()) {
      return refused(id, 0, List.of(Finding.of(RepairFinding.UNKNOWN_REPAIR, FOUNDING, Fact.code("repairId", id.value()))));
    }
    Repair r = Repair.replay(history);
    if (r.version() != expectedVersion) {
      return new CommandResult.Conflict<>(id, expectedVersion, r.version());
    }
    RepairRegime regime = regimes.all().stream().filter(g -> g.id().equals(r.regimeId())).findFirst().orElseThrow(() ->
        new IllegalStateException("the regime " + r.regimeId() + " of case " + id + " is no longer loaded"));
    List<Finding> findings = new ArrayList<>();
    List<LegalBasis> bases = regime.legalBases();
    LocalDate previous = history.get(history.size() - 1).on();
    RepairEvent event;
    List<Change> changes = List.of();
    long v = r.version() + 1;
    if (command instanceof RepairCommand.Accept c) {
      status(r, RepairStatus.APPLIED, ACCEPT, bases, findings);
      dates(c.on(), previous, bases, findings);
      Optional<StepTiming> t = timing(ACCEPT, r.feedbackDue(), c.on(), regime.timeLimits().feedbackWorkingDays(),
          r.application().appliedOn(), bases, findings);
      event = new RepairEvent.Accepted(id, v, c.actor().department(), c.on(), now(), c.actor(), t);
    } else if (command instanceof RepairCommand.Reject c) {
      status(r, RepairStatus.APPLIED, REJECT, bases, findings);
      dates(c.on(), previous, bases, findings);
      if (c.grounds().isBlank()) {
        findings.add(Finding.of(RepairFinding.GROUNDS_MISSING, regime.legalBases()));
      }
      Optional<StepTiming> t = timing(REJECT, r.feedbackDue(), c.on(), regime.timeLimits().feedbackWorkingDays(),
          r.application().appliedOn(), bases, findings);
      event = new RepairEvent.NotAccepted(id, v, c.actor().department(), c.on(), now(), c.actor(),
          mask(r, c.grounds()), t);
    } else if (command instanceof RepairCommand.Decide c) {
      RepairDecision d = c.decision();
      status(r, RepairStatus.ACCEPTED, DECIDE, bases, findings);
      dates(d.decidedOn(), previous, bases, findings);
      if (d.grounds().isBlank()) {
        findings.add(Finding.of(RepairFinding.GROUNDS_MISSING, regime.legalBases()));
      }
      if (d.documentNumber().isBlank()) {
        findings.add(Finding.of(RepairFinding.DOCUMENT_NUMBER_MISSING, regime.legalBases()));
      }
      if (d.legalBases().isEmpty()) {
        findings.add(Finding.of(RepairFinding.BASIS_MISSING, regime.legalBases()));
      }
      if (!d.approves() && d.remedies().filter(s -> !s.isBlank()).isEmpty()) {
        findings.add(Finding.of(RepairFinding.REMEDIES_MISSING, regime.legalBases()));
      }
      OptionalInt limit = regime.timeLimits().decisionWorkingDays();
      if (d.extended() && limit.isPresent()) {
        if (regime.timeLimits().extensionWorkingDays().isPresent()) {
          limit = OptionalInt.of(limit.getAsInt() + regime.timeLimits().extensionWorkingDays().getAsInt());
        } else {
          findings.add(Finding.of(RepairFinding.EXTENSION_UNDETERMINED, regime.legalBases(), Fact.term("regime", regime.term())));
        }
      }
      LocalDate receipt = r.acceptedOn().orElse(r.application().appliedOn());
      Optional<StepTiming> t = timing(DECIDE, Optional.empty(), d.decidedOn(), limit, receipt, bases, findings);
      RepairDecision kept = new RepairDecision(d.outcome(), d.documentNumber(), d.decidedOn(), mask(r, d.grounds()),
          d.legalBases(), d.remedies().map(s -> mask(r, s)), d.extended());
      event = new RepairEvent.Decided(id, v, c.actor().department(), d.decidedOn(), now(), c.actor(), kept, t);
      if (d.approves()) {
        changes = changes(r, d);
      }
    } else {
      RepairCommand.Withdraw c = (RepairCommand.Withdraw) command;
      if (r.status().isFinal()) {
        findings.add(Finding.of(RepairFinding.STEP_NOT_ALLOWED, bases, Fact.text("step", WITHDRAW),
            Fact.term("status", r.status())));
      }
      dates(c.on(), previous, bases, findings);
      event = new RepairEvent.Withdrawn(id, v, r.application().department(), c.on(), now());
    }
    if (!Verdict.of(findings).isAllowed()) {
      return refused(id, r.version(), findings);
    }
    return append(r, event, findings, changes);
  }

  /** The changes an approval sends to every connected system (REP-3). */
  private static List<Change> changes(Repair r, RepairDecision d) {
    RepairedInformation i = r.application().information();
    String source = "repair:" + r.id().value();
    List<Change> out = new ArrayList<>(3);
    for (ChangeKind k : new ChangeKind[] {ChangeKind.REPAIRED, ChangeKind.PUBLICATION_STOPPED, ChangeKind.SHARING_STOPPED}) {
      out.add(new Change(source + ':' + (r.version() + 1) + ':' + k.name(), k, r.application().subject(), i.itemCode(),
          i.documentNumber(), r.application().department(), d.decidedOn(), source));
    }
    return out;
  }

  private CommandResult<RepairId, Repair, RepairEvent> append(@Nullable Repair before, RepairEvent event, List<Finding> findings,
      List<Change> changes) {
    long expected = before == null ? 0 : before.version();
    AppendResult stored = store.append(event.repairId(), expected, List.of(event), changes);
    if (stored instanceof AppendResult.Conflict c) {
      return new CommandResult.Conflict<>(event.repairId(), c.expectedVersion(), c.actualVersion());
    }
    Repair after = before == null ? Repair.replay(List.of(event)) : before.then(event);
    listeners.forEach(l -> l.accept(event));
    return new CommandResult.Accepted<>(after, event, Verdict.of(findings));
  }

  private static CommandResult<RepairId, Repair, RepairEvent> refused(RepairId id, long version, List<Finding> findings) {
    return new CommandResult.Refused<>(id, version, Verdict.of(findings));
  }

  private static void status(Repair r, RepairStatus required, Bilingual step, List<LegalBasis> bases, List<Finding> findings) {
    if (r.status() != required) {
      findings.add(Finding.of(RepairFinding.STEP_NOT_ALLOWED, bases, Fact.text("step", step),
          Fact.term("status", r.status())));
    }
  }

  private void dates(LocalDate on, LocalDate previous, List<LegalBasis> bases, List<Finding> findings) {
    if (on.isBefore(previous)) {
      findings.add(Finding.of(RepairFinding.DATE_BEFORE_PREVIOUS_STEP, bases, Fact.date("date", on),
          Fact.date("previous", previous)));
    }
    futureDate(on, bases, findings);
  }

  private void futureDate(LocalDate on, List<LegalBasis> bases, List<Finding> findings) {
    LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
    if (on.isAfter(today)) {
      findings.add(Finding.of(RepairFinding.DATE_IN_FUTURE, bases, Fact.date("date", on), Fact.date("today", today)));
    }
  }

  /**
   * The timing of a step taken on {@code on} against {@code workingDays} counted from {@code from}
   * (or the last day already recorded); empty when the regime sets no limit. Warnings go to {@code
   * findings}.
   */
  private Optional<StepTiming> timing(Bilingual step, Optional<StepTiming> recorded, LocalDate on, OptionalInt workingDays,
      LocalDate from, List<LegalBasis> bases, List<Finding> findings) {
    if (workingDays.isEmpty()) {
      return Optional.empty();
    }
    CalendarAnswer<LocalDate> due;
    try {
      due = calendar.deadline(from, workingDays.getAsInt());
    } catch (DateOutOfCalendarException e) {
      findings.add(Finding.of(RepairFinding.DEADLINE_NOT_COMPUTABLE, bases, Fact.text("step", step),
          Fact.workingDays("workingDays", workingDays.getAsInt()), Fact.date("countedFrom", from)));
      return Optional.of(new StepTiming(Timeliness.NOT_COMPUTABLE, Optional.empty(), OptionalInt.empty(), false));
    }
    LocalDate last = recorded.flatMap(StepTiming::lastDay).orElse(due.value());
    boolean provisional = !due.isOfficial();
    if (provisional) {
      findings.add(Finding.of(RepairFinding.DEADLINE_PROVISIONAL, bases, Fact.text("step", step), Fact.date("lastDay", last)));
    }
    if (!on.isAfter(last)) {
      return Optional.of(new StepTiming(Timeliness.ON_TIME, Optional.of(last), OptionalInt.empty(), provisional));
    }
    try {
      int late = calendar.countWorkingDays(last, on).value();
      findings.add(Finding.of(RepairFinding.STEP_OVERDUE, bases, Fact.text("step", step), Fact.date("lastDay", last),
          Fact.workingDays("workingDaysLate", late)));
      return Optional.of(new StepTiming(Timeliness.OVERDUE, Optional.of(last), OptionalInt.of(late), provisional));
    } catch (DateOutOfCalendarException e) {
      findings.add(Finding.of(RepairFinding.STEP_OVERDUE_UNCOUNTED, bases, Fact.text("step", step), Fact.date("lastDay", last),
          Fact.date("date", on)));
      return Optional.of(new StepTiming(Timeliness.OVERDUE, Optional.of(last), OptionalInt.empty(), provisional));
    }
  }

  /** The subject's identifier masked wherever a free text holds it. */
  private static String mask(Repair r, String text) {
    String identifier = r.application().subject().identifier();
    return identifier.isEmpty() ? text : text.replace(identifier, r.application().subject().maskedIdentifier());
  }

  private Instant now() {
    return clock.instant();
  }

  @Override
  public String toString() {
    return "RepairService[" + store + "]";
  }
}
