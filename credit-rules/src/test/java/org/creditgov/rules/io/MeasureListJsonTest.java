package org.creditgov.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.rules.incentive.IncentiveList;
import org.creditgov.rules.sanction.MeasureKind;
import org.creditgov.rules.sanction.MeasureList;
import org.creditgov.rules.sanction.MeasureListFormatException;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.legal.Instruments;
import org.creditgov.rules.incentive.IncentiveListFormatException;
import org.creditgov.rules.sanction.ResolvedMeasureList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading measure and incentive lists: whole and valid, or every problem with its location. */
class MeasureListJsonTest {

  @Test
  void theBundledListsLoadAndLabelWhatIsUnconfirmed() {
    MeasureList national = BundledLists.nationalModel();
    assertThat(national.isNational()).isTrue();
    assertThat(national.measures()).extracting(m -> m.code()).containsExactly(
        "NAT-2021-LICENCE-BAN", "NAT-2021-TENDER-BAN", "NAT-STAT-LEGAL-REP-BAN", "NAT-SPC-DEFAULTER-MARKET");
    assertThat(national.header().unconfirmed()).anyMatch(u -> u.startsWith("MODEL"));
    assertThat(national.measures()).allMatch(m -> m.source().isPresent());
    assertThat(national.measure("NAT-SPC-DEFAULTER-MARKET").orElseThrow().kind()).isEqualTo(MeasureKind.MARKET_AUTONOMOUS);
    assertThat(national.measure("NAT-2021-TENDER-BAN").orElseThrow().legalBases())
        .anyMatch(b -> b.level() == InstrumentLevel.ADMINISTRATIVE_REGULATION && b.article().orElse("").contains("第六十七条"));

    MeasureList example = BundledLists.qingtongxiaExample();
    assertThat(example.header().example()).isTrue();
    assertThat(example.header().unconfirmed()).anyMatch(u -> u.startsWith("EXAMPLE"));

    ResolvedMeasureList resolved = BundledLists.registry().resolve(Jurisdiction.of("640381"), java.time.LocalDate.of(2025, 6, 1))
        .orElseThrow();
    assertThat(resolved.measures()).hasSize(6);
    assertThat(resolved.ruleSetVersion())
        .hasToString("measure-list:cn-national-measures-model@2021-12-16+measure-list:qtx-640381-measures-example@2022-05-12");

    assertThat(national.header().proceduralBases()).containsExactly(Instruments.STATE_COUNCIL_OPINION_2020_49);
    assertThat(example.header().proceduralBases()).singleElement()
        .satisfies(b -> assertThat(b.title()).isEqualTo("青铜峡市进一步完善失信约束制度构建诚信建设长效机制任务分工方案"));
    IncentiveList incentives = BundledLists.qingtongxiaIncentives();
    assertThat(incentives.header().proceduralBases()).isEqualTo(example.header().proceduralBases());
    assertThat(incentives.incentives()).extracting(i -> i.code()).contains("QTX-INC-CREDIT-LENDING",
        "QTX-INC-FEWER-INSPECTIONS", "QTX-INC-FAST-TRACK-APPROVAL", "QTX-INC-PRIORITY-FUNDING",
        "QTX-INC-PRIORITY-PROCUREMENT", "QTX-INC-PRIORITY-TENDERING");
    assertThat(incentives.header().unconfirmed()).anyMatch(u -> u.contains("this library's reading"));
  }

  @Test
  void theDocumentedExampleLoads() throws IOException {
    Path doc = Path.of("..", "docs", "measure-list-format.md");
    String text = Files.readString(doc);
    List<String> blocks = jsonBlocks(text);
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
    MeasureList list = MeasureListJson.read(blocks.get(0), "measure-list-format.md#1");
    assertThat(list.measures()).isNotEmpty();
    IncentiveList incentives = MeasureListJson.readIncentives(blocks.get(1), "measure-list-format.md#2");
    assertThat(incentives.incentives()).isNotEmpty();
  }

