package org.creditgov.rules.decision;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.creditgov.core.json.CanonicalJson;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.json.FindingTypes;
import org.creditgov.core.json.JsonCodec;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.json.JsonReader;
import org.creditgov.core.json.JsonWriter;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.json.DesignationJson;
import org.creditgov.rules.json.RepairJson;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.sanction.BusinessContext;

/**
 * The canonical form of a decision the decision log keeps (DES-7, SEC-2; docs/decision-log.md),
 * {@code creditgov-decision/1} with its schema (in {@code org/creditgov/rules/schemas/}) {@code decision-1.schema.json}: the kind in {@code
 * "kind"} ({@code DESIGNATION_STEP} with the event in its own form, {@code DESIGNATION_REFUSAL},
 * {@code SANCTION_CHECK}, {@code CREDIT_CHECK}), the subject by reference, and the verdict in full.
 * {@link #payload} gives the text an audit entry carries: the pseudonymised decision's document,
 * as one canonical JSON string.
 */
public final class DecisionJson {

  private DecisionJson() {}

  private static final JsonCodec<SubjectRef> SUBJECT_REF = CoreJson.SUBJECT_REF.codec();
  private static final JsonCodec<Verdict> VERDICT = CoreJson.verdictCodec(FindingTypes.discovered());

  private static final JsonCodec<Decision.MeasureVerdict> MEASURE = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, Decision.MeasureVerdict m) {
      out.startObject().string("measureCode", m.measureCode()).value("verdict", m.verdict(), VERDICT).endObject();
    }

    @Override
    public Decision.MeasureVerdict read(JsonReader in) {
      String code = null;
      Verdict verdict = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "measureCode" -> code = in.nonBlank();
          case "verdict" -> verdict = in.value(VERDICT);
          default -> throw in.unknownKey(name);
        }
      }
      return new Decision.MeasureVerdict(in.required(code, "measureCode"), in.required(verdict, "verdict"));
    }
  };

  private static final JsonCodec<Decision> CODEC = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, Decision d) {
      out.startObject();
      if (d instanceof Decision.DesignationStep s) {
        out.string("kind", "DESIGNATION_STEP").value("subject", s.subject(), SUBJECT_REF)
            .value("event", s.event(), DesignationJson.EVENT.codec());
      } else if (d instanceof Decision.RepairStep s) {
        out.string("kind", "REPAIR_STEP").value("subject", s.subject(), SUBJECT_REF)
            .value("repairEvent", s.event(), RepairJson.EVENT.codec());
      } else if (d instanceof Decision.DesignationRefusal r) {
        out.string("kind", "DESIGNATION_REFUSAL").value("subject", r.subject(), SUBJECT_REF)
            .string("designationId", r.designationAt().id().value()).number("version", r.designationAt().version())
            .string("command", r.command()).value("by", r.by(), DesignationJson.ACTOR);
      } else if (d instanceof Decision.SanctionCheck c) {
        out.string("kind", "SANCTION_CHECK").value("subject", c.subject(), SUBJECT_REF)
            .string("department", c.department()).string("actor", c.actor())
            .string("jurisdiction", c.jurisdiction().code()).date("date", c.date()).string("measureCode", c.measureCode());
      } else if (d instanceof Decision.CreditCheck c) {
        out.string("kind", "CREDIT_CHECK").value("subject", c.subject(), SUBJECT_REF)
            .string("department", c.department()).string("actor", c.actor())
            .string("jurisdiction", c.jurisdiction().code()).date("date", c.date()).constant("context", c.context())
            .list("measures", c.measures(), MEASURE);
      }
      if (!(d instanceof Decision.CreditCheck)) {
        out.value("verdict", d.verdict(), VERDICT);
      }
      out.endObject();
    }

    @Override
    public Decision read(JsonReader in) {
      String kind = null;
      SubjectRef subject = null;
      DesignationEvent event = null;
      RepairEvent repairEvent = null;
      DesignationId id = null;
      Long version = null;
      String command = null;
      Actor by = null;
      String department = null;
      String actor = null;
      Jurisdiction jurisdiction = null;
      LocalDate date = null;
      String measureCode = null;
      BusinessContext context = null;
      ImmutableList<Decision.MeasureVerdict> measures = null;
      Verdict verdict = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "kind" -> kind = in.string();
          case "subject" -> subject = in.value(SUBJECT_REF);
          case "event" -> event = in.value(DesignationJson.EVENT.codec());
          case "repairEvent" -> repairEvent = in.value(RepairJson.EVENT.codec());
          case "designationId" -> id = DesignationJson.designationId(in);
          case "version" -> version = in.number(0, Long.MAX_VALUE);
          case "command" -> command = in.nonBlank();
          case "by" -> by = in.value(DesignationJson.ACTOR);
          case "department" -> department = in.nonBlank();
          case "actor" -> actor = in.nonBlank();
          case "jurisdiction" -> jurisdiction = CoreJson.jurisdiction(in);
          case "date" -> date = in.date();
          case "measureCode" -> measureCode = in.nonBlank();
          case "context" -> context = in.constant(BusinessContext.class);
          case "measures" -> measures = in.list(MEASURE);
          case "verdict" -> verdict = in.value(VERDICT);
          default -> throw in.unknownKey(name);
        }
      }
      SubjectRef s = in.required(subject, "subject");
      switch (in.required(kind, "kind")) {
        case "DESIGNATION_STEP":
          return new Decision.DesignationStep(s, in.required(event, "event"), in.required(verdict, "verdict"));
        case "REPAIR_STEP":
          return new Decision.RepairStep(s, in.required(repairEvent, "repairEvent"), in.required(verdict, "verdict"));
        case "DESIGNATION_REFUSAL":
          return new Decision.DesignationRefusal(s,
              new Decision.DesignationAt(in.required(id, "designationId"), in.required(version, "version")),
              in.required(command, "command"), in.required(by, "by"), in.required(verdict, "verdict"));
        case "SANCTION_CHECK":
          return new Decision.SanctionCheck(s, in.required(department, "department"), in.required(actor, "actor"),
              in.required(jurisdiction, "jurisdiction"), in.required(date, "date"),
              in.required(measureCode, "measureCode"), in.required(verdict, "verdict"));
        case "CREDIT_CHECK":
          return new Decision.CreditCheck(s, in.required(department, "department"), in.required(actor, "actor"),
              in.required(jurisdiction, "jurisdiction"), in.required(date, "date"), in.required(context, "context"),
              in.required(measures, "measures"));
        default:
          throw in.invalidObject("未知的决定种类：" + kind, "an unknown kind of decision: " + kind);
      }
    }
  };

  /** {@code creditgov-decision/1}: a decision of the decision log. */
  public static final JsonForm<Decision> FORM = JsonForm.builder("decision", 1, CODEC).build();

  /**
   * The payload of the decision's audit entry: the document of {@link #FORM}, exactly as {@link
   * JsonForm#encode} writes it, carried as one canonical JSON string (RFC 8785 escapes). Not as an
   * object with its members sorted: the facts of a finding are in declaration order, which sorting
   * would lose. Pseudonymise the decision first ({@link Decision#pseudonymised}): this writes the
   * subject reference it is given.
   *
   * @throws NullPointerException if {@code decision} is null
   */
  public static String payload(Decision decision) {
    return CanonicalJson.quoted(FORM.encode(requireNonNull(decision, "decision")));
  }

  /** Whether {@code payload} is a decision's payload: a JSON string holding a document of this form. */
  public static boolean isPayload(String payload) {
    requireNonNull(payload, "payload");
    if (!payload.startsWith("\"{")) {
      return false;
    }
    try {
      return CanonicalJson.unquoted(payload).startsWith("{\"format\":\"creditgov-decision/");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The decision an audit entry's payload holds.
   *
   * @throws org.creditgov.core.json.JsonFormException if the payload is not a JSON string holding a
   *     document of {@link #FORM}
   * @throws NullPointerException if an argument is null
   */
  public static Decision readPayload(String payload, String source) {
    requireNonNull(payload, "payload");
    String document;
    try {
      document = CanonicalJson.unquoted(payload);
    } catch (IllegalArgumentException e) {
      document = payload; // not a string: the form's reader says what it is
    }
    return FORM.decode(document, source);
  }
}
