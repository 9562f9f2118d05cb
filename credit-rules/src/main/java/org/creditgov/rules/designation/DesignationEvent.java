package org.creditgov.rules.designation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.rules.procedure.ProcedureEvent;
import org.immutables.value.Value;

/**
 * One accepted step of a designation, as kept forever (DES-7): which designation and at which
 * version, who ({@link #actor()}), when it took effect ({@link #on()}) and when it was recorded
 * ({@link #recordedAt()}, from the service's clock), on what basis ({@link #legalBases()}) and
 * which documents ({@link #documents()}). A {@link Designation} is the fold of its events.
 *
 * <p>Events hold no personal data of the subject: they name the subject by its {@link SubjectRef}
 * (its details live in a {@link SubjectDirectory}) and the list type by a {@link ListTypeRef}
 * (code and list-type version), which {@link Designation#replay} resolves through a {@link
 * ListTypeLookup}. A store keeps them in their canonical JSON form ({@code
 * creditgov-designation-event/1}, {@code org.creditgov.rules.json.DesignationJson}) and must give
 * back equal values. Free texts (grounds, reasons) are the record of the case as the department
 * wrote it: write them without personal data (name the subject by its reference); they are
 * redacted from {@code toString()}.
 */
@Value.Enclosing
@CreditStyle
public sealed interface DesignationEvent extends ProcedureEvent<DesignationId> {

  /** The designation. */
  DesignationId designationId();

  /** The designation, as the shared event store names the case. */
  @Override
  default DesignationId caseId() {
    return designationId();
  }

  /** The designation's version after this event: 1 for the proposal, then 2, 3 … without gaps. */
  long version();

  /** Who took the step. */
  Actor actor();

  /** The date the step took effect. */
  LocalDate on();

  /** When the step was recorded, from the service's injected clock. */
  Instant recordedAt();

  /** The legal bases the step rests on: the procedural rule, the list's basis, and any the step's documents cite. */
  ImmutableList<LegalBasis> legalBases();

  /** The documents the step rests on. */
  ImmutableList<DocumentRef> documents();

  /** The designation was proposed. */
  @Value.Immutable
  abstract non-sealed class Proposed implements DesignationEvent {
    Proposed() {}

    /**
     * A builder, for a store that reads events back and for tests; the service makes the events
     * it appends itself. {@code build()} throws {@link IllegalStateException} naming every
     * mandatory attribute not set.
     */
    public static Builder builder() {
      return new Builder();
    }

    /** The builder of {@link Proposed}. */
    public static final class Builder extends ImmutableDesignationEvent.Proposed.Builder {
      Builder() {}

      /** Names the subject by its reference: {@code subject(SubjectRef.of(subject))}. */
      public Builder subject(Subject subject) {
        return subject(SubjectRef.of(subject));
      }

      /** Names the list type by its reference: {@code listType(resolved.ref())}. */
      public Builder listType(ResolvedListType resolved) {
        return listType(resolved.ref());
      }
    }

    /** The list type, by code and the list-type version it was resolved in. */
    public abstract ListTypeRef listType();

    /** The subject, by reference: its details are in the {@link SubjectDirectory}, never in an event. */
    public abstract SubjectRef subject();

    /** The criteria version applied (DES-2). */
    public abstract String criteriaVersion();

    /** The grounds, redacted from {@code toString()}. */
    @Value.Redacted
    public abstract String grounds();

    @Value.Check
    void check() {
      checkArgument(version() == 1, "a proposal is version 1, not %s", version());
    }
  }

  /** The prior notice was served (DES-3). */
  @Value.Immutable
  abstract non-sealed class NoticeServed implements DesignationEvent {
    NoticeServed() {}

    /**
     * A builder, for a store that reads events back and for tests; the service makes the events
     * it appends itself. {@code build()} throws {@link IllegalStateException} naming every
     * mandatory attribute not set.
     */
    public static Builder builder() {
      return new Builder();
    }

    /** The builder of {@link NoticeServed}. */
    public static final class Builder extends ImmutableDesignationEvent.NoticeServed.Builder {
      Builder() {}
    }

    /** The notice. */
    public abstract PriorNotice notice();

    /** Whether it was served within the notice window. */
    public abstract Timeliness timeliness();

    /**
     * Working days after the deadline: 0 when on time; empty when they cannot be counted (the
     * deadline, or the step's date, lies outside the working-day calendar).
     */
    public abstract OptionalInt workingDaysLate();
  }