  private static List<String> jsonBlocks(String markdown) {
    List<String> out = new java.util.ArrayList<>();
    int at = 0;
    while ((at = markdown.indexOf("```json\n", at)) >= 0) {
      int end = markdown.indexOf("```", at + 8);
      out.add(markdown.substring(at + 8, end));
      at = end + 3;
    }
    return out;
  }

  @Test
  void everyProblemOfAFileIsReportedWithItsLocationAndNoListIsReturned() {
    String json = bundled("national-model.json")
        .replace("\"kind\": \"RIGHTS_REDUCING\"", "\"kind\": \"rights_reducing\"")
        .replace("\"minimumSeverity\": \"SERIOUS\"", "\"minimumSeverity\": \"SERIOUS\", \"typo\": 1")
        .replace("\"ref\": \"bidding-law\"", "\"ref\": \"no-such-law\"");
    assertThatThrownBy(() -> MeasureListJson.read(json, "broken.json"))
        .isInstanceOfSatisfying(MeasureListFormatException.class, e -> {
          assertThat(e.problems()).extracting(p -> p.code() + " " + p.pointer()).containsExactly(
              "data.NOT_ALLOWED_VALUE /measures/0/kind", "data.NOT_ALLOWED_VALUE /measures/1/kind",
              "data.UNKNOWN_REFERENCE /measures/1/legalBases/0/ref",
              "data.UNKNOWN_KEY /measures/1/typo", "data.NOT_ALLOWED_VALUE /measures/2/kind",
              "data.UNKNOWN_KEY /measures/2/typo", "data.UNKNOWN_KEY /measures/3/typo");
          assertThat(e.problems()).allMatch(p -> p.source().equals("broken.json") && p.line().isPresent());
          assertThat(e.problems()).allMatch(p -> p.requirement().isPresent());
          assertThat(e.problems()).allSatisfy(p -> assertThat(p.messageZh()).isNotBlank());
        });
    assertThat(MeasureListJson.lint(json, "broken.json")).hasSize(7);
  }

  @Test
  void aListWhoseHeaderCannotBeReadStillGetsItsMeasuresProblemsInOnePass() {
    String json = bundled("national-model.json")
        .replace("\"id\": \"cn-national-measures-model\"", "\"id\": \"bad id\"")
        .replace("\"edition\": \"2021-model\",", "")
        .replace("\"bodyKinds\": [\"FINANCIAL_INSTITUTION\", \"CREDIT_SERVICE_AGENCY\", \"TRADE_ASSOCIATION\"]",
            "\"bodyKinds\": [\"PUBLIC_BODY\"]")
        .replace("\"code\": \"NAT-STAT-LEGAL-REP-BAN\"", "\"code\": \"NAT-2021-LICENCE-BAN\"")
        .replace("{\"ref\": \"licensing-law\", \"article\": \"第七十九条\"}",
            "{\"level\": \"LOCAL_REGULATION\", \"issuer\": \"河南省人民代表大会常务委员会\", \"title\": \"（测试）河南省社会信用条例\","
                + " \"effective\": {\"from\": \"2022-01-01\"}, \"jurisdiction\": \"410000\"}");
    List<DataProblem> problems = MeasureListJson.lint(json, "headless.json");
    assertThat(problems).extracting(p -> p.code() + " " + p.pointer()).containsExactly(
        "data.MISSING_KEY /edition", "data.INVALID_FORM /id",
        "data.BASIS_OF_OTHER_JURISDICTION /measures/0/legalBases/1",
        "data.DUPLICATE_CODE /measures/2/code",
        "sanction.BODY_KIND_MISMATCH /measures/3/bodyKinds");
    assertThat(problems.get(3).messageZh()).contains("/measures/0");
    assertThatThrownBy(() -> MeasureListJson.read(json, "headless.json")).isInstanceOfSatisfying(MeasureListFormatException.class,
        e -> assertThat(e.problems()).isEqualTo(problems));
  }

