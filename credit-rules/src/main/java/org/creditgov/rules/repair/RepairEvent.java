package org.creditgov.rules.repair;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.procedure.ProcedureEvent;

/**
 * A step of a repair case, as recorded (REP-2, OPS-2): the case, its version after the step, the
 * department it concerns (for oversight figures per department), the day it took effect, when it
 * was recorded (from the service's clock), and — for a step with a time limit — its {@link
 * StepTiming}. No personal data beyond the subject by reference.
 */
public sealed interface RepairEvent extends ProcedureEvent<RepairId> {

  /** The case. */
  RepairId repairId();

  @Override
  default RepairId caseId() {
    return repairId();
  }

  /** The department the step concerns: applied to, accepting, deciding. */
  String department();

  /** The day the step took effect. */
  LocalDate on();

  /** When it was recorded. */
  Instant recordedAt();

  /** Whether it was in time, for a step with a time limit. */
  Optional<StepTiming> timing();

  /**
   * The application (version 1).
   *
   * @param repairId the case
   * @param version 1
   * @param department the department applied to
   * @param on the application date
   * @param recordedAt when recorded
   * @param application the application
   * @param regimeId the repair regime that governs it
   * @param feedbackDue the last day of the platform's feedback, if the regime sets one and the calendar counts it
   */
  record Applied(RepairId repairId, long version, String department, LocalDate on, Instant recordedAt,
      RepairApplication application, String regimeId, Optional<StepTiming> feedbackDue) implements RepairEvent {
    /** Checks for nulls. */
    public Applied {
      requireNonNull(application, "application");
      requireNonNull(regimeId, "regimeId");
      requireNonNull(feedbackDue, "feedbackDue");
    }

    /** No time limit applies to applying. */
    @Override
    public Optional<StepTiming> timing() {
      return Optional.empty();
    }
  }

  /**
   * The application was accepted (受理): the authority received it on {@code on}.
   *
   * @param repairId the case
   * @param version its version
   * @param department the accepting department
   * @param on the day of acceptance (receipt)
   * @param recordedAt when recorded
   * @param actor who accepted
   * @param timing against the feedback time limit
   */
  record Accepted(RepairId repairId, long version, String department, LocalDate on, Instant recordedAt, Actor actor,
      Optional<StepTiming> timing) implements RepairEvent {}

  /**
   * The application was not accepted (不予受理), with grounds.
   *
   * @param repairId the case
   * @param version its version
   * @param department the department
   * @param on the day
   * @param recordedAt when recorded
   * @param actor who decided
   * @param grounds why
   * @param timing against the feedback time limit
   */
  record NotAccepted(RepairId repairId, long version, String department, LocalDate on, Instant recordedAt, Actor actor,
      String grounds, Optional<StepTiming> timing) implements RepairEvent {}

  /**
   * The authority decided (approve or refuse).
   *
   * @param repairId the case
   * @param version its version
   * @param department the deciding department
   * @param on the decision date
   * @param recordedAt when recorded
   * @param actor who decided
   * @param decision the decision
   * @param timing against the decision time limit
   */
  record Decided(RepairId repairId, long version, String department, LocalDate on, Instant recordedAt, Actor actor,
      RepairDecision decision, Optional<StepTiming> timing) implements RepairEvent {}

  /**
   * The applicant withdrew the application.
   *
   * @param repairId the case
   * @param version its version
   * @param department the department applied to
   * @param on the day
   * @param recordedAt when recorded
   */
  record Withdrawn(RepairId repairId, long version, String department, LocalDate on, Instant recordedAt)
      implements RepairEvent {
    /** No time limit applies to a withdrawal. */
    @Override
    public Optional<StepTiming> timing() {
      return Optional.empty();
    }
  }
}
