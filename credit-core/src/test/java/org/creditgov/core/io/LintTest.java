package org.creditgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.creditgov.core.RequirementId;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.PublicationRegime;
import org.creditgov.core.catalog.io.CatalogFormat;
import org.creditgov.core.catalog.io.RegimesFormat;
import org.creditgov.core.data.DataProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The one lint of the data formats: each file alone, then the rules across files, with the bundled data by name. */
class LintTest {

  private static final Lint LINT = Lint.standard();

  /** A county supplement whose items are published by the national and market-regulation regimes. */
  private static final String SUPPLEMENT = """
      {
        "format": "creditgov-catalog/1",
        "id": "qtx-lint",
        "title": {"zh": "青铜峡市补充目录（测试）"},
        "edition": "2025",
        "jurisdiction": "640381",
        "effective": {"from": "2025-01-01"},
        "legalBasis": {"level": "NORMATIVE_DOCUMENT", "issuer": "青铜峡市发展和改革局", "title": "补充目录",
                       "effective": {"from": "2025-01-01"}, "jurisdiction": "640381"},
        "instruments": {
          "opinion-49": {"level": "CENTRAL_POLICY_DOCUMENT", "issuer": "国务院办公厅",
                         "title": "国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见",
                         "documentNumber": "国办发〔2020〕49号", "effective": {"from": "2020-12-07"}}
        },
        "categories": [{"code": "C1", "name": {"zh": "行政管理信息", "en": "Administrative information"}}],
        "items": [
          {
            "code": "QTX-PENALTY",
            "name": {"zh": "县级行政处罚信息", "en": "County penalties"},
            "category": "C1",
            "subjectTypes": ["LEGAL_PERSON"],
            "sourceDepartment": "青铜峡市市场监督管理局",
            "legalBases": ["opinion-49"],
            "sharing": {"kind": "UNCONDITIONAL"},
            "disclosure": "PUBLIC",
            "publication": {"rule": "REGIME", "series": ["market-regulation", "national"]},
            "severityClasses": ["GENERAL"],
            "updateDeadlineWorkingDays": 7,
            "fields": [{"name": "note", "label": "说明", "type": "TEXT", "sensitivity": "PUBLIC"}]
          }
        ]
      }
      """;

  @Test
  void theFormatsRegisterThemselvesThroughTheServiceLoader() {
    assertThat(LINT.formats()).extracting(f -> (Object) f.getClass()).contains(CatalogFormat.class, RegimesFormat.class);
    assertThat(LINT.formats()).extracting(f -> f.versions().get(0).name())
        .contains("creditgov-catalog/1", "creditgov-publication-regimes/1", "creditgov-holiday-calendar/1");
    assertThat(LINT.bundledNames()).contains("bundled:national-2024", "bundled:publication-regimes",
        "bundled:example-640000-ningxia", "bundled:example-640300-wuzhong", "bundled:example-640381-qingtongxia");
  }

  @Test
  void CAT_6_aCatalogLintedWithTheBundledRegimesByNameHasNoSpuriousUnknownSeries() {
    LintReport alone = LINT.lintInputs(List.of(Lint.Input.text("qtx.json", SUPPLEMENT)));
    assertThat(alone.problems()).extracting(DataProblem::code, DataProblem::pointer).containsExactly(
        tuple("catalog.UNKNOWN_REGIME_SERIES", "/items/0/publication/series/0"),
        tuple("catalog.UNKNOWN_REGIME_SERIES", "/items/0/publication/series/1"));
    LintReport withRegimes = LINT.lintInputs(List.of(Lint.Input.text("qtx.json", SUPPLEMENT),
        Lint.Input.named("bundled:publication-regimes"), Lint.Input.named("bundled:national-2024")));
    assertThat(withRegimes.problems()).as(withRegimes.human(Locale.ROOT)).isEmpty();
    assertThat(withRegimes.isClean()).isTrue();
    assertThat(withRegimes.documents()).isEqualTo(3);
    assertThat(LINT.lint(LINT.bundledNames().asList()).problems()).isEmpty();
  }

  @Test
  void CAT_4_theRulesAcrossFilesAreAppliedToTheFilesOfOneKind(@TempDir Path dir) throws IOException {
    Path national = Files.writeString(dir.resolve("national.json"), LINT.formats().stream()
        .filter(f -> f.valueType() == Catalog.class).findFirst().orElseThrow().bundledText("national-2024"));
    Path clash = Files.writeString(dir.resolve("clash.json"), SUPPLEMENT.replace("QTX-PENALTY", "NAT-ADMIN-PENALTY"));
    Path twice = Files.writeString(dir.resolve("twice.json"), SUPPLEMENT.replace("QTX-PENALTY", "QTX-OTHER"));
    LintReport report = LINT.lint(national.toString(), clash.toString(), twice.toString(), "bundled:publication-regimes");
    assertThat(report.problems()).extracting(DataProblem::code, DataProblem::source, DataProblem::pointer).containsExactly(
        tuple("data.REDEFINES_HIGHER_LAYER_ENTRY", clash.toString(), "/items/0/code"),
        tuple("data.DUPLICATE_ID", twice.toString(), "/id"),
        tuple("data.OVERLAPPING_VERSIONS", twice.toString(), "/effective"));
    assertThat(report.problems()).allSatisfy(p -> {
      assertThat(p.requirement()).contains(RequirementId.CAT_4);
      assertThat(p.line()).isPresent();
    });
  }

