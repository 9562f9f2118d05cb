package org.creditgov.rules.decision;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.creditgov.audit.entry.SubjectPseudonyms;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.repair.RepairApplication;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.sanction.BusinessContext;

/**
 * One decision the decision log keeps (DES-7, SEC-2): a designation step, a refused designation
 * command, a sanction check or a credit check, each with the subject by reference only and the
 * verdict it was given. Nothing here holds a name or other personal detail of the subject; the
 * identifier in {@link #subject()} is replaced by its keyed pseudonym ({@link
 * #pseudonymised(SubjectPseudonyms)}) before the decision is written, and a decision read back from
 * a log names its subject by that pseudonym.
 */
public sealed interface Decision {

  /** The subject the decision is about, by reference. */
  SubjectRef subject();

  /** The department that decided. */
  String department();

  /** Who decided: the officer's internal id, or the name of the system that checked. */
  String actor();

  /** The verdict given (for a credit check, the overall outcome of its measures' verdicts). */
  Verdict verdict();

  /**
   * The same decision with the subject's identifier, wherever it appears, replaced by its token
   * under {@code pseudonyms}: {@code SubjectRef.of(type, pseudonyms.tokenFor(identifier))}.
   *
   * @throws NullPointerException if {@code pseudonyms} is null
   * @throws IllegalArgumentException if the token is not a valid identifier of a reference (blank,
   *     longer than 64 characters, or holding whitespace)
   */
  Decision pseudonymised(SubjectPseudonyms pseudonyms);

  private static SubjectRef pseudonym(SubjectRef ref, SubjectPseudonyms pseudonyms) {
    requireNonNull(pseudonyms, "pseudonyms");
    return SubjectRef.of(ref.type(), pseudonyms.tokenFor(ref.identifier()));
  }

  /**
   * An accepted designation command (DES-1 … DES-7): the event it appended and the verdict, which
   * is allowed but may carry warnings (a late notice, an overdue answer).
   *
   * @param subject the designation's subject
   * @param event the appended event
   * @param verdict the command's verdict
   */
  record DesignationStep(SubjectRef subject, DesignationEvent event, Verdict verdict) implements Decision {
    /** Checks for nulls. */
    public DesignationStep {
      requireNonNull(subject, "subject");
      requireNonNull(event, "event");
      requireNonNull(verdict, "verdict");
    }

    @Override
    public String department() {
      return event.actor().department();
    }

    @Override
    public String actor() {
      return event.actor().officerId();
    }

    @Override
    public DesignationStep pseudonymised(SubjectPseudonyms pseudonyms) {
      SubjectRef token = pseudonym(subject, pseudonyms);
      DesignationEvent e = event;
      if (event instanceof DesignationEvent.Proposed p) {
        e = DesignationEvent.Proposed.builder().from(p).subject(token).build();
      }
      return new DesignationStep(token, e, verdict);
    }
  }

  /**
   * An accepted repair command (REP-2, REP-3): the event it appended and its verdict, which is
   * allowed but may carry warnings (an overdue step, a provisional deadline).
   *
   * @param subject the subject whose information is repaired
   * @param event the appended event
   * @param verdict the command's verdict
   */
  record RepairStep(SubjectRef subject, RepairEvent event, Verdict verdict) implements Decision {
    /** Checks for nulls. */
    public RepairStep {
      requireNonNull(subject, "subject");
      requireNonNull(event, "event");
      requireNonNull(verdict, "verdict");
    }

    @Override
    public String department() {
      return event.department();
    }

    /** The officer's id; for an application or a withdrawal, which the subject makes, {@code "applicant"}. */
    @Override
    public String actor() {
      if (event instanceof RepairEvent.Accepted a) {
        return a.actor().officerId();
      } else if (event instanceof RepairEvent.NotAccepted n) {
        return n.actor().officerId();
      } else if (event instanceof RepairEvent.Decided d) {
        return d.actor().officerId();
      }
      return "applicant";
    }

    @Override
    public RepairStep pseudonymised(SubjectPseudonyms pseudonyms) {
      SubjectRef token = pseudonym(subject, pseudonyms);
      RepairEvent e = event;
      if (event instanceof RepairEvent.Applied a) {
        RepairApplication app = a.application();
        e = new RepairEvent.Applied(a.repairId(), a.version(), a.department(), a.on(), a.recordedAt(),
            new RepairApplication(token, app.information(), app.appliedOn(), app.department(), app.materials(), app.attested()),
            a.regimeId(), a.feedbackDue());
      }
      return new RepairStep(token, e, verdict);
    }
  }

