package org.creditgov.spring;

import static java.util.Objects.requireNonNull;

import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.CreditCheck;
import org.creditgov.rules.CreditCheckQuery;
import org.creditgov.rules.CreditCheckReport;
import org.creditgov.rules.decision.DecisionLog;
import org.creditgov.rules.decision.LoggingCreditCheck;
import org.creditgov.rules.decision.LoggingDesignationService;
import org.creditgov.rules.decision.LoggingRepairService;
import org.creditgov.rules.decision.LoggingSanctionChecker;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.json.DesignationJson;
import org.creditgov.rules.repair.Repair;
import org.creditgov.rules.repair.RepairApplication;
import org.creditgov.rules.repair.RepairCommand;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.repair.RepairId;
import org.creditgov.rules.repair.RepairService;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sanction.SanctionRequest;

/**
 * The decisions of the application, recorded (SEC-2, DES-7, OPS-2): each designation and repair
 * step, sanction check and credit check goes to the library's service, is written to the {@link
 * DecisionLog} by the library's decorators ({@link LoggingDesignationService}, {@link
 * LoggingRepairService}, {@link LoggingSanctionChecker}, {@link LoggingCreditCheck}), and is counted
 * by {@link CreditMetrics}. Controllers call this; the plain services stay beans of their own for
 * reading ({@link #designations()}, {@link #repairs()}). Thread-safe as the services are.
 */
public final class CreditDecisions {

  private static final String DESIGNATION = "designation";
  private static final String REPAIR = "repair";

  private final LoggingDesignationService designations;
  private final LoggingRepairService repairs;
  private final LoggingSanctionChecker sanctions;
  private final LoggingCreditCheck creditCheck;
  private final CreditMetrics metrics;

  /**
   * The decisions of the given services, written to {@code log} with {@code actor} as the system
   * that asked for sanction and credit checks.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code actor} is blank
   */
  public CreditDecisions(DesignationService designations, RepairService repairs, SanctionChecker sanctions,
      CreditCheck creditCheck, DecisionLog log, CreditMetrics metrics, String actor) {
    this.designations = LoggingDesignationService.of(designations, log);
    this.repairs = LoggingRepairService.of(repairs, log);
    this.sanctions = LoggingSanctionChecker.of(sanctions, log, actor);
    this.creditCheck = LoggingCreditCheck.of(creditCheck, log, actor);
    this.metrics = requireNonNull(metrics, "metrics");
  }

  /** The designation service, for reading designations. */
  public DesignationService designations() {
    return designations.service();
  }

  /** The repair service, for reading repair cases. */
  public RepairService repairs() {
    return repairs.service();
  }

  /**
   * Opens a designation (DES-2), recorded and counted.
   *
   * @throws NullPointerException if {@code command} is null
   */
  public CommandResult propose(DesignationCommand.Propose command) {
    return counted(command, designations.propose(command));
  }

  /**
   * A step of designation {@code id} (DES-3 … DES-6), recorded and counted.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code command} is a proposal or the version is not positive
   */
  public CommandResult execute(DesignationId id, long expectedVersion, DesignationCommand command) {
    return counted(command, designations.execute(id, expectedVersion, command));
  }

  private CommandResult counted(DesignationCommand command, CommandResult r) {
    metrics.commandResult(DESIGNATION, DesignationJson.kind(command), result(r));
    if (r instanceof CommandResult.Accepted a) {
      metrics.verdict(DESIGNATION, a.verdict());
    } else if (r instanceof CommandResult.Refused f) {
      metrics.verdict(DESIGNATION, f.verdict());
    }
    return r;
  }

  private static String result(CommandResult r) {
    if (r instanceof CommandResult.Accepted) {
      return "ACCEPTED";
    }
    return r instanceof CommandResult.Refused ? "REFUSED" : "CONFLICT";
  }

  /**
   * Applies for a repair (REP-1, REP-2), recorded and counted.
   *
   * @throws NullPointerException if an argument is null
   */
  public org.creditgov.rules.procedure.CommandResult<RepairId, Repair, RepairEvent> apply(RepairId id,
      RepairApplication application) {
    return counted("APPLY", repairs.apply(id, application));
  }

  /**
   * A step of repair case {@code id} (REP-2 … REP-6), recorded and counted.
   *
   * @throws NullPointerException if an argument is null
   */
  public org.creditgov.rules.procedure.CommandResult<RepairId, Repair, RepairEvent> execute(RepairId id,
      long expectedVersion, RepairCommand command) {
    return counted(kind(command), repairs.execute(id, expectedVersion, command));
  }

  private org.creditgov.rules.procedure.CommandResult<RepairId, Repair, RepairEvent> counted(String kind,
      org.creditgov.rules.procedure.CommandResult<RepairId, Repair, RepairEvent> r) {
    String result;
    if (r instanceof org.creditgov.rules.procedure.CommandResult.Accepted<RepairId, Repair, RepairEvent> a) {
      result = "ACCEPTED";
      metrics.verdict(REPAIR, a.verdict());
    } else if (r instanceof org.creditgov.rules.procedure.CommandResult.Refused<RepairId, Repair, RepairEvent> f) {
      result = "REFUSED";
      metrics.verdict(REPAIR, f.verdict());
    } else {
      result = "CONFLICT";
    }
    metrics.commandResult(REPAIR, kind, result);
    return r;
  }

  /** The kind of a repair command as its canonical JSON names it. */
  static String kind(RepairCommand c) {
    if (c instanceof RepairCommand.Accept) {
      return "ACCEPT";
    } else if (c instanceof RepairCommand.Reject) {
      return "REJECT";
    } else if (c instanceof RepairCommand.Decide) {
      return "DECIDE";
    }
    return "WITHDRAW";
  }

  /**
   * Checks a sanction measure (SAN-1 … SAN-6), recorded and counted.
   *
   * @throws NullPointerException if {@code request} is null
   */
  public Verdict check(SanctionRequest request) {
    Verdict v = sanctions.check(request);
    metrics.verdict("sanction", v);
    return v;
  }

  /**
   * The workflow credit check (OPS-1), recorded; each measure's and incentive's verdict counted.
   *
   * @throws NullPointerException if {@code query} is null
   */
  public CreditCheckReport check(CreditCheckQuery query) {
    CreditCheckReport report = creditCheck.check(query);
    report.measures().forEach(m -> metrics.verdict("credit-check", m.verdict()));
    report.incentives().forEach(i -> metrics.verdict("incentive", i.verdict()));
    return report;
  }

  @Override
  public String toString() {
    return "CreditDecisions[" + designations + ", " + repairs + "]";
  }
}
