package org.creditgov.rules.designation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.designation.DesignationEvent.Listed;
import org.creditgov.rules.designation.DesignationEvent.NoticeServed;
import org.creditgov.rules.designation.DesignationEvent.ObjectionAnswered;
import org.creditgov.rules.designation.DesignationEvent.ObjectionFiled;
import org.creditgov.rules.designation.DesignationEvent.ObjectionWaived;
import org.creditgov.rules.designation.DesignationEvent.Proposed;
import org.creditgov.rules.designation.DesignationEvent.Removed;
import org.creditgov.rules.designation.DesignationEvent.Withdrawn;
import org.jspecify.annotations.Nullable;

/**
 * One designation procedure, as the fold of its events (DES-7): nothing is stored beside the
 * events, so restoring a designation is a {@link #replay} — the events, the working-day calendar,
 * and a {@link ListTypeLookup} that resolves the list type the proposal names by code and
 * version — and replaying the stored events gives an equal designation.
 *
 * <p>Time is computed, never scheduled: {@link #statusOn(LocalDate)} answers for any date from the
 * event dates and the listing period (expiry needs no event and no timer), and {@link
 * #objectionDeadline()} and {@link #objectionAnswerDeadline()} count working days on the calendar
 * the designation was replayed with. For "is the subject listed today", ask {@code
 * statusOn(today)} or {@link #isListedOn}: {@link #statusOnLastStep()} is the status when the last
 * step was taken, which a listing that has since expired without an event still shows as listed.
 *
 * <p>Dates follow one naming (Civil Code Arts. 201–202, policy-facts §7): {@code lastDay…} is
 * inclusive, {@code …Until} exclusive. A 3-year listing decided on 2025-03-10 has {@link
 * #lastDayOfPeriod()} 2028-03-10: the period starts the day after the decision and ends on the
 * corresponding day ({@code decidedOn.plus(period)}; 29 February becomes 28 February in a common
 * year, the month's last day where the month is shorter). The subject is on the list from the
 * decision date through that day, and off it from {@link #listedUntil()}.
 *
 * <p>Immutable and thread-safe. Equal when the events and everything folded from them (the
 * resolved list type included) are equal; the calendar is not part of the state. {@code
 * toString()} shows the id, list, status and version, never the subject.
 */
public final class Designation {

  private final ImmutableList<DesignationEvent> events;
  private final WorkingDayCalendar calendar;
  private final DesignationId id;
  private final ResolvedListType listType;
  private final SubjectRef subject;
  private final String criteriaVersion;
  private final LocalDate proposedOn;
  private final LocalDate lastStepOn;
  /** The procedural stage after the last event: LISTED stays LISTED past the period's end. */
  private final Status stage;
  private final @Nullable LocalDate noticeServedOn;
  private final @Nullable LocalDate waivedOn;
  /** Filing dates of the objections, in order. */
  private final LocalDate[] objectionsFiled;
  /** Answer dates, parallel to {@link #objectionsFiled}; null while open. */
  private final @Nullable LocalDate[] objectionsAnswered;
  private final @Nullable DecisionDocument decision;
  private final @Nullable LocalDate listedFrom;
  /** The last day of the listing period, inclusive: the decision date plus the period. */
  private final @Nullable LocalDate lastDayOfPeriod;
  private final @Nullable LocalDate expiryRecordedOn;
  private final @Nullable RemovalReason removalReason;
  private final @Nullable LocalDate removedOn;
  private final @Nullable LocalDate droppedOn;

  private static final LocalDate[] NO_DATES = new LocalDate[0];