  /** The subject waived the objection window in writing (DES-4). */
  @Value.Immutable
  abstract non-sealed class ObjectionWaived implements DesignationEvent {
    ObjectionWaived() {}

    /**
     * A builder, for a store that reads events back and for tests; the service makes the events
     * it appends itself. {@code build()} throws {@link IllegalStateException} naming every
     * mandatory attribute not set.
     */
    public static Builder builder() {
      return new Builder();
    }

    /** The builder of {@link ObjectionWaived}. */
    public static final class Builder extends ImmutableDesignationEvent.ObjectionWaived.Builder {
      Builder() {}
    }
  }

  /** The subject filed an objection (DES-4). */
  @Value.Immutable
  abstract non-sealed class ObjectionFiled implements DesignationEvent {
    ObjectionFiled() {}

    /**
     * A builder, for a store that reads events back and for tests; the service makes the events
     * it appends itself. {@code build()} throws {@link IllegalStateException} naming every
     * mandatory attribute not set.
     */
    public static Builder builder() {
      return new Builder();
    }

    /** The builder of {@link ObjectionFiled}. */
    public static final class Builder extends ImmutableDesignationEvent.ObjectionFiled.Builder {
      Builder() {}
    }
  }

  /** The objection was answered in writing (DES-4). */
  @Value.Immutable
  abstract non-sealed class ObjectionAnswered implements DesignationEvent {
    ObjectionAnswered() {}

    /**
     * A builder, for a store that reads events back and for tests; the service makes the events
     * it appends itself. {@code build()} throws {@link IllegalStateException} naming every
     * mandatory attribute not set.
     */
    public static Builder builder() {
      return new Builder();
    }

    /** The builder of {@link ObjectionAnswered}. */
    public static final class Builder extends ImmutableDesignationEvent.ObjectionAnswered.Builder {
      Builder() {}
    }

    /** Whether it was upheld: the designation is dropped. */
    public abstract boolean upheld();

    /** Whether it was answered within the deadline (an overdue answer is recorded for oversight). */
    public abstract Timeliness timeliness();

    /**
     * Working days after the deadline: 0 when on time; empty when they cannot be counted (the
     * deadline, or the step's date, lies outside the working-day calendar).
     */
    public abstract OptionalInt workingDaysLate();
  }

  /** The proposal was withdrawn: the designation is dropped. */
  @Value.Immutable
  abstract non-sealed class Withdrawn implements DesignationEvent {
    Withdrawn() {}

    /**
     * A builder, for a store that reads events back and for tests; the service makes the events
     * it appends itself. {@code build()} throws {@link IllegalStateException} naming every
     * mandatory attribute not set.
     */
    public static Builder builder() {
      return new Builder();
    }

    /** The builder of {@link Withdrawn}. */
    public static final class Builder extends ImmutableDesignationEvent.Withdrawn.Builder {
      Builder() {}
    }

    /** Why, redacted from {@code toString()}. */
    @Value.Redacted
    public abstract String reason();
  }

  /** The decision was made: the subject is listed from the decision date (DES-5). */
  @Value.Immutable
  abstract non-sealed class Listed implements DesignationEvent {
    Listed() {}

    /**
     * A builder, for a store that reads events back and for tests; the service makes the events
     * it appends itself. {@code build()} throws {@link IllegalStateException} naming every
     * mandatory attribute not set.
     */
    public static Builder builder() {
      return new Builder();
    }

    /** The builder of {@link Listed}. */
    public static final class Builder extends ImmutableDesignationEvent.Listed.Builder {
      Builder() {}
    }

    /** The complete decision document. */
    public abstract DecisionDocument decision();
  }

  /** The subject left the list, or the expiry of its listing was recorded (DES-6). */
  @Value.Immutable
  abstract non-sealed class Removed implements DesignationEvent {
    Removed() {}

    /**
     * A builder, for a store that reads events back and for tests; the service makes the events
     * it appends itself. {@code build()} throws {@link IllegalStateException} naming every
     * mandatory attribute not set.
     */
    public static Builder builder() {
      return new Builder();
    }

    /** The builder of {@link Removed}. */
    public static final class Builder extends ImmutableDesignationEvent.Removed.Builder {
      Builder() {}
    }

    /** Why. */
    public abstract RemovalReason reason();
  }
}
