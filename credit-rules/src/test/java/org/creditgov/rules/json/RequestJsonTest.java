package org.creditgov.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.Schemas;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.json.JsonFormException;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.CreditCheckQuery;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.RemovalReason;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.incentive.EligibilityQuery;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.BusinessContext;
import org.creditgov.rules.sanction.ConductFact;
import org.creditgov.rules.sanction.Intent;
import org.creditgov.rules.sanction.LeniencyAssessment;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.rules.sanction.Trigger;
import org.creditgov.testkit.CanonicalGenerators;
import org.creditgov.testkit.SanctionGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The request forms round-trip over generated requests — subjects of every type by reference,
 * listings by id, facts, bases, durations, assessments, records with field values of every kind —
 * and every encoded request validates against its schema. Unknown references are problems.
 */
class RequestJsonTest {

  /** A subject directory and designations by id, as a deployment would give them. */
  private static final class World {
    final SubjectDirectory subjects = SubjectDirectory.inMemory();
    final Map<DesignationId, Designation> designations = new HashMap<>();
    final Function<DesignationId, Optional<Designation>> lookup = id -> Optional.ofNullable(designations.get(id));

    Subject subject(SplittableRandom r) {
      Subject s = SanctionGenerators.subject(r, SubjectType.values()[r.nextInt(SubjectType.values().length)]);
      subjects.put(s);
      return s;
    }

    Designation listing(SplittableRandom r, Subject s) {
      LocalDate on = SanctionGenerators.date(r);
      boolean removed = r.nextBoolean();
      Designation d = SanctionGenerators.listing("GEN-L-" + r.nextInt(1_000_000), SanctionGenerators.TARGETED, s, on,
          removed ? Optional.of(RemovalReason.REPAIRED) : Optional.empty(), removed ? Optional.of(on.plusDays(30)) : Optional.empty());
      designations.put(d.id(), d);
      return d;
    }
  }

  private static ConductFact fact(SplittableRandom r) {
    ConductFact.Builder b = ConductFact.builder().field("领域" + r.nextInt(9) + CanonicalGenerators.text(r))
        .severityClass(SeverityClass.values()[r.nextInt(3)]).intent(Intent.values()[r.nextInt(3)])
        .forceMajeure(r.nextInt(4) == 0).date(SanctionGenerators.date(r));
    if (r.nextBoolean()) {
      b.document("罚〔2025〕" + r.nextInt(99) + "号");
    }
    return b.build();
  }