  private Designation(Fold f, ImmutableList<DesignationEvent> events, WorkingDayCalendar calendar) {
    this.events = events;
    this.calendar = calendar;
    this.id = requireNonNull(f.id, "a history starts with its proposal");
    this.listType = requireNonNull(f.listType, "a history starts with its proposal");
    this.subject = requireNonNull(f.subject, "a history starts with its proposal");
    this.criteriaVersion = requireNonNull(f.criteriaVersion, "a history starts with its proposal");
    this.proposedOn = requireNonNull(f.proposedOn, "a history starts with its proposal");
    this.lastStepOn = requireNonNull(f.lastStepOn, "a history starts with its proposal");
    this.stage = f.status;
    this.noticeServedOn = f.noticeServedOn;
    this.waivedOn = f.waivedOn;
    this.objectionsFiled = f.objections == 0 ? NO_DATES : Arrays.copyOf(f.filed, f.objections);
    this.objectionsAnswered = f.objections == 0 ? NO_DATES : Arrays.copyOf(f.answered, f.objections);
    this.decision = f.decision;
    this.listedFrom = f.listedFrom;
    this.lastDayOfPeriod = f.lastDayOfPeriod;
    this.expiryRecordedOn = f.expiryRecordedOn;
    this.removalReason = f.removalReason;
    this.removedOn = f.removedOn;
    this.droppedOn = f.droppedOn;
  }

  /**
   * The designation the events fold to. The events must be one designation's complete history in
   * version order, as a {@link DesignationStore} returns it; they were checked when appended, and
   * replay checks only that they form a possible history. The proposal's list type is resolved by
   * its code and version through {@code listTypes} (a {@link ListTypeRegistry}, or a lookup the
   * caller gives).
   *
   * @throws NullPointerException if an argument or event is null
   * @throws IllegalArgumentException if the events are empty, do not start with a proposal, mix
   *     designations, skip or repeat a version, go back in time, or follow a step that cannot
   *     follow the one before (a corrupted history), or {@code listTypes} does not hold the list
   *     type of the proposal's version
   */
  public static Designation replay(List<? extends DesignationEvent> events, WorkingDayCalendar calendar,
      ListTypeLookup listTypes) {
    requireNonNull(calendar, "calendar");
    requireNonNull(listTypes, "listTypes");
    ImmutableList<DesignationEvent> list = ImmutableList.copyOf(events);
    checkArgument(!list.isEmpty(), "a designation has at least its proposal event");
    Fold fold = new Fold(listTypes);
    for (int i = 0; i < list.size(); i++) {
      fold.apply(list.get(i), i + 1);
    }
    return new Designation(fold, list, calendar);
  }

  /** This designation with one more event: {@code replay(events() + event)} with the same list type. */
  Designation with(DesignationEvent event) {
    ResolvedListType resolved = listType;
    return replay(ImmutableList.<DesignationEvent>builderWithExpectedSize(events.size() + 1)
        .addAll(events).add(event).build(), calendar,
        (code, version) -> resolved.ref().equals(new ListTypeRef(code, version)) ? Optional.of(resolved) : Optional.empty());
  }

  /** The running fold: mutable, local to one replay. */
  private static final class Fold {
    final ListTypeLookup listTypes;
    @Nullable DesignationId id;
    @Nullable ResolvedListType listType;
    @Nullable SubjectRef subject;
    @Nullable String criteriaVersion;
    @Nullable LocalDate proposedOn;
    @Nullable LocalDate lastStepOn;
    Status status = Status.NOT_PROPOSED;
    @Nullable LocalDate noticeServedOn;
    @Nullable LocalDate waivedOn;
    LocalDate[] filed = NO_DATES;
    @Nullable LocalDate[] answered = NO_DATES;
    int objections;
    @Nullable DecisionDocument decision;
    @Nullable LocalDate listedFrom;
    @Nullable LocalDate lastDayOfPeriod;
    @Nullable LocalDate expiryRecordedOn;
    @Nullable RemovalReason removalReason;
    @Nullable LocalDate removedOn;
    @Nullable LocalDate droppedOn;

    Fold(ListTypeLookup listTypes) {
      this.listTypes = listTypes;
    }