  @Test
  void REP_4_overlappingRegimesOfTwoFilesAreFoundAndABrokenRegimesFileStopsTheSeriesRule() {
    LintReport twice = LINT.lint("bundled:publication-regimes", "bundled:publication-regimes", "bundled:national-2024");
    assertThat(twice.problems()).extracting(DataProblem::code).contains("data.DUPLICATE_ID", "data.OVERLAPPING_VERSIONS")
        .doesNotContain("catalog.UNKNOWN_REGIME_SERIES");
    LintReport broken = LINT.lintInputs(List.of(Lint.Input.text("qtx.json", SUPPLEMENT),
        Lint.Input.text("regimes.json", "{\"format\": \"creditgov-publication-regimes/1\", \"regimes\": [{\"id\": \"x\"}]}")));
    assertThat(broken.problems()).extracting(DataProblem::source).containsOnly("regimes.json");
    assertThat(broken.problems()).extracting(DataProblem::code).doesNotContain("catalog.UNKNOWN_REGIME_SERIES");
  }

  @Test
  void aHolidayCalendarIsLintedBesideTheCatalogs() {
    String calendar = org.creditgov.core.io.calendar.HolidayCalendarJson.write(org.creditgov.core.time.WorkingDayCalendar.china());
    assertThat(LINT.lintInputs(List.of(Lint.Input.text("calendar.json", calendar), Lint.Input.named("bundled:publication-regimes")))
        .problems()).isEmpty();
    LintReport broken = LINT.lintInputs(List.of(Lint.Input.text("calendar.json", calendar.replaceFirst("\"year\": 2020", "\"year\": \"2020\""))));
    assertThat(broken.problems()).extracting(DataProblem::code, DataProblem::pointer)
        .contains(tuple("data.WRONG_JSON_TYPE", "/notices/0/year"));
  }

  @Test
  void anUnknownFormatAnUnknownBundleAndAMissingFileAreProblemsOfTheirOwn() {
    LintReport report = LINT.lintInputs(List.of(
        Lint.Input.text("other.json", "{\"format\": \"creditgov-something/1\"}"),
        Lint.Input.text("broken.json", "{"),
        Lint.Input.named("bundled:nothing"),
        Lint.Input.named(Path.of("does-not-exist.json").toString())));
    assertThat(report.problems()).extracting(DataProblem::source, DataProblem::code).containsExactly(
        tuple("other.json", "data.UNKNOWN_FORMAT"),
        tuple("broken.json", "data.MALFORMED_JSON"),
        tuple("bundled:nothing", "data.UNREADABLE"),
        tuple("does-not-exist.json", "data.UNREADABLE"));
    assertThat(report.problems().get(0).messageEn()).contains("creditgov-catalog/1").contains("creditgov-publication-regimes/1");
    assertThat(report.problems().get(2).messageEn()).contains("bundled:national-2024");
  }

  @Test
  void theHumanRenderingIsOneLinePerProblemInEitherLanguage() {
    LintReport report = LINT.lintInputs(List.of(Lint.Input.text("qtx.json",
        SUPPLEMENT.replace("\"sensitivity\": \"PUBLIC\"}]", "\"sensitivity\": \"PUBLIC\", \"typo\": 1}]"))));
    assertThat(report.problems()).hasSize(1);
    String zh = report.human(Locale.SIMPLIFIED_CHINESE);
    String en = report.human(Locale.ENGLISH);
    assertThat(zh.lines()).hasSize(report.problems().size());
    assertThat(en.lines()).hasSize(report.problems().size());
    assertThat(zh.lines().findFirst().orElseThrow()).startsWith("qtx.json:").contains("[data.UNKNOWN_KEY, CAT-3]")
        .contains("键“typo”不是本格式规定的键").contains("（位置 /items/0/fields/0/typo）");
    assertThat(en.lines().findFirst().orElseThrow()).contains("The key \"typo\" is not defined by the format")
        .contains("(at /items/0/fields/0/typo)");
    assertThat(report.summary(Locale.SIMPLIFIED_CHINESE)).isEqualTo("检查了1个文件，发现" + report.problems().size() + "个问题。");
    assertThat(LINT.lint("bundled:national-2024", "bundled:publication-regimes").human(Locale.ROOT)).isEmpty();
  }

