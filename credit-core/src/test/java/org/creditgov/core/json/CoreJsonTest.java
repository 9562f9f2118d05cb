package org.creditgov.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.creditgov.core.Bilingual;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.Schemas;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.ruleset.RuleSetFinding;
import org.creditgov.core.text.Fact;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.core.verdict.RuleSetVersion;
import org.creditgov.core.verdict.Severity;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.testkit.CanonicalGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The canonical forms of credit-core's types: decode(encode(x)) equals x and encoding is
 * deterministic over generated values, every encoded document validates against its schema, a
 * finding of an unknown code keeps what it carried, and a bad document is one located problem.
 */
class CoreJsonTest {

  private static final List<JsonTestFinding> TYPES = List.of(JsonTestFinding.values());
  private static final FindingTypes REGISTRY = FindingTypes.discovered().with(TYPES);
  private static final JsonForm<Verdict> VERDICT = CoreJson.verdict(REGISTRY);
  private static final JsonForm<Finding> FINDING = CoreJson.finding(REGISTRY);
  private static final JsonForm<ImmutableList<Finding>> FINDING_LIST = CoreJson.findingList(REGISTRY);

  /** Round trip, determinism and schema validity of one form over 300 generated values. */
  private static <T> void roundTrips(JsonForm<T> form, Function<SplittableRandom, T> generate) {
    Seeds.forEachSeed(300, seed -> {
      T value = generate.apply(Seeds.random(seed));
      String json = form.encode(value);
      assertThat(json).startsWith("{\"format\":\"" + form.format() + "\"");
      assertThat(Schemas.bundled().validate(JsonDocument.parse(json, "x.json"), form.schema())).as(json).isEmpty();
      T back = form.decode(json);
      assertThat(back).as(json).isEqualTo(value);
      assertThat(form.encode(value)).isEqualTo(json);
      assertThat(form.encode(back)).isEqualTo(json);
    });
  }

  @Test
  void verdictsRoundTrip() {
    roundTrips(VERDICT, r -> CanonicalGenerators.verdict(r, TYPES));
  }

  @Test
  void findingsRoundTrip() {
    roundTrips(FINDING, r -> CanonicalGenerators.finding(r, TYPES));
  }

  @Test
  void findingListsRoundTrip() {
    roundTrips(FINDING_LIST, r -> {
      ImmutableList.Builder<Finding> b = ImmutableList.builder();
      for (int i = r.nextInt(4); i > 0; i--) {
        b.add(CanonicalGenerators.finding(r, TYPES));
      }
      return b.build();
    });
  }

  @Test
  void ruleSetVersionsRoundTrip() {
    roundTrips(CoreJson.RULE_SET_VERSION, CanonicalGenerators::ruleSetVersion);
  }

  @Test
  void legalBasesRoundTrip() {
    roundTrips(CoreJson.LEGAL_BASIS, CanonicalGenerators::legalBasis);
  }

  @Test
  void subjectRefsRoundTrip() {
    roundTrips(CoreJson.SUBJECT_REF, CanonicalGenerators::subjectRef);
  }

  @Test
  void theDocumentedVerdictExampleIsExactlyWhatIsWritten() {
    Verdict v = Verdict.builder()
        .addFindings(Finding.of(JsonTestFinding.LATE, Instruments.STATE_COUNCIL_OPINION_2020_49,
            Fact.workingDays("late", 2), Fact.date("deadline", LocalDate.of(2025, 5, 9))))
        .ruleSetVersion(RuleSetVersion.parse("list-types:cn-example@2021-09-01"))
        .build();
    String json = VERDICT.encode(v);
    assertThat(json).isEqualTo("{\"format\":\"creditgov-verdict/1\",\"outcome\":\"ALLOWED\","
        + "\"ruleSetVersion\":{\"layers\":[{\"kind\":\"list-types\",\"id\":\"cn-example\",\"effectiveFrom\":\"2021-09-01\"}]},"
        + "\"findings\":[{\"code\":\"json.LATE\",\"requirement\":\"DES_4\",\"severity\":\"WARNING\",\"legalBases\":[{"
        + "\"level\":\"CENTRAL_POLICY_DOCUMENT\",\"issuer\":\"国务院办公厅\","
        + "\"title\":\"国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见\",\"documentNumber\":\"国办发〔2020〕49号\","
        + "\"effective\":{\"from\":\"2020-12-07\"}}],"
        + "\"facts\":{\"late\":{\"workingDays\":2},\"deadline\":{\"date\":\"2025-05-09\"}}}]}");
    String withMessages = VERDICT.withMessages().encode(v);
    assertThat(withMessages).contains("\"messages\":{\"zh\":\"该步骤超期2个工作日。\",\"en\":\"The step was taken 2 working days late.\"}");
    assertThat(Schemas.bundled().validate(JsonDocument.parse(withMessages, "m.json"), "verdict-1.schema.json")).isEmpty();
    assertThat(VERDICT.decode(withMessages)).isEqualTo(v);
  }