  @Test
  void referencesPeriodsAndDivisionsTheSchemaCannotJudgeAreProblemsToo() {
    String json = bundled("example-640381-qingtongxia.json")
        .replace("\"effective\": {\"from\": \"2022-05-12\"},\n  \"legalBasis\"",
            "\"effective\": {\"from\": \"2022-05-12\", \"until\": \"2022-05-12\"},\n  \"legalBasis\"")
        .replace("\"jurisdiction\": \"640000\"", "\"jurisdiction\": \"990000\"")
        .replace("\"opinion-49\"]", "\"opinion-50\"]")
        .replace("\"effective\": {\"from\": \"2022-01-01\"}, \"jurisdiction\"", "\"effective\": {\"from\": \"2022-02-30\"}, \"jurisdiction\"");
    assertThat(MeasureListJson.lint(json, "x.json")).extracting(p -> p.code() + " " + p.pointer()).containsExactly(
        "data.INVALID_VALUE /effective/until",
        "data.INVALID_VALUE /instruments/nx-local-regulation-placeholder/effective/from",
        "data.INVALID_VALUE /instruments/nx-local-regulation-placeholder/jurisdiction",
        "data.UNKNOWN_REFERENCE /measures/0/legalBases/1");
  }

  @Test
  void aBasisBelowTheLevelIsPlacedAtItsMeasure() {
    String json = bundled("national-model.json").replace("\"level\": \"LAW\", \"issuer\": \"全国人民代表大会常务委员会\", \"title\": \"中华人民共和国行政许可法\"",
        "\"level\": \"DEPARTMENT_RULE\", \"issuer\": \"全国人民代表大会常务委员会\", \"title\": \"中华人民共和国行政许可法\"");
    List<DataProblem> problems = MeasureListJson.lint(json, "low.json");
    assertThat(problems).extracting(DataProblem::code).containsExactly("data.BASIS_BELOW_REQUIRED_LEVEL");
    assertThat(problems.get(0).pointer()).isEqualTo("/measures/0/legalBases");
    assertThat(problems.get(0).requirement()).contains(RequirementId.SAN_2);
    assertThat(problems.get(0).line()).isPresent();
  }

  @Test
  void malformedJsonAndWrongFormatsAreProblemsNotOtherExceptions() {
    assertThat(MeasureListJson.lint("{\"format\": ", "cut.json")).extracting(DataProblem::code)
        .containsExactly("data.MALFORMED_JSON");
    assertThat(MeasureListJson.lint("{\"a\":1,\"a\":2}", "dup.json")).extracting(DataProblem::code)
        .containsExactly("data.UNKNOWN_FORMAT", "data.DUPLICATE_KEY");
    assertThat(MeasureListJson.lint(bundled("national-model.json").replace("creditgov-measure-list/1", "creditgov-measure-list/9"), "v9.json"))
        .extracting(DataProblem::code).containsExactly("data.UNKNOWN_FORMAT");
    assertThat(MeasureListJson.lintIncentives("[]", "arr.json")).extracting(DataProblem::code)
        .containsExactly("data.UNKNOWN_FORMAT");
    assertThat(MeasureListJson.lintIncentives(bundled("national-model.json"), "measures.json")).extracting(DataProblem::code)
        .as("a measure list is not an incentive list").containsExactly("data.UNKNOWN_FORMAT");
    assertThatThrownBy(() -> MeasureListJson.readIncentives("{}", "empty.json")).isInstanceOf(IncentiveListFormatException.class);
  }

  @Test
  void filesAreLintedTogether(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Files.writeString(a, bundled("national-model.json"));
    Files.writeString(b, bundled("national-model.json").replace("cn-national-measures-model", "copy"));
    assertThat(MeasureListJson.lintFiles(List.of(a, b))).extracting(DataProblem::code)
        .containsExactly("data.OVERLAPPING_VERSIONS");
    assertThat(MeasureListJson.lintFiles(List.of(b), "national-model.json")).as("checked against the bundled list by name")
        .extracting(DataProblem::code).containsExactly("data.OVERLAPPING_VERSIONS");
    Files.write(b, new byte[] {(byte) 0xC3, (byte) 0x28});
    assertThat(MeasureListJson.lintFiles(List.of(a, b))).extracting(DataProblem::code)
        .containsExactly("data.UNREADABLE");
  }

  private static String bundled(String name) {
    try (InputStream in = BundledLists.class.getResourceAsStream("/org/creditgov/rules/sanction/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