    void apply(DesignationEvent e, int expectedVersion) {
      checkArgument(e.version() == expectedVersion, "event version %s where %s was expected", e.version(),
          expectedVersion);
      LocalDate on = e.on();
      if (e instanceof Proposed) {
        Proposed p = (Proposed) e;
        checkArgument(status == Status.NOT_PROPOSED, "a second proposal in one history");
        id = p.designationId();
        ListTypeRef ref = p.listType();
        listType = listTypes.find(ref).orElseThrow(() -> new IllegalArgumentException(
            "the list type " + ref + " of designation " + p.designationId() + " is not in the lookup"));
        subject = p.subject();
        criteriaVersion = p.criteriaVersion();
        proposedOn = on;
        status = Status.PROPOSED;
      } else {
        checkArgument(status != Status.NOT_PROPOSED, "a history must start with its proposal");
        if (!e.designationId().equals(id)) {
          throw new IllegalArgumentException(
              "event " + expectedVersion + " of designation " + e.designationId() + " in the history of " + id);
        }
        checkArgument(lastStepOn == null || !on.isBefore(lastStepOn), "event %s goes back in time", expectedVersion);
        if (e instanceof NoticeServed) {
          expect(status == Status.PROPOSED, e);
          noticeServedOn = on;
          status = Status.NOTIFIED;
        } else if (e instanceof ObjectionWaived) {
          expect(status == Status.NOTIFIED && waivedOn == null, e);
          waivedOn = on;
        } else if (e instanceof ObjectionFiled) {
          expect(status == Status.NOTIFIED && waivedOn == null, e);
          if (objections == filed.length) {
            int size = Math.max(2, objections * 2);
            filed = Arrays.copyOf(filed, size);
            answered = Arrays.copyOf(answered, size);
          }
          filed[objections++] = on;
          status = Status.OBJECTION_PENDING;
        } else if (e instanceof ObjectionAnswered) {
          expect(status == Status.OBJECTION_PENDING, e);
          answered[objections - 1] = on;
          if (((ObjectionAnswered) e).upheld()) {
            droppedOn = on;
            status = Status.DROPPED;
          } else {
            status = Status.NOTIFIED;
          }
        } else if (e instanceof Withdrawn) {
          expect(status == Status.PROPOSED || status == Status.NOTIFIED || status == Status.OBJECTION_PENDING, e);
          droppedOn = on;
          status = Status.DROPPED;
        } else if (e instanceof Listed) {
          expect(status == Status.NOTIFIED, e);
          DecisionDocument d = ((Listed) e).decision();
          checkArgument(d.decidedOn().isPresent() && d.decidedOn().get().equals(on) && d.listingPeriod().isPresent(),
              "a listing event needs a decision dated the event's date, with a listing period");
          decision = d;
          listedFrom = on;
          lastDayOfPeriod = on.plus(d.listingPeriod().get()); // Civil Code Arts. 201-202

          status = Status.LISTED;
        } else if (e instanceof Removed) {
          expect(status == Status.LISTED, e);
          RemovalReason reason = ((Removed) e).reason();
          if (reason == RemovalReason.EXPIRED) {
            checkArgument(expiryRecordedOn == null && on.isAfter(requireNonNull(lastDayOfPeriod)),
                "expiry recorded twice or before the period ended");
            expiryRecordedOn = on;
          } else {
            removalReason = reason;
            removedOn = on;
            status = Status.REMOVED;
          }
        } else {
          throw new IllegalArgumentException("unknown event type " + e.getClass().getName());
        }
      }
      lastStepOn = on;
    }

    private void expect(boolean allowed, DesignationEvent e) {
      if (!allowed) { // the message is built only on failure: replay is hot
        throw new IllegalArgumentException("event " + e.version() + " (" + e.getClass().getSimpleName()
            + ") cannot follow a designation in status " + status);
      }
    }
  }

  // ------------------------------------------------------------------ the state

  /** The designation's id. */
  public DesignationId id() {
    return id;
  }

  /** The version: the number of events, so the version of the last one. */
  public long version() {
    return events.size();
  }

  /** Every event, oldest first. */
  public ImmutableList<DesignationEvent> events() {
    return events;
  }

  /** The list type, as it was in force in the version the proposal resolved it in. */
  public ListType listType() {
    return listType.listType();
  }

