package org.creditgov.rules.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.json.CatalogJson;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.json.JsonCodec;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.json.JsonReader;
import org.creditgov.core.json.JsonWriter;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.text.Fact;
import org.creditgov.rules.CreditCheckQuery;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.incentive.EligibilityQuery;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.BusinessContext;
import org.creditgov.rules.sanction.ConductFact;
import org.creditgov.rules.sanction.Intent;
import org.creditgov.rules.sanction.LeniencyAssessment;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.rules.sanction.Trigger;

/**
 * The canonical JSON forms of the requests a workflow sends (SAN-1 … SAN-6, INC-1, OPS-1;
 * docs/json-forms.md), each with its schema in {@code org/creditgov/rules/schemas/}: {@code
 * creditgov-sanction-request/1}, {@code creditgov-credit-check-query/1} and {@code
 * creditgov-eligibility-query/1}, and the credit record they embed, {@code
 * creditgov-credit-record/1}. A request names its subject by reference (type and identifier)
 * and the designations it rests on by id; reading it takes the subject's details from a {@link
 * SubjectDirectory} and the designations from a lookup the caller gives ({@code
 * service::find}), and an unknown reference is a problem. Credit records carry their field values
 * typed ({@code {"text":…}}, {@code {"integer":…}}, {@code {"long":…}}, {@code {"decimal":"…"}},
 * {@code {"date":…}}, {@code {"boolean":…}}): they are the department's data, which a request
 * passes to the check and the library never stores.
 */
public final class RequestJson {

  private RequestJson() {}

  /** What reading a request resolves its references with. */
  private record Context(SubjectDirectory subjects, Function<DesignationId, Optional<Designation>> designations) {}

  /**
   * {@code creditgov-sanction-request/1}: a request to apply one measure to one subject.
   *
   * @param subjects where the subject's details are
   * @param designations the designation of an id, for a request resting on a listing
   * @throws NullPointerException if an argument is null
   */
  public static JsonForm<SanctionRequest> sanctionRequests(SubjectDirectory subjects,
      Function<DesignationId, Optional<Designation>> designations) {
    return JsonForm.builder("sanction-request", 1, sanctionRequestCodec(context(subjects, designations))).build();
  }

  /**
   * {@code creditgov-credit-check-query/1}: what a workflow asks the credit check.
   *
   * @throws NullPointerException if an argument is null
   */
  public static JsonForm<CreditCheckQuery> creditCheckQueries(SubjectDirectory subjects,
      Function<DesignationId, Optional<Designation>> designations) {
    return JsonForm.builder("credit-check-query", 1, creditCheckQueryCodec(context(subjects, designations))).build();
  }

  /**
   * {@code creditgov-eligibility-query/1}: what an incentive eligibility check looks at.
   *
   * @throws NullPointerException if an argument is null
   */
  public static JsonForm<EligibilityQuery> eligibilityQueries(SubjectDirectory subjects,
      Function<DesignationId, Optional<Designation>> designations) {
    return JsonForm.builder("eligibility-query", 1, eligibilityQueryCodec(context(subjects, designations))).build();
  }

  /**
   * {@code creditgov-credit-record/1}: one credit record of the department's platform (CAT-1 …
   * CAT-6), in the shape the requests embed; for a system that hands records to the library one by
   * one (a query gateway's record source, the disclosure view). The subject is named by reference
   * and its details come from {@code subjects}.
   *
   * @throws NullPointerException if {@code subjects} is null
   */
  public static JsonForm<CreditRecord> creditRecords(SubjectDirectory subjects) {
    return JsonForm.builder("credit-record", 1, recordCodec(context(subjects, id -> Optional.empty()))).build();
  }

  private static Context context(SubjectDirectory subjects, Function<DesignationId, Optional<Designation>> designations) {
    return new Context(requireNonNull(subjects, "subjects"), requireNonNull(designations, "designations"));
  }

  private static void writeSubject(JsonWriter out, Subject s) {
    out.value("subject", SubjectRef.of(s), DesignationJson.SUBJECT_REF);
  }

  private static Subject readSubject(JsonReader in, Context c) {
    return DesignationJson.subject(in, c.subjects(), in.value(DesignationJson.SUBJECT_REF));
  }

  private static Designation designation(JsonReader in, Context c) {
    DesignationId id = DesignationJson.designationId(in);
    Optional<Designation> d = c.designations().apply(id);
    if (d.isEmpty()) {
      throw in.problem(DataProblemType.UNKNOWN_REFERENCE, Fact.code("reference", id.value()));
    }
    return d.get();
  }

  private static void writeDesignations(JsonWriter out, String name, List<Designation> designations) {
    if (!designations.isEmpty()) {
      out.name(name).generator().writeStartArray();
      for (Designation d : designations) {
        out.generator().writeString(d.id().value());
      }
      out.generator().writeEndArray();
    }
  }

  private static ImmutableList<Designation> readDesignations(JsonReader in, Context c) {
    return in.list(new JsonCodec<Designation>() {
      @Override
      public void write(JsonWriter out, Designation d) {
        out.generator().writeString(d.id().value());
      }

      @Override
      public Designation read(JsonReader r) {
        return designation(r, c);
      }
    });
  }