  /**
   * A refused designation command: nothing was appended; the verdict lists every finding.
   *
   * @param subject the designation's subject
   * @param designationAt who was refused: the designation and its unchanged version
   * @param command the command's kind, as the canonical command form names it ({@code PROPOSE},
   *     {@code SERVE_NOTICE}, {@code DECIDE} …)
   * @param by who gave the command
   * @param verdict every finding
   */
  record DesignationRefusal(SubjectRef subject, DesignationAt designationAt, String command, Actor by, Verdict verdict)
      implements Decision {
    /** Checks for nulls. */
    public DesignationRefusal {
      requireNonNull(subject, "subject");
      requireNonNull(designationAt, "designationAt");
      requireNonNull(command, "command");
      requireNonNull(by, "by");
      requireNonNull(verdict, "verdict");
    }

    @Override
    public String department() {
      return by.department();
    }

    @Override
    public String actor() {
      return by.officerId();
    }

    @Override
    public DesignationRefusal pseudonymised(SubjectPseudonyms pseudonyms) {
      return new DesignationRefusal(pseudonym(subject, pseudonyms), designationAt, command, by, verdict);
    }
  }

  /**
   * A designation and its version.
   *
   * @param id the designation
   * @param version its version (0 before it exists)
   */
  record DesignationAt(DesignationId id, long version) {
    /** Checks for nulls and a negative version. */
    public DesignationAt {
      requireNonNull(id, "id");
      if (version < 0) {
        throw new IllegalArgumentException("a version is not negative: " + version);
      }
    }
  }

  /**
   * A sanction-measure check (SAN-1 … SAN-6) and its verdict.
   *
   * @param subject the subject the measure was to be applied to
   * @param department the implementing body
   * @param actor the system or officer that asked
   * @param jurisdiction where the measure was to be applied
   * @param date the date of the request
   * @param measureCode the measure's code
   * @param verdict the checker's verdict
   */
  record SanctionCheck(SubjectRef subject, String department, String actor, Jurisdiction jurisdiction, LocalDate date,
      String measureCode, Verdict verdict) implements Decision {
    /** Checks for nulls. */
    public SanctionCheck {
      requireNonNull(subject, "subject");
      requireNonNull(department, "department");
      requireNonNull(actor, "actor");
      requireNonNull(jurisdiction, "jurisdiction");
      requireNonNull(date, "date");
      requireNonNull(measureCode, "measureCode");
      requireNonNull(verdict, "verdict");
    }

    @Override
    public SanctionCheck pseudonymised(SubjectPseudonyms pseudonyms) {
      return new SanctionCheck(pseudonym(subject, pseudonyms), department, actor, jurisdiction, date, measureCode, verdict);
    }
  }

  /**
   * A credit check in a business workflow (OPS-1): the measures that apply and each one's verdict.
   *
   * @param subject the subject checked
   * @param department the department that checked
   * @param actor the system or officer that asked
   * @param jurisdiction where
   * @param date the date of the check
   * @param context the business context
   * @param measures each applying measure's code and verdict, in list order
   */
  record CreditCheck(SubjectRef subject, String department, String actor, Jurisdiction jurisdiction, LocalDate date,
      BusinessContext context, ImmutableList<MeasureVerdict> measures) implements Decision {
    /** Checks for nulls. */
    public CreditCheck {
      requireNonNull(subject, "subject");
      requireNonNull(department, "department");
      requireNonNull(actor, "actor");
      requireNonNull(jurisdiction, "jurisdiction");
      requireNonNull(date, "date");
      requireNonNull(context, "context");
      requireNonNull(measures, "measures");
    }

    /** The findings of every measure's verdict together. */
    @Override
    public Verdict verdict() {
      List<org.creditgov.core.verdict.Finding> findings = new java.util.ArrayList<>();
      measures.forEach(m -> findings.addAll(m.verdict().findings()));
      return Verdict.of(findings);
    }

    @Override
    public CreditCheck pseudonymised(SubjectPseudonyms pseudonyms) {
      return new CreditCheck(pseudonym(subject, pseudonyms), department, actor, jurisdiction, date, context, measures);
    }
  }

  /**
   * One measure of a credit check and its verdict.
   *
   * @param measureCode the measure's code
   * @param verdict the sanction check's verdict for it
   */
  record MeasureVerdict(String measureCode, Verdict verdict) {
    /** Checks for nulls. */
    public MeasureVerdict {
      requireNonNull(measureCode, "measureCode");
      requireNonNull(verdict, "verdict");
    }
  }
}