  /** The list type with what it was resolved with: its version, the national list type it applies, the bases findings cite. */
  public ResolvedListType resolvedListType() {
    return listType;
  }

  /** The subject, by reference: its details are in the {@link SubjectDirectory}. */
  public SubjectRef subjectRef() {
    return subject;
  }

  /** Whether this designation is of {@code subject}: whether {@link #subjectRef()} refers to it. */
  public boolean isOf(Subject subject) {
    return this.subject.refersTo(subject);
  }

  /** The version of the national criteria applied (DES-2). */
  public String criteriaVersion() {
    return criteriaVersion;
  }

  /** The date of the proposal. */
  public LocalDate proposedOn() {
    return proposedOn;
  }

  /** The date of the last step. */
  public LocalDate lastStepOn() {
    return lastStepOn;
  }

  /**
   * The status on the date of the last step, {@code statusOn(lastStepOn())}: what the register
   * showed when the last step was taken. Not today's status: a listing expires on its own, with no
   * event, so a designation listed at its last step shows {@link Status#LISTED} here long after
   * it expired. For today, ask {@code statusOn(today)}.
   */
  public Status statusOnLastStep() {
    return statusOn(lastStepOn);
  }

  /** The procedural stage after the last event, ignoring expiry: for the guards. */
  Status stage() {
    return stage;
  }

  /** The date the prior notice was served, if it was (DES-3). */
  public Optional<LocalDate> noticeServedOn() {
    return Optional.ofNullable(noticeServedOn);
  }

  /** The date the subject waived the objection window in writing, if it did (DES-4). */
  public Optional<LocalDate> objectionWaivedOn() {
    return Optional.ofNullable(waivedOn);
  }

  /** How many objections were filed. */
  public int objectionCount() {
    return objectionsFiled.length;
  }

  /** The filing date of the open objection, if one is open (DES-4). */
  public Optional<LocalDate> openObjectionFiledOn() {
    return stage == Status.OBJECTION_PENDING ? Optional.of(objectionsFiled[objectionsFiled.length - 1])
        : Optional.empty();
  }

  /** The decision document, once decided (DES-5). */
  public Optional<DecisionDocument> decision() {
    return Optional.ofNullable(decision);
  }

  /** The first day on the list: the decision date. */
  public Optional<LocalDate> listedFrom() {
    return Optional.ofNullable(listedFrom);
  }

  /**
   * The last day of the listing period, inclusive (Civil Code Arts. 201–202): the decision date
   * plus the period stated in the decision. The subject is off the list from the next day with no
   * event (DES-6). It stays the period's end when the subject left the list earlier.
   */
  public Optional<LocalDate> lastDayOfPeriod() {
    return Optional.ofNullable(lastDayOfPeriod);
  }

  /**
   * The last day the subject is on the list, inclusive: the last day of the period, or the day
   * before an early removal; empty when never listed.
   */
  public Optional<LocalDate> lastDayListed() {
    return listedUntil().map(d -> d.minusDays(1));
  }

  /**
   * The first day the subject is no longer on the list (exclusive end of the listing): the
   * removal date when removed early, otherwise the day after the period; empty when never listed.
   */
  public Optional<LocalDate> listedUntil() {
    if (lastDayOfPeriod == null) {
      return Optional.empty();
    }
    LocalDate expiry = lastDayOfPeriod.plusDays(1);
    return Optional.of(removedOn != null && removedOn.isBefore(expiry) ? removedOn : expiry);
  }

  /** Why the subject was removed early (not for expiry), if it was. */
  public Optional<RemovalReason> removalReason() {
    return Optional.ofNullable(removalReason);
  }

  /** The date of an early removal, if any. */
  public Optional<LocalDate> removedOn() {
    return Optional.ofNullable(removedOn);
  }

  /** The date the expiry was recorded, if it was (recording it is optional). */
  public Optional<LocalDate> expiryRecordedOn() {
    return Optional.ofNullable(expiryRecordedOn);
  }

  /** The date the designation was dropped (objection upheld or proposal withdrawn), if it was. */
  public Optional<LocalDate> droppedOn() {
    return Optional.ofNullable(droppedOn);
  }