  @Test
  void theJsonRenderingFollowsItsSchemaAndKeepsEveryFact() {
    LintReport report = LINT.lintInputs(List.of(
        Lint.Input.text("qtx.json", SUPPLEMENT.replace("\"updateDeadlineWorkingDays\": 7", "\"updateDeadlineWorkingDays\": 9999")),
        Lint.Input.named("bundled:publication-regimes"),
        Lint.Input.named("bundled:publication-regimes")));
    assertThat(report.problems()).isNotEmpty();
    String json = report.json();
    JsonDocument doc = JsonDocument.parse(json, "report.json");
    assertThat(doc.syntaxProblems()).isEmpty();
    assertThat(Schemas.bundled().validate(doc, "data-problems-1.schema.json")).isEmpty();
    JsonNode root = doc.root().orElseThrow();
    assertThat(root.get("format").asString()).isEqualTo("creditgov-data-problems/1");
    assertThat(root.get("problems").size()).isEqualTo(report.problems().size());
    JsonNode first = root.get("problems").get(0);
    DataProblem p = report.problems().get(0);
    assertThat(first.get("code").asString()).isEqualTo(p.code());
    assertThat(first.get("source").asString()).isEqualTo("qtx.json");
    assertThat(first.get("line").asInt()).isEqualTo(p.line().orElseThrow());
    assertThat(first.get("requirement").asString()).isEqualTo(p.requirement().orElseThrow().id());
    assertThat(first.get("message").get("zh").asString()).isEqualTo(p.messageZh());
    assertThat(first.get("facts").size()).isEqualTo(p.facts().size());
    // a problem between the two regimes files: its facts are typed ({"code": …}, {"text": {"zh", "en"}} …)
    JsonNode overlap = null;
    for (JsonNode n : root.get("problems")) {
      if (n.get("code").asString().equals("data.OVERLAPPING_VERSIONS")) {
        overlap = n;
      }
    }
    assertThat(overlap).isNotNull();
    assertThat(overlap.get("facts").get("id").get("code").isString()).isTrue();
    assertThat(overlap.get("facts").get("period").get("text").get("zh").asString()).startsWith("自");
  }

  @Test
  void theExampleOfTheFormatsGuideIsWhatLintWrites() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "formats.md"), StandardCharsets.UTF_8);
    int at = guide.indexOf("```json\n{\n  \"format\": \"creditgov-data-problems/1\"");
    String example = guide.substring(at + 8, guide.indexOf("```", at + 8));
    assertThat(Schemas.bundled().validate(JsonDocument.parse(example, "formats.md"), "data-problems-1.schema.json")).isEmpty();
    // the same problem, made by lint from the catalog example of catalog-format.md with one category mistyped
    String doc = Files.readString(Path.of("..", "docs", "catalog-format.md"), StandardCharsets.UTF_8);
    int c = doc.indexOf("```json\n");
    String catalog = doc.substring(c + 8, doc.indexOf("```", c + 8)).replace("\"category\": \"C2\"", "\"category\": \"C9\"");
    LintReport report = LINT.lintInputs(List.of(Lint.Input.text("qingtongxia-2025.json", catalog),
        Lint.Input.named("bundled:publication-regimes"), Lint.Input.named("bundled:national-2024")));
    JsonNode written = JsonDocument.parse(report.json(), "r").root().orElseThrow();
    JsonNode expected = JsonDocument.parse(example, "e").root().orElseThrow();
    assertThat(written).isEqualTo(expected);
    assertThat(guide).contains(report.human(Locale.SIMPLIFIED_CHINESE).strip());
  }

  @Test
  void aLintOfTheGivenFormatsRefusesTwoFormatsReadingOneName() {
    DataFormat<Catalog> again = new CatalogFormat();
    assertThat(Lint.of(List.of(new CatalogFormat(), new RegimesFormat())).formats()).hasSize(2);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Lint.of(List.of(new CatalogFormat(), again)));
    assertThat(Lint.of(List.<DataFormat<?>>of()).lint("bundled:publication-regimes").problems())
        .extracting(DataProblem::code).containsExactly("data.UNREADABLE");
    assertThat(new RegimesFormat().valueType()).isEqualTo(PublicationRegime.class);
    assertThat(Files.exists(Path.of("src/main/resources/META-INF/services/org.creditgov.core.io.DataFormat"))).isTrue();
    assertThat(readServices()).containsExactly("org.creditgov.core.catalog.io.CatalogFormat", "org.creditgov.core.catalog.io.RegimesFormat",
        "org.creditgov.core.io.calendar.HolidayCalendarFormat");
  }

  private static List<String> readServices() {
    try {
      return Files.readAllLines(Path.of("src/main/resources/META-INF/services/org.creditgov.core.io.DataFormat"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
