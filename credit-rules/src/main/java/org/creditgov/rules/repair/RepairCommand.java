package org.creditgov.rules.repair;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.creditgov.rules.designation.Actor;

/**
 * A step asked of {@link RepairService} on an existing repair case (REP-2). The application itself
 * is {@link RepairService#apply}.
 */
public sealed interface RepairCommand {

  /**
   * Accept the application (受理): the authority received it on {@code on}.
   *
   * @param actor who accepts
   * @param on the day of receipt
   */
  record Accept(Actor actor, LocalDate on) implements RepairCommand {
    /** Checks for nulls. */
    public Accept {
      requireNonNull(actor, "actor");
      requireNonNull(on, "on");
    }
  }

  /**
   * Do not accept the application (不予受理), with grounds.
   *
   * @param actor who decides
   * @param on the day
   * @param grounds why
   */
  record Reject(Actor actor, LocalDate on, String grounds) implements RepairCommand {
    /** Checks for nulls. */
    public Reject {
      requireNonNull(actor, "actor");
      requireNonNull(on, "on");
      requireNonNull(grounds, "grounds");
    }
  }

  /**
   * Decide an accepted application.
   *
   * @param actor who decides
   * @param decision the decision
   */
  record Decide(Actor actor, RepairDecision decision) implements RepairCommand {
    /** Checks for nulls. */
    public Decide {
      requireNonNull(actor, "actor");
      requireNonNull(decision, "decision");
    }
  }

  /**
   * The applicant withdraws the application.
   *
   * @param on the day
   */
  record Withdraw(LocalDate on) implements RepairCommand {
    /** Checks for nulls. */
    public Withdraw {
      requireNonNull(on, "on");
    }
  }
}
