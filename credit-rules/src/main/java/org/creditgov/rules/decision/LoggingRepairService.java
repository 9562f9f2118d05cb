package org.creditgov.rules.decision;

import static java.util.Objects.requireNonNull;

import org.creditgov.rules.procedure.CommandResult;
import org.creditgov.rules.repair.Repair;
import org.creditgov.rules.repair.RepairApplication;
import org.creditgov.rules.repair.RepairCommand;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.repair.RepairId;
import org.creditgov.rules.repair.RepairService;

/**
 * A {@link RepairService} whose every accepted step is written to a {@link DecisionLog} as a {@link
 * Decision.RepairStep} (its event and verdict; REP-2, REP-3, SEC-2): the application, its
 * acceptance or not, the decision, a withdrawal. A refused command appended nothing and decided
 * nothing; its verdict reaches the caller and is not written, nor is a version conflict. The
 * service itself is untouched: the same commands, the same results.
 *
 * <pre>{@code
 * LoggingRepairService repairs = LoggingRepairService.of(service, AuditDecisionLog.of(auditLog, pseudonyms, clock));
 * var r = repairs.apply(id, application);   // the result, and the log holds the application
 * }</pre>
 *
 * <p>The decision is written after the service has answered, as for designations. Thread-safe when
 * the service and the log are.
 */
public final class LoggingRepairService {

  private final RepairService service;
  private final DecisionLog log;

  private LoggingRepairService(RepairService service, DecisionLog log) {
    this.service = service;
    this.log = log;
  }

  /**
   * The service, writing to {@code log}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static LoggingRepairService of(RepairService service, DecisionLog log) {
    return new LoggingRepairService(requireNonNull(service, "service"), requireNonNull(log, "log"));
  }

  /** The service the commands go to. */
  public RepairService service() {
    return service;
  }

  /**
   * {@link RepairService#apply}, then the step written to the log when accepted.
   *
   * @throws NullPointerException if an argument is null
   */
  public CommandResult<RepairId, Repair, RepairEvent> apply(RepairId id, RepairApplication application) {
    return written(service.apply(id, application));
  }

  /**
   * {@link RepairService#execute}, then the step written to the log when accepted.
   *
   * @throws NullPointerException if an argument is null
   */
  public CommandResult<RepairId, Repair, RepairEvent> execute(RepairId id, long expectedVersion, RepairCommand command) {
    return written(service.execute(id, expectedVersion, command));
  }

  private CommandResult<RepairId, Repair, RepairEvent> written(CommandResult<RepairId, Repair, RepairEvent> r) {
    if (r instanceof CommandResult.Accepted<RepairId, Repair, RepairEvent> a) {
      log.record(new Decision.RepairStep(a.state().application().subject(), a.event(), a.verdict()));
    }
    return r;
  }

  @Override
  public String toString() {
    return "LoggingRepairService[" + service + ", " + log + "]";
  }
}