  // ------------------------------------------------------------------ time

  /**
   * The status on {@code date}, from the event dates and the listing period: what a register would
   * have shown at the end of that day, as the history is now known.
   */
  public Status statusOn(LocalDate date) {
    if (date.isBefore(proposedOn)) {
      return Status.NOT_PROPOSED;
    }
    if (droppedOn != null && !date.isBefore(droppedOn)) {
      return Status.DROPPED;
    }
    if (listedFrom != null && !date.isBefore(listedFrom)) {
      if (removedOn != null && !date.isBefore(removedOn)) {
        return Status.REMOVED;
      }
      return date.isAfter(lastDayOfPeriod) ? Status.EXPIRED : Status.LISTED;
    }
    for (int i = objectionsFiled.length - 1; i >= 0; i--) {
      if (!date.isBefore(objectionsFiled[i])) {
        LocalDate answered = objectionsAnswered[i];
        return answered == null || date.isBefore(answered) ? Status.OBJECTION_PENDING : Status.NOTIFIED;
      }
    }
    return noticeServedOn != null && !date.isBefore(noticeServedOn) ? Status.NOTIFIED : Status.PROPOSED;
  }

  /** Whether the subject is on the published list on {@code date} (DES-6). */
  public boolean isListedOn(LocalDate date) {
    return statusOn(date) == Status.LISTED;
  }

  /**
   * The deadline for serving the prior notice: {@link ListType#noticeWorkingDays()} working days
   * after the proposal (DES-3).
   */
  public Deadline noticeDeadline() {
    return Deadline.compute(calendar, proposedOn, listType().noticeWorkingDays());
  }

  /**
   * The last day of the objection window: {@link ListType#objectionWindowWorkingDays()} working
   * days after the notice was served (DES-4); empty before the notice is served. A {@link
   * Deadline.NotComputable} when the calendar does not cover it.
   */
  public Optional<Deadline> objectionDeadline() {
    return noticeServedOn == null
        ? Optional.empty()
        : Optional.of(Deadline.compute(calendar, noticeServedOn, listType().objectionWindowWorkingDays()));
  }

  /**
   * The answer deadline of the open objection: {@link ListType#objectionAnswerWorkingDays()}
   * working days after it was filed (DES-4); empty when no objection is open.
   */
  public Optional<Deadline> objectionAnswerDeadline() {
    return openObjectionFiledOn().map(filed -> Deadline.compute(calendar, filed, listType().objectionAnswerWorkingDays()));
  }

  /** The working-day calendar the deadlines are counted on. */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  // ------------------------------------------------------------------ identity

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Designation)) {
      return false;
    }
    Designation d = (Designation) o;
    return id.equals(d.id)
        && stage == d.stage
        && events.size() == d.events.size()
        && proposedOn.equals(d.proposedOn)
        && lastStepOn.equals(d.lastStepOn)
        && Objects.equals(noticeServedOn, d.noticeServedOn)
        && Objects.equals(waivedOn, d.waivedOn)
        && Arrays.equals(objectionsFiled, d.objectionsFiled)
        && Arrays.equals(objectionsAnswered, d.objectionsAnswered)
        && Objects.equals(listedFrom, d.listedFrom)
        && Objects.equals(lastDayOfPeriod, d.lastDayOfPeriod)
        && Objects.equals(expiryRecordedOn, d.expiryRecordedOn)
        && removalReason == d.removalReason
        && Objects.equals(removedOn, d.removedOn)
        && Objects.equals(droppedOn, d.droppedOn)
        && criteriaVersion.equals(d.criteriaVersion)
        && listType.equals(d.listType)
        && subject.equals(d.subject)
        && events.equals(d.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, events.size(), stage);
  }

  /** The id, list code, status on the last step and version; never the subject. */
  @Override
  public String toString() {
    return "Designation[" + id + ", " + listType.listType().code() + ", " + statusOnLastStep() + " on " + lastStepOn
        + ", version " + events.size() + "]";
  }
}