  @Test
  void messagesAreIgnoredOnInputAndTheOutcomeIsDerived() {
    Verdict v = VERDICT.decode("{\"format\":\"creditgov-verdict/1\",\"outcome\":\"ALLOWED\",\"findings\":[{"
        + "\"code\":\"json.MISSING_BASIS\",\"requirement\":\"LB_2\",\"severity\":\"ERROR\","
        + "\"legalBases\":[{\"level\":\"LAW\",\"issuer\":\"a\",\"title\":\"b\",\"effective\":{\"from\":\"2000-01-01\"}}],"
        + "\"messages\":{\"zh\":\"胡说\",\"en\":\"nonsense\"}}]}");
    assertThat(v.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(v.findings().get(0).type()).isEqualTo(JsonTestFinding.MISSING_BASIS);
    assertThat(v.findings().get(0).messageEn()).isEqualTo("The act has no basis.");
  }

  @Test
  void aFindingOfAnUnknownCodeKeepsItsCodeRequirementSeverityAndTexts() {
    String json = "{\"format\":\"creditgov-finding/1\",\"code\":\"audit.CHECKPOINT_NOT_SIGNED\",\"requirement\":\"SEC_2\","
        + "\"severity\":\"REVIEW\",\"legalBases\":[{\"level\":\"LAW\",\"issuer\":\"a\",\"title\":\"b\","
        + "\"effective\":{\"from\":\"2000-01-01\"}}],\"facts\":{\"at\":{\"count\":3}},"
        + "\"messages\":{\"zh\":\"检查点{3}未签名。\",\"en\":\"Checkpoint {3} is not signed.\"}}";
    Finding f = CoreJson.FINDING.decode(json);
    assertThat(f.type()).isInstanceOf(UnknownFindingType.class);
    assertThat(f.code()).isEqualTo("audit.CHECKPOINT_NOT_SIGNED");
    assertThat(f.type().namespace()).isEqualTo("audit");
    assertThat(f.requirement()).isEqualTo(RequirementId.SEC_2);
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.messageZh()).isEqualTo("检查点{3}未签名。");
    assertThat(f.messageEn()).isEqualTo("Checkpoint {3} is not signed.");
    assertThat(Verdict.of(List.of(f)).outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(CoreJson.FINDING.encode(f)).isEqualTo(json); // written back as it was read, texts included
    assertThat(CoreJson.FINDING.decode(json)).isEqualTo(f);
    // without texts, the code stands in for them
    Finding bare = CoreJson.FINDING.decode(json.replaceAll(",\"messages\":\\{.*\\}\\}$", "}"));
    assertThat(bare.messageEn()).isEqualTo("audit.CHECKPOINT_NOT_SIGNED");
  }

  @Test
  void theLibrarysFindingTypesAreFoundByCode() {
    assertThat(FindingTypes.discovered().find("ruleset.NOT_IN_FORCE")).contains(RuleSetFinding.NOT_IN_FORCE);
    assertThat(FindingTypes.discovered().find("catalog.ITEM_NOT_IN_CATALOG")).isPresent();
    assertThat(FindingTypes.discovered().find("json.LATE")).isEmpty();
    assertThat(REGISTRY.find("json.LATE")).contains(JsonTestFinding.LATE);
    assertThatIllegalStateException().isThrownBy(() -> REGISTRY.with(List.of(
        new UnknownFindingType("json.LATE", RequirementId.P_1, Severity.INFO, Bilingual.of("x", "x")))));
    assertThatIllegalArgumentException().isThrownBy(() -> new UnknownFindingType("nodot", RequirementId.P_1,
        Severity.INFO, Bilingual.of("x", "x")));
  }

  private static DataProblem problem(JsonForm<?> form, String json) {
    Throwable t = catchThrowable(() -> form.decode(json, "in.json"));
    assertThat(t).as(json).isInstanceOf(JsonFormException.class);
    List<DataProblem> problems = ((JsonFormException) t).problems();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).source()).isEqualTo("in.json");
    return problems.get(0);
  }

  @Test
  void aBadDocumentIsOneLocatedProblemWithItsCode() {
    JsonForm<RuleSetVersion> f = CoreJson.RULE_SET_VERSION;
    String ok = "{\"format\":\"creditgov-rule-set-version/1\",\"layers\":[{\"kind\":\"k\",\"id\":\"i\",\"effectiveFrom\":\"2024-03-04\"}]}";
    assertThat(f.decode(ok)).isEqualTo(RuleSetVersion.parse("k:i@2024-03-04"));
    assertThat(problem(f, "{\"format\":").code()).isEqualTo("data.MALFORMED_JSON");
    assertThat(problem(f, ok + " 1").code()).isEqualTo("data.MALFORMED_JSON");
    assertThat(problem(f, "[1]").code()).isEqualTo("data.UNKNOWN_FORMAT");
    assertThat(problem(f, "{\"layers\":[]}").code()).isEqualTo("data.MISSING_KEY");
    DataProblem version = problem(f, ok.replace("/1", "/7"));
    assertThat(version.code()).isEqualTo("data.UNKNOWN_FORMAT");
    assertThat(version.pointer()).isEqualTo("/format");
    assertThat(problem(f, ok.replace("rule-set-version", "verdict")).code()).isEqualTo("data.UNKNOWN_FORMAT");
    DataProblem date = problem(f, ok.replace("2024-03-04", "2024-02-30"));
    assertThat(date.code()).isEqualTo("data.INVALID_FORM");
    assertThat(date.pointer()).isEqualTo("/layers/0/effectiveFrom");
    assertThat(date.line()).hasValue(1);
    assertThat(date.messageZh()).contains("日期");
    DataProblem key = problem(f, ok.replace("\"id\":", "\"ID\":"));
    assertThat(key.code()).isEqualTo("data.UNKNOWN_KEY");
    assertThat(key.pointer()).isEqualTo("/layers/0/ID");
    DataProblem missing = problem(f, ok.replace("\"id\":\"i\",", ""));
    assertThat(missing.code()).isEqualTo("data.MISSING_KEY");
    assertThat(missing.pointer()).isEqualTo("/layers/0/id");
    DataProblem type = problem(f, ok.replace("[{", "{").replace("}]", "}"));
    assertThat(type.code()).isEqualTo("data.WRONG_JSON_TYPE");
    assertThat(type.pointer()).isEqualTo("/layers");
    DataProblem twice = problem(f, ok.replace("\"id\":\"i\"", "\"id\":\"i\",\"id\":\"j\""));
    assertThat(twice.code()).isEqualTo("data.DUPLICATE_KEY");
    DataProblem reserved = problem(f, ok.replace("\"id\":\"i\"", "\"id\":\"a:b\""));
    assertThat(reserved.code()).isEqualTo("data.INVALID_VALUE");
    assertThat(reserved.pointer()).startsWith("/layers/0");
    // the format key need not be first: such a document is read all the same
    assertThat(f.decode("{\"layers\":[{\"kind\":\"k\",\"id\":\"i\",\"effectiveFrom\":\"2024-03-04\"}],"
        + "\"format\":\"creditgov-rule-set-version/1\"}")).isEqualTo(f.decode(ok));
  }

  @Test
  void aJurisdictionAndAFactAreCheckedAsTheyAreRead() {
    String basis = "{\"format\":\"creditgov-legal-basis/1\",\"level\":\"LOCAL_REGULATION\",\"issuer\":\"a\",\"title\":\"b\","
        + "\"effective\":{\"from\":\"2000-01-01\"},\"jurisdiction\":\"640000\"}";
    assertThat(CoreJson.LEGAL_BASIS.decode(basis).jurisdiction()).contains(Jurisdiction.of("640000"));
    assertThat(problem(CoreJson.LEGAL_BASIS, basis.replace("640000", "990000")).code()).isEqualTo("data.INVALID_FORM");
    // a local regulation must name its jurisdiction: the type refuses it, at the document
    assertThat(problem(CoreJson.LEGAL_BASIS, basis.replace(",\"jurisdiction\":\"640000\"", "")).code())
        .isEqualTo("data.INVALID_VALUE");
    String finding = "{\"format\":\"creditgov-finding/1\",\"code\":\"json.LATE\",\"requirement\":\"DES_4\",\"severity\":\"WARNING\","
        + "\"legalBases\":[{\"level\":\"LAW\",\"issuer\":\"a\",\"title\":\"b\",\"effective\":{\"from\":\"2000-01-01\"}}],"
        + "\"facts\":{\"late\":{\"workingDays\":-1}}}";
    DataProblem negative = problem(FINDING, finding);
    assertThat(negative.code()).isEqualTo("data.OUT_OF_RANGE");
    assertThat(negative.pointer()).isEqualTo("/facts/late/workingDays");
    assertThat(problem(FINDING, finding.replace("{\"workingDays\":-1}", "{\"workingDays\":1,\"count\":2}")).code())
        .isEqualTo("data.UNKNOWN_KEY");
    assertThat(problem(FINDING, finding.replace("{\"workingDays\":-1}", "{\"colour\":1}")).code()).isEqualTo("data.UNKNOWN_KEY");
    String valid = finding.replace("-1", "1");
    assertThat(FINDING.decode(valid).fact("late")).isPresent();
    assertThat(problem(FINDING, valid.replace("\"legalBases\":[{\"level\":\"LAW\",\"issuer\":\"a\",\"title\":\"b\","
        + "\"effective\":{\"from\":\"2000-01-01\"}}]", "\"legalBases\":[]")).code()).isEqualTo("data.INVALID_VALUE");
    assertThat(problem(FINDING, valid.replace("\"DES_4\"", "\"DES_99\"")).code()).isEqualTo("data.NOT_ALLOWED_VALUE");
  }

  @Test
  void factsOfEveryKindAreWrittenAsTheirKind() {
    Finding f = Finding.of(JsonTestFinding.LATE, Instruments.STATE_COUNCIL_OPINION_2020_49,
        Fact.text("plain", "x"), Fact.text("both", Bilingual.of("中", "en")), Fact.amount("fine", new java.math.BigDecimal("5000.00")),
        Fact.period("p", java.time.Period.ofYears(3)), Fact.instant("at", java.time.Instant.parse("2025-04-21T02:00:00Z")));
    String json = FINDING.encode(f);
    assertThat(json).contains("\"plain\":{\"text\":\"x\"}", "\"both\":{\"text\":{\"zh\":\"中\",\"en\":\"en\"}}",
        "\"fine\":{\"amount\":\"5000.00\"}", "\"p\":{\"period\":\"P3Y\"}", "\"at\":{\"instant\":\"2025-04-21T02:00:00Z\"}");
    assertThat(FINDING.decode(json)).isEqualTo(f);
    assertThatIllegalArgumentException().isThrownBy(() -> FINDING.encode(Finding.of(JsonTestFinding.LATE,
        Instruments.STATE_COUNCIL_OPINION_2020_49, Fact.count("n", 1), Fact.count("n", 2))));
  }
}
