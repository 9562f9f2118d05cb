package org.creditgov.rules.decision;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.entry.AuditEntry;
import org.creditgov.audit.entry.DecisionKind;
import org.creditgov.audit.entry.SubjectPseudonyms;
import org.creditgov.rules.json.DesignationJson;

/**
 * The decision log on credit-audit's tamper-evident {@link AuditLog} (SEC-2, SEC-3, DES-7): each
 * decision is one {@link AuditEntry} of the decision log — kind ({@link
 * DecisionKind#DESIGNATION_STEP} for a step or a refusal, {@link DecisionKind#SANCTION_CHECK} for a
 * sanction or credit check), when (the injected clock), the actor and department, the subject's
 * keyed pseudonym (never the identifier), the action (the event's kind, {@code REFUSED_} and the
 * command's kind, {@code SANCTION_CHECK}, {@code CREDIT_CHECK}), a reference (the designation id or
 * the measure code), the verdict's outcome, and as payload the decision in its canonical form
 * {@code creditgov-decision/1} ({@link DecisionJson}) with the subject pseudonymised there too.
 * A change to any entry is then detectable by index against a signed checkpoint
 * (docs/audit-log.md, docs/decision-log.md).
 *
 * <p>{@link #decisions()} reads every decision of the log back. An append returns once the entry
 * is on disk ({@link AuditLog#append(AuditEntry)} syncs). Thread-safe.
 *
 * <pre>{@code
 * DecisionLog decisions = AuditDecisionLog.of(auditLog, pseudonyms, clock);
 * LoggingDesignationService designations = LoggingDesignationService.of(service, decisions);
 * }</pre>
 */
public final class AuditDecisionLog implements DecisionLog {

  private final AuditLog log;
  private final SubjectPseudonyms pseudonyms;
  private final Clock clock;

  private AuditDecisionLog(AuditLog log, SubjectPseudonyms pseudonyms, Clock clock) {
    this.log = log;
    this.pseudonyms = pseudonyms;
    this.clock = clock;
  }

  /**
   * The decision log kept in {@code log}, subjects pseudonymised by {@code pseudonyms}, entries
   * stamped by {@code clock}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static AuditDecisionLog of(AuditLog log, SubjectPseudonyms pseudonyms, Clock clock) {
    return new AuditDecisionLog(requireNonNull(log, "log"), requireNonNull(pseudonyms, "pseudonyms"),
        requireNonNull(clock, "clock"));
  }

  /** The audit log the decisions are kept in. */
  public AuditLog auditLog() {
    return log;
  }

  /**
   * The entry {@code decision} is kept as; {@link #record} appends it.
   *
   * @throws NullPointerException if {@code decision} is null
   * @throws org.creditgov.audit.entry.AuditEntryException if a text of the decision holds a resident
   *     ID number or a credit code (which the pseudonymisation removed from the subject: it comes
   *     from elsewhere, such as a free text naming another person)
   */
  public AuditEntry entryOf(Decision decision) {
    requireNonNull(decision, "decision");
    Decision d = decision.pseudonymised(pseudonyms);
    AuditEntry.Builder b;
    String action;
    String reference;
    if (d instanceof Decision.DesignationStep s) {
      b = AuditEntry.decision(DecisionKind.DESIGNATION_STEP);
      action = DesignationJson.kind(s.event());
      reference = s.event().designationId().value();
    } else if (d instanceof Decision.RepairStep s) {
      b = AuditEntry.decision(DecisionKind.REPAIR_DECISION);
      action = s.event().getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
      reference = s.event().repairId().value();
    } else if (d instanceof Decision.DesignationRefusal r) {
      b = AuditEntry.decision(DecisionKind.DESIGNATION_STEP);
      action = "REFUSED_" + r.command();
      reference = r.designationAt().id().value();
    } else if (d instanceof Decision.SanctionCheck c) {
      b = AuditEntry.decision(DecisionKind.SANCTION_CHECK);
      action = "SANCTION_CHECK";
      reference = c.measureCode();
    } else {
      b = AuditEntry.decision(DecisionKind.SANCTION_CHECK);
      action = "CREDIT_CHECK";
      reference = ((Decision.CreditCheck) d).context().name();
    }
    return b.recordedAt(clock.instant()).actor(d.actor()).department(d.department())
        .subjectToken(pseudonyms.keyId(), d.subject().identifier()).action(action).reference(reference)
        .outcome(d.verdict().outcome().name()).payload(DecisionJson.payload(d)).build();
  }

  /**
   * Appends the decision's entry ({@link #entryOf}) to the audit log; returns once it is on disk.
   *
   * @throws org.creditgov.audit.AuditLogException if the log cannot be written
   */
  @Override
  public void record(Decision decision) {
    long unused = log.append(entryOf(decision));
  }

  /**
   * One decision read back from the log.
   *
   * @param index the entry's index in the audit log (what an inclusion proof names)
   * @param entry the entry
   * @param decision the decision its payload holds, its subject by pseudonym
   */
  public record Logged(long index, AuditEntry entry, Decision decision) {
    /** Checks for nulls. */
    public Logged {
      requireNonNull(entry, "entry");
      requireNonNull(decision, "decision");
    }
  }

  /**
   * Every decision of the log, in order; entries of the query log, and decision entries whose
   * payload is not of {@code creditgov-decision/1} (another system's), are skipped.
   *
   * @throws org.creditgov.audit.entry.AuditEntryException if an entry does not read (a damaged log:
   *     verify it with {@code AuditLogVerifier})
   * @throws org.creditgov.core.json.JsonFormException if a payload of the form does not read
   */
  public ImmutableList<Logged> decisions() {
    ImmutableList.Builder<Logged> out = ImmutableList.builder();
    long size = log.size();
    for (long i = 0; i < size; i++) {
      AuditEntry e = AuditEntry.parse(log.entry(i));
      if (e.log() == AuditEntry.Log.DECISION && e.payload().isPresent()
          && DecisionJson.isPayload(e.payload().get())) {
        out.add(new Logged(i, e, DecisionJson.readPayload(e.payload().get(), log.directory() + "#" + i)));
      }
    }
    return out.build();
  }

  @Override
  public String toString() {
    return "AuditDecisionLog[" + log + "]";
  }
}