  private static SanctionRequest sanctionRequest(SplittableRandom r, World w) {
    Subject s = w.subject(r);
    SanctionRequest.Builder b = SanctionRequest.builder(s.type() == SubjectType.NATURAL_PERSON ? "M-" + r.nextInt(9) : "MEASURE",
        s, SanctionGenerators.date(r)).jurisdiction(SanctionGenerators.WHERE).implementingBody("测试局" + CanonicalGenerators.text(r))
        .bodyKind(BodyKind.values()[r.nextInt(BodyKind.values().length)]).trigger(Trigger.values()[r.nextInt(3)]);
    for (int i = r.nextInt(4); i > 0; i--) {
      b.addConductFacts(fact(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addCitedBases(CanonicalGenerators.legalBasis(r));
    }
    if (r.nextBoolean()) {
      b.listing(w.listing(r, s));
    }
    if (r.nextBoolean()) {
      b.duration(Period.of(r.nextInt(3), 1 + r.nextInt(11), r.nextInt(20)));
    }
    if (r.nextBoolean()) {
      b.requiredBy("要求机关" + r.nextInt(9));
    }
    if (r.nextBoolean()) {
      b.leniencyAssessment(LeniencyAssessment.builder().department("评估部门").documentNumber("评〔2025〕1号")
          .assessedOn(SanctionGenerators.date(r)).build());
    }
    return b.build();
  }

  private static CreditRecord record(SplittableRandom r, Subject s) {
    CreditRecord.Builder b = CreditRecord.builder().itemCode("ITEM-" + r.nextInt(20)).subject(s)
        .decisionDate(SanctionGenerators.date(r)).documentNumber("罚〔2024〕" + r.nextInt(99) + "号")
        .issuingDepartment("测试局").submissionDate(SanctionGenerators.date(r));
    if (r.nextBoolean()) {
      b.severityClass(SeverityClass.values()[r.nextInt(3)]);
    }
    Object[] values = {"罚款" + CanonicalGenerators.text(r), r.nextInt(), r.nextLong(), BigDecimal.valueOf(r.nextInt(1_000_000), 2),
        SanctionGenerators.date(r), r.nextBoolean()};
    for (int i = r.nextInt(5); i > 0; i--) {
      b.putField("field" + i, values[r.nextInt(values.length)]);
    }
    return b.build();
  }

  private static <T> void roundTrip(JsonForm<T> form, T value) {
    String json = form.encode(value);
    assertThat(Schemas.bundled().validate(JsonDocument.parse(json, "r.json"), form.schema())).as(json).isEmpty();
    assertThat(form.decode(json)).as(json).isEqualTo(value);
    assertThat(form.encode(form.decode(json))).isEqualTo(json);
  }

  @Test
  void sanctionRequestsRoundTrip() {
    Seeds.forEachSeed(300, seed -> {
      World w = new World();
      roundTrip(RequestJson.sanctionRequests(w.subjects, w.lookup), sanctionRequest(Seeds.random(seed), w));
    });
  }

  @Test
  void creditCheckQueriesRoundTrip() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      World w = new World();
      Subject s = w.subject(r);
      CreditCheckQuery.Builder b = CreditCheckQuery.builder().subject(s)
          .context(BusinessContext.values()[r.nextInt(BusinessContext.values().length)]).jurisdiction(SanctionGenerators.WHERE)
          .date(SanctionGenerators.date(r)).department("青铜峡市测试局").unkeptCommitments(r.nextInt(3));
      for (int i = r.nextInt(4); i > 0; i--) {
        b.addRecords(record(r, s));
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        b.addDesignations(w.listing(r, s));
      }
      roundTrip(RequestJson.creditCheckQueries(w.subjects, w.lookup), b.build());
    });
  }

  @Test
  void eligibilityQueriesRoundTrip() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      World w = new World();
      Subject s = w.subject(r);
      EligibilityQuery.Builder b = EligibilityQuery.builder().subject(s).jurisdiction(SanctionGenerators.WHERE)
          .date(SanctionGenerators.date(r)).unkeptCommitments(r.nextInt(3));
      for (int i = r.nextInt(4); i > 0; i--) {
        b.addDishonestyRecords(record(r, s));
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        b.addDesignations(w.listing(r, s));
      }
      roundTrip(RequestJson.eligibilityQueries(w.subjects, w.lookup), b.build());
    });
  }

  /** CAT-1: a record alone reads back equal, its subject by reference; an unknown subject is a located problem. */
  @Test
  void creditRecordsRoundTripAndNameTheirSubjectByReference() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      World w = new World();
      Subject s = w.subject(r);
      CreditRecord rec = record(r, s);
      roundTrip(RequestJson.creditRecords(w.subjects), rec);
      String json = RequestJson.creditRecords(w.subjects).encode(rec);
      assertThat(json).startsWith("{\"format\":\"creditgov-credit-record/1\"").doesNotContain(
          s instanceof org.creditgov.core.subject.NaturalPerson p ? p.name() : ((org.creditgov.core.subject.Organisation) s).name());
      Throwable unknown = catchThrowable(() -> RequestJson.creditRecords(new World().subjects).decode(json));
      assertThat(((JsonFormException) unknown).problems().get(0).pointer()).isEqualTo("/subject");
    });
  }

  @Test
  void aRequestNamesItsSubjectByReferenceAndItsListingById() {
    World w = new World();
    SplittableRandom r = Seeds.random(1);
    SanctionRequest request = sanctionRequest(r, w).toBuilder().listing(w.listing(r, w.subject(r))).build();
    String json = RequestJson.sanctionRequests(w.subjects, w.lookup).encode(request);
    assertThat(json).contains("\"listing\":\"" + request.listing().orElseThrow().id().value() + "\"")
        .doesNotContain("测试人").doesNotContain("测试企业");
    World empty = new World();
    Throwable noSubject = catchThrowable(() -> RequestJson.sanctionRequests(empty.subjects, w.lookup).decode(json));
    assertThat(((JsonFormException) noSubject).problems().get(0).pointer()).isEqualTo("/subject");
    Throwable noListing = catchThrowable(() -> RequestJson.sanctionRequests(w.subjects, empty.lookup).decode(json));
    assertThat(((JsonFormException) noListing).problems().get(0).code()).isEqualTo("data.UNKNOWN_REFERENCE");
    assertThat(((JsonFormException) noListing).problems().get(0).pointer()).isEqualTo("/listing");
  }

  @Test
  void aFieldValueOfAnotherTypeHasNoForm() {
    World w = new World();
    Subject s = w.subject(Seeds.random(2));
    CreditRecord odd = record(Seeds.random(2), s).toBuilder().putField("list", List.of(1)).build();
    EligibilityQuery q = EligibilityQuery.builder().subject(s).jurisdiction(SanctionGenerators.WHERE).date(LocalDate.of(2025, 1, 1))
        .addDishonestyRecords(odd).build();
    assertThatIllegalArgumentException().isThrownBy(() -> RequestJson.eligibilityQueries(w.subjects, w.lookup).encode(q));
  }
}
