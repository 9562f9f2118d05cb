package org.creditgov.rules.oversight;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.creditgov.core.Bilingual;
import org.creditgov.rules.designation.Timeliness;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.repair.StepTiming;
import org.jspecify.annotations.Nullable;

/**
 * One step of a credit-repair procedure as the oversight figures count it (OPS-2, REP-2): which
 * department took it, on which date, what it was, and, for a step with a working-day deadline
 * (accepting or rejecting an application, deciding it), whether it was taken in time. The repair
 * procedure's events map onto it in a few lines.
 *
 * @param department the department that took the step
 * @param on the date of the step
 * @param kind what the step was
 * @param timeliness for an acceptance, a rejection, an approval or a refusal: whether it kept its deadline
 * @param workingDaysLate for an overdue step: by how many working days
 */
public record RepairStep(String department, LocalDate on, Kind kind, Optional<Timeliness> timeliness,
    OptionalInt workingDaysLate) {

  /** What a repair step was. */
  public enum Kind implements Bilingual {
    /** A repair was applied for. */
    APPLIED("申请", "applied for", null),
    /** The application was accepted (受理). */
    ACCEPTED("受理", "accepted", DeadlineKind.REPAIR_ACCEPTANCE),
    /** The application was rejected (不予受理). */
    REJECTED("不予受理", "rejected", DeadlineKind.REPAIR_ACCEPTANCE),
    /** The repair was approved. */
    APPROVED("准予修复", "approved", DeadlineKind.REPAIR_DECISION),
    /** The repair was refused. */
    REFUSED("不予修复", "refused", DeadlineKind.REPAIR_DECISION);

    private final String nameZh;
    private final String nameEn;
    private final @Nullable DeadlineKind deadline;

    Kind(String nameZh, String nameEn, @Nullable DeadlineKind deadline) {
      this.nameZh = nameZh;
      this.nameEn = nameEn;
      this.deadline = deadline;
    }

    /** The deadline a step of this kind keeps, if it has one. */
    public Optional<DeadlineKind> deadline() {
      return Optional.ofNullable(deadline);
    }

    @Override
    public String nameZh() {
      return nameZh;
    }

    @Override
    public String nameEn() {
      return nameEn;
    }
  }

  /**
   * A step; see the record components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the department is blank; a step with a deadline has no
   *     timeliness or one without has one; working days late are given but the step is not
   *     overdue, or are negative
   */
  public RepairStep {
    requireNonNull(department, "department");
    requireNonNull(on, "on");
    requireNonNull(kind, "kind");
    requireNonNull(timeliness, "timeliness");
    requireNonNull(workingDaysLate, "workingDaysLate");
    if (department.isBlank()) {
      throw new IllegalArgumentException("a department is not blank");
    }
    if (kind.deadline().isPresent() != timeliness.isPresent()) {
      throw new IllegalArgumentException("a " + kind + " step " + (timeliness.isPresent() ? "has no" : "needs a") + " timeliness");
    }
    if (workingDaysLate.isPresent()
        && (timeliness.orElse(null) != Timeliness.OVERDUE || workingDaysLate.getAsInt() < 0)) {
      throw new IllegalArgumentException("working days late are a non-negative count of an overdue step");
    }
  }

  /**
   * An application, which keeps no deadline.
   *
   * @throws NullPointerException if an argument is null
   */
  public static RepairStep applied(String department, LocalDate on) {
    return new RepairStep(department, on, Kind.APPLIED, Optional.empty(), OptionalInt.empty());
  }

  /**
   * A step with a deadline, kept in time or not computable.
   *
   * @throws IllegalArgumentException if {@code kind} has no deadline or the timeliness is overdue
   */
  public static RepairStep of(String department, LocalDate on, Kind kind, Timeliness timeliness) {
    if (timeliness == Timeliness.OVERDUE) {
      throw new IllegalArgumentException("an overdue step says by how many working days: overdue(...)");
    }
    return new RepairStep(department, on, kind, Optional.of(timeliness), OptionalInt.empty());
  }

  /**
   * A step taken {@code workingDaysLate} working days after its deadline.
   *
   * @throws IllegalArgumentException if {@code kind} has no deadline or the days are negative
   */
  public static RepairStep overdue(String department, LocalDate on, Kind kind, int workingDaysLate) {
    return new RepairStep(department, on, kind, Optional.of(Timeliness.OVERDUE), OptionalInt.of(workingDaysLate));
  }

  /**
   * The step {@code event} records, as the figures count it (OPS-2): an application, an acceptance
   * or not, a decision approving or refusing, each with its timeliness (a step without a computed
   * time limit counts as not computable); empty for a withdrawal, which the figures do not count.
   *
   * @throws NullPointerException if {@code event} is null
   */
  public static Optional<RepairStep> of(RepairEvent event) {
    requireNonNull(event, "event");
    Kind kind;
    if (event instanceof RepairEvent.Applied) {
      return Optional.of(applied(event.department(), event.on()));
    } else if (event instanceof RepairEvent.Accepted) {
      kind = Kind.ACCEPTED;
    } else if (event instanceof RepairEvent.NotAccepted) {
      kind = Kind.REJECTED;
    } else if (event instanceof RepairEvent.Decided decided) {
      kind = decided.decision().approves() ? Kind.APPROVED : Kind.REFUSED;
    } else {
      return Optional.empty(); // a withdrawal
    }
    Optional<StepTiming> timing = event.timing();
    Timeliness timeliness = timing.map(StepTiming::timeliness).orElse(Timeliness.NOT_COMPUTABLE);
    OptionalInt late = timeliness == Timeliness.OVERDUE ? timing.get().workingDaysLate() : OptionalInt.empty();
    return Optional.of(new RepairStep(event.department(), event.on(), kind, Optional.of(timeliness), late));
  }
}