  private static final JsonCodec<ConductFact> CONDUCT_FACT = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, ConductFact f) {
      out.startObject().string("field", f.field()).constant("severityClass", f.severityClass())
          .constant("intent", f.intent()).trueOnly("forceMajeure", f.forceMajeure()).date("date", f.date())
          .string("document", f.document()).endObject();
    }

    @Override
    public ConductFact read(JsonReader in) {
      ConductFact.Builder b = ConductFact.builder();
      String field = null;
      SeverityClass severity = null;
      Intent intent = null;
      LocalDate date = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "field" -> field = in.nonBlank();
          case "severityClass" -> severity = in.constant(SeverityClass.class);
          case "intent" -> intent = in.constant(Intent.class);
          case "forceMajeure" -> b.forceMajeure(in.bool());
          case "date" -> date = in.date();
          case "document" -> b.document(in.nonBlank());
          default -> throw in.unknownKey(name);
        }
      }
      return b.field(in.required(field, "field")).severityClass(in.required(severity, "severityClass"))
          .intent(in.required(intent, "intent")).date(in.required(date, "date")).build();
    }
  };

  private static final JsonCodec<LeniencyAssessment> LENIENCY = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, LeniencyAssessment a) {
      out.startObject().string("department", a.department()).string("documentNumber", a.documentNumber())
          .date("assessedOn", a.assessedOn()).endObject();
    }

    @Override
    public LeniencyAssessment read(JsonReader in) {
      String department = null;
      String number = null;
      LocalDate on = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "department" -> department = in.nonBlank();
          case "documentNumber" -> number = in.nonBlank();
          case "assessedOn" -> on = in.date();
          default -> throw in.unknownKey(name);
        }
      }
      return LeniencyAssessment.builder().department(in.required(department, "department"))
          .documentNumber(in.required(number, "documentNumber")).assessedOn(in.required(on, "assessedOn")).build();
    }
  };

  private static JsonCodec<SanctionRequest> sanctionRequestCodec(Context c) {
    return new JsonCodec<>() {
      @Override
      public void write(JsonWriter out, SanctionRequest r) {
        out.startObject();
        writeSubject(out, r.subject());
        out.string("jurisdiction", r.jurisdiction().code()).date("date", r.date()).string("measureCode", r.measureCode())
            .string("implementingBody", r.implementingBody()).constant("bodyKind", r.bodyKind())
            .string("requiredBy", r.requiredBy()).constant("trigger", r.trigger())
            .list("conductFacts", r.conductFacts(), CONDUCT_FACT).string("listing", r.listing().map(d -> d.id().value()))
            .list("citedBases", r.citedBases(), DesignationJson.LEGAL_BASIS).period("duration", r.duration())
            .value("leniencyAssessment", r.leniencyAssessment(), LENIENCY).endObject();
      }

      @Override
      public SanctionRequest read(JsonReader in) {
        SanctionRequest.Builder b = SanctionRequest.builder();
        Subject subject = null;
        Jurisdiction jurisdiction = null;
        LocalDate date = null;
        String code = null;
        String body = null;
        BodyKind kind = null;
        Trigger trigger = null;
        in.startObject();
        for (String name; (name = in.nextName()) != null; ) {
          switch (name) {
            case "subject" -> subject = readSubject(in, c);
            case "jurisdiction" -> jurisdiction = CoreJson.jurisdiction(in);
            case "date" -> date = in.date();
            case "measureCode" -> code = in.nonBlank();
            case "implementingBody" -> body = in.nonBlank();
            case "bodyKind" -> kind = in.constant(BodyKind.class);
            case "requiredBy" -> b.requiredBy(in.string());
            case "trigger" -> trigger = in.constant(Trigger.class);
            case "conductFacts" -> b.addAllConductFacts(in.list(CONDUCT_FACT));
            case "listing" -> b.listing(designation(in, c));
            case "citedBases" -> b.addAllCitedBases(in.list(DesignationJson.LEGAL_BASIS));
            case "duration" -> b.duration(in.period());
            case "leniencyAssessment" -> b.leniencyAssessment(in.value(LENIENCY));
            default -> throw in.unknownKey(name);
          }
        }
        return b.subject(in.required(subject, "subject")).jurisdiction(in.required(jurisdiction, "jurisdiction"))
            .date(in.required(date, "date")).measureCode(in.required(code, "measureCode"))
            .implementingBody(in.required(body, "implementingBody")).bodyKind(in.required(kind, "bodyKind"))
            .trigger(in.required(trigger, "trigger")).build();
      }
    };
  }

  /** A field value of a credit record: {@code {"<kind>": value}}. */
  private static JsonCodec<CreditRecord> recordCodec(Context c) {
    return new JsonCodec<>() {
      @Override
      public void write(JsonWriter out, CreditRecord r) {
        out.startObject().string("itemCode", r.itemCode());
        writeSubject(out, r.subject());
        if (!r.fields().isEmpty()) {
          out.value("fields", r.fields(), CatalogJson.FIELDS);
        }
        out.date("decisionDate", r.decisionDate()).string("documentNumber", r.documentNumber())
            .string("issuingDepartment", r.issuingDepartment()).constant("severityClass", r.severityClass())
            .date("submissionDate", r.submissionDate()).endObject();
      }

      @Override
      public CreditRecord read(JsonReader in) {
        CreditRecord.Builder b = CreditRecord.builder();
        String item = null;
        Subject subject = null;
        LocalDate decided = null;
        String number = null;
        String department = null;
        LocalDate submitted = null;
        in.startObject();
        for (String name; (name = in.nextName()) != null; ) {
          switch (name) {
            case "itemCode" -> item = in.string();
            case "subject" -> subject = readSubject(in, c);
            case "fields" -> b.putAllFields(in.value(CatalogJson.FIELDS));
            case "decisionDate" -> decided = in.date();
            case "documentNumber" -> number = in.string();
            case "issuingDepartment" -> department = in.string();
            case "severityClass" -> b.severityClass(in.constant(SeverityClass.class));
            case "submissionDate" -> submitted = in.date();
            default -> throw in.unknownKey(name);
          }
        }
        return b.itemCode(in.required(item, "itemCode")).subject(in.required(subject, "subject"))
            .decisionDate(in.required(decided, "decisionDate")).documentNumber(in.required(number, "documentNumber"))
            .issuingDepartment(in.required(department, "issuingDepartment"))
            .submissionDate(in.required(submitted, "submissionDate")).build();
      }
    };
  }

  private static JsonCodec<CreditCheckQuery> creditCheckQueryCodec(Context c) {
    JsonCodec<CreditRecord> records = recordCodec(c);
    return new JsonCodec<>() {
      @Override
      public void write(JsonWriter out, CreditCheckQuery q) {
        out.startObject();
        writeSubject(out, q.subject());
        out.constant("context", q.context()).string("jurisdiction", q.jurisdiction().code()).date("date", q.date())
            .string("department", q.department()).list("records", q.records(), records);
        writeDesignations(out, "designations", q.designations());
        out.number("unkeptCommitments", q.unkeptCommitments()).endObject();
      }

      @Override
      public CreditCheckQuery read(JsonReader in) {
        CreditCheckQuery.Builder b = CreditCheckQuery.builder();
        Subject subject = null;
        BusinessContext context = null;
        Jurisdiction jurisdiction = null;
        LocalDate date = null;
        String department = null;
        in.startObject();
        for (String name; (name = in.nextName()) != null; ) {
          switch (name) {
            case "subject" -> subject = readSubject(in, c);
            case "context" -> context = in.constant(BusinessContext.class);
            case "jurisdiction" -> jurisdiction = CoreJson.jurisdiction(in);
            case "date" -> date = in.date();
            case "department" -> department = in.nonBlank();
            case "records" -> b.addAllRecords(in.list(records));
            case "designations" -> b.addAllDesignations(readDesignations(in, c));
            case "unkeptCommitments" -> b.unkeptCommitments(in.intNumber(0, Integer.MAX_VALUE));
            default -> throw in.unknownKey(name);
          }
        }
        return b.subject(in.required(subject, "subject")).context(in.required(context, "context"))
            .jurisdiction(in.required(jurisdiction, "jurisdiction")).date(in.required(date, "date"))
            .department(in.required(department, "department")).build();
      }
    };
  }

  private static JsonCodec<EligibilityQuery> eligibilityQueryCodec(Context c) {
    JsonCodec<CreditRecord> records = recordCodec(c);
    return new JsonCodec<>() {
      @Override
      public void write(JsonWriter out, EligibilityQuery q) {
        out.startObject();
        writeSubject(out, q.subject());
        out.string("jurisdiction", q.jurisdiction().code()).date("date", q.date());
        writeDesignations(out, "designations", q.designations());
        out.list("dishonestyRecords", q.dishonestyRecords(), records).number("unkeptCommitments", q.unkeptCommitments())
            .endObject();
      }

      @Override
      public EligibilityQuery read(JsonReader in) {
        EligibilityQuery.Builder b = EligibilityQuery.builder();
        Subject subject = null;
        Jurisdiction jurisdiction = null;
        LocalDate date = null;
        in.startObject();
        for (String name; (name = in.nextName()) != null; ) {
          switch (name) {
            case "subject" -> subject = readSubject(in, c);
            case "jurisdiction" -> jurisdiction = CoreJson.jurisdiction(in);
            case "date" -> date = in.date();
            case "designations" -> b.addAllDesignations(readDesignations(in, c));
            case "dishonestyRecords" -> b.addAllDishonestyRecords(in.list(records));
            case "unkeptCommitments" -> b.unkeptCommitments(in.intNumber(0, Integer.MAX_VALUE));
            default -> throw in.unknownKey(name);
          }
        }
        return b.subject(in.required(subject, "subject")).jurisdiction(in.required(jurisdiction, "jurisdiction"))
            .date(in.required(date, "date")).build();
      }
    };
  }
}
