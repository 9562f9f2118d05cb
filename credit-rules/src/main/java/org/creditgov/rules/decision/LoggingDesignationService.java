package org.creditgov.rules.decision;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationCommand.Propose;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.json.DesignationJson;

/**
 * A {@link DesignationService} whose every step is written to a {@link DecisionLog} (DES-7,
 * SEC-2): an accepted command as a {@link Decision.DesignationStep} (its event and verdict), a
 * refused one as a {@link Decision.DesignationRefusal} (every finding). A version conflict decided
 * nothing and is not written; nor is a refused command on a designation that does not exist, which
 * names no subject. The service itself is untouched: the same commands, the same {@link
 * CommandResult}s.
 *
 * <pre>{@code
 * LoggingDesignationService designations = LoggingDesignationService.of(service,
 *     AuditDecisionLog.of(auditLog, pseudonyms, clock));
 * CommandResult r = designations.propose(command);       // the result, and the log holds the step
 * }</pre>
 *
 * <p>The decision is written after the service has answered: if the log throws, the step is in the
 * designation store but not in the log, and the exception reaches the caller. Thread-safe when the
 * service and the log are.
 */
public final class LoggingDesignationService {

  private final DesignationService service;
  private final DecisionLog log;

  private LoggingDesignationService(DesignationService service, DecisionLog log) {
    this.service = service;
    this.log = log;
  }

  /**
   * The service, writing to {@code log}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static LoggingDesignationService of(DesignationService service, DecisionLog log) {
    return new LoggingDesignationService(requireNonNull(service, "service"), requireNonNull(log, "log"));
  }

  /** The service the commands go to. */
  public DesignationService service() {
    return service;
  }

  /** The log the decisions go to. */
  public DecisionLog log() {
    return log;
  }

  /**
   * {@link DesignationService#propose}, then the step or the refusal written to the log.
   *
   * @throws NullPointerException if {@code command} is null
   */
  public CommandResult propose(Propose command) {
    CommandResult r = service.propose(command);
    write(r, command, Optional.of(SubjectRef.of(command.subject())));
    return r;
  }

  /**
   * {@link DesignationService#execute}, then the step or the refusal written to the log.
   *
   * @throws NullPointerException if an argument is null
   */
  public CommandResult execute(DesignationId id, long expectedVersion, DesignationCommand command) {
    CommandResult r = service.execute(id, expectedVersion, command);
    if (r instanceof CommandResult.Refused) {
      write(r, command, service.find(id).map(Designation::subjectRef));
    } else {
      write(r, command, Optional.empty());
    }
    return r;
  }

  private void write(CommandResult r, DesignationCommand command, Optional<SubjectRef> subject) {
    if (r instanceof CommandResult.Accepted a) {
      log.record(new Decision.DesignationStep(a.designation().subjectRef(), a.event(), a.verdict()));
    } else if (r instanceof CommandResult.Refused f && subject.isPresent()) {
      log.record(new Decision.DesignationRefusal(subject.get(), new Decision.DesignationAt(f.id(), f.version()),
          DesignationJson.kind(command), command.actor(), f.verdict()));
    }
  }

  @Override
  public String toString() {
    return "LoggingDesignationService[" + service + ", " + log + "]";
  }
}
