package org.creditgov.core.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogFormatException;
import org.creditgov.core.catalog.CatalogProblem;
import org.creditgov.core.catalog.CatalogProblem.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogJsonTest {

  /** A small valid county supplement, as a credit office would write it. */
  static final String VALID =
      """
      {
        "format": "creditgov-catalog/1",
        "id": "qtx-test",
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
        "categories": [{"code": "C1", "name": {"zh": "信用承诺信息", "en": "Credit commitments"}}],
        "items": [
          {
            "code": "QTX-1",
            "name": {"zh": "信用承诺信息", "en": "Credit commitment"},
            "category": "C1",
            "subjectTypes": ["LEGAL_PERSON", "NATURAL_PERSON"],
            "sourceDepartment": "青铜峡市审批服务管理局",
            "legalBases": ["opinion-49"],
            "sharing": {"kind": "CONDITIONAL", "recipients": ["青铜峡市发展和改革局"]},
            "disclosure": "ON_REQUEST",
            "updateDeadlineWorkingDays": 7,
            "fields": [
              {"name": "commitmentType", "type": "TEXT", "required": true, "sensitivity": "PUBLIC", "maxLength": 100},
              {"name": "partyId", "type": "TEXT", "sensitivity": "SENSITIVE_PERSONAL", "format": "PERSON_ID"}
            ]
          }
        ]
      }
      """;

  @Test
  void aValidFileReadsWholeAndLintsClean() {
    Catalog c = CatalogJson.read(VALID, "qtx-test.json");
    assertThat(c.id()).isEqualTo("qtx-test");
    assertThat(c.origin()).contains("qtx-test.json");
    assertThat(c.items()).singleElement().satisfies(i -> {
      assertThat(i.fields()).hasSize(2);
      assertThat(i.legalBases().get(0).documentNumber()).contains("国办发〔2020〕49号");
    });
    assertThat(CatalogJson.lint(VALID, "qtx-test.json")).isEmpty();
  }

  @Test
  void malformedJsonIsOneProblemWithItsLineAndColumn() {
    String broken = VALID.replace("\"edition\": \"2025\",", "\"edition\": \"2025\"");
    assertThatThrownBy(() -> CatalogJson.read(broken, "broken.json"))
        .isInstanceOfSatisfying(CatalogFormatException.class, e -> {
          assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.MALFORMED_JSON);
            assertThat(p.source()).isEqualTo("broken.json");
            assertThat(p.line()).hasValue(6);
          });
          assertThat(e.getMessage()).contains("broken.json").contains("MALFORMED_JSON");
        });
  }

  @Test
  void aDuplicateKeyIsRefused() {
    String twice = VALID.replace("\"edition\": \"2025\",", "\"edition\": \"2025\", \"edition\": \"2026\",");
    assertThat(CatalogJson.lint(twice, "t.json")).singleElement()
        .satisfies(p -> assertThat(p.reason()).isEqualTo(Reason.DUPLICATE_KEY));
  }

  @Test
  void everyProblemOfAFileIsListedWithItsPointerAndLineNeverAPartialCatalog() {
    String bad =
        VALID
            .replace("\"disclosure\": \"ON_REQUEST\"", "\"disclosure\": \"PUBLISHED\"")
            .replace("\"updateDeadlineWorkingDays\": 7", "\"updateDeadlineWorkingDays\": \"7\"")
            .replace("\"sourceDepartment\": \"青铜峡市审批服务管理局\",", "\"sourceDept\": \"青铜峡市审批服务管理局\",")
            .replace("\"format\": \"PERSON_ID\"", "\"format\": \"USCC\", \"maxLength\": 0")
            .replace("\"effective\": {\"from\": \"2020-12-07\"}", "\"effective\": {\"from\": \"2020-12-32\"}");
    List<CatalogProblem> problems = CatalogJson.lint(bad, "bad.json");
    assertThat(problems)
        .extracting(CatalogProblem::reason, CatalogProblem::pointer)
        .containsExactlyInAnyOrder(
            tuple(Reason.INVALID_VALUE, "/instruments/opinion-49/effective/from"),
            tuple(Reason.MISSING_KEY, "/items/0/sourceDepartment"),
            tuple(Reason.UNKNOWN_KEY, "/items/0/sourceDept"),
            tuple(Reason.WRONG_JSON_TYPE, "/items/0/updateDeadlineWorkingDays"),
            tuple(Reason.UNKNOWN_ENUM_VALUE, "/items/0/disclosure"),
            tuple(Reason.INVALID_VALUE, "/items/0/fields/1/maxLength"));
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.source()).isEqualTo("bad.json");
      assertThat(p.line()).isPresent();
      assertThat(p.column()).isPresent();
    });
    assertThat(problems).filteredOn(p -> p.reason() == Reason.UNKNOWN_ENUM_VALUE).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("PUBLISHED").contains("ON_REQUEST"));
    assertThatThrownBy(() -> CatalogJson.read(bad, "bad.json"))
        .isInstanceOfSatisfying(CatalogFormatException.class, e -> assertThat(e.problems()).isEqualTo(problems));
  }

  @Test
  void aFormatForAnotherTypeIsFoundOnceTheKeysAreClean() {
    String bad = VALID.replace("\"type\": \"TEXT\", \"sensitivity\": \"SENSITIVE_PERSONAL\"", "\"type\": \"DATE\", \"sensitivity\": \"SENSITIVE_PERSONAL\"");
    assertThat(CatalogJson.lint(bad, "b.json")).extracting(CatalogProblem::reason, CatalogProblem::pointer)
        .containsExactly(tuple(Reason.FORMAT_NOT_FOR_TYPE, "/items/0/fields/1/format"));
  }

  @Test
  void catalogRulesAreReportedAtTheItemsPositionInTheFileEvenWhenAnEarlierItemIsBroken() {
    String item = VALID.substring(VALID.indexOf("    {\n      \"code\": \"QTX-1\""), VALID.indexOf("\n  ]\n}"));
    String broken = item.replace("\"code\": \"QTX-1\"", "\"code\": \"QTX-0\"").replace("\"disclosure\": \"ON_REQUEST\"", "\"disclosure\": 3");
    String lowBasis =
        item.replace("\"legalBases\": [\"opinion-49\"]",
            "\"legalBases\": [{\"level\": \"LOCAL_REGULATION\", \"issuer\": \"新疆维吾尔自治区人民代表大会常务委员会\","
                + " \"title\": \"某条例\", \"effective\": {\"from\": \"2020-01-01\"}, \"jurisdiction\": \"650000\"}]")
            .replace("\"category\": \"C1\"", "\"category\": \"C9\"");
    String three = VALID.replace(item, broken.stripTrailing() + ",\n" + item.stripTrailing() + ",\n" + lowBasis);
    assertThat(CatalogJson.lint(three, "three.json"))
        .extracting(CatalogProblem::reason, CatalogProblem::pointer)
        .containsExactlyInAnyOrder(
            tuple(Reason.WRONG_JSON_TYPE, "/items/0/disclosure"),
            tuple(Reason.DUPLICATE_ITEM_CODE, "/items/2/code"),
            tuple(Reason.UNKNOWN_CATEGORY, "/items/2/category"),
            tuple(Reason.BASIS_OF_OTHER_JURISDICTION, "/items/2/legalBases/0"),
            tuple(Reason.BASIS_BELOW_REQUIRED_LEVEL, "/items/2/legalBases"));
  }

  @Test
  void aSupplementMayCiteALocalRegulationOfItsOwnChain() {
    String own =
        VALID.replace("\"legalBases\": [\"opinion-49\"]",
            "\"legalBases\": [{\"level\": \"LOCAL_REGULATION\", \"issuer\": \"宁夏回族自治区人民代表大会常务委员会\","
                + " \"title\": \"某条例\", \"effective\": {\"from\": \"2020-01-01\"}, \"jurisdiction\": \"640000\"}]");
    assertThat(CatalogJson.lint(own, "own.json")).isEmpty();
    String national = own.replace("\"jurisdiction\": \"640381\",\n  \"effective\"", "\"jurisdiction\": \"000000\",\n  \"effective\"")
        .replace("\"effective\": {\"from\": \"2025-01-01\"}, \"jurisdiction\": \"640381\"}", "\"effective\": {\"from\": \"2025-01-01\"}}");
    assertThat(CatalogJson.lint(national, "n.json")).extracting(CatalogProblem::reason)
        .containsExactlyInAnyOrder(Reason.BASIS_OF_OTHER_JURISDICTION, Reason.BASIS_BELOW_REQUIRED_LEVEL);
  }

  @Test
  void anUnknownFormatVersionAndAnUnknownInstrumentAreRefused() {
    String bad = VALID.replace("creditgov-catalog/1", "creditgov-catalog/2").replace("[\"opinion-49\"]", "[\"opinion-94\"]");
    assertThat(CatalogJson.lint(bad, "b.json")).extracting(CatalogProblem::reason, CatalogProblem::pointer)
        .containsExactlyInAnyOrder(
            tuple(Reason.UNKNOWN_FORMAT_VERSION, "/format"), tuple(Reason.UNKNOWN_INSTRUMENT, "/items/0/legalBases/0"));
  }

  @Test
  void theBundledCatalogsSurviveARoundTrip() {
    for (Catalog c : List.of(BundledCatalogs.national2024(), BundledCatalogs.exampleSupplements().get(0))) {
      Catalog again = CatalogJson.read(CatalogJson.write(c), "again.json");
      assertThat(again).isEqualTo(c);
      assertThat(again.origin()).contains("again.json");
    }
  }

  @Test
  void regimesRefuseOverlapsDuplicateClassesAndAMinimumAboveTheMaximum() {
    String regimes =
        """
        {"format": "creditgov-publication-regimes/1",
         "regimes": [
          {"id": "a", "series": "s", "title": {"zh": "甲"}, "effective": {"from": "2020-01-01", "until": "2022-01-01"},
           "legalBases": [{"level": "LAW", "issuer": "全国人大常委会", "title": "某法", "effective": {"from": "2000-01-01"}}],
           "periods": [{"class": "GENERAL", "minimum": "P2Y", "maximum": "P1Y"}]},
          {"id": "b", "series": "s", "title": {"zh": "乙"}, "effective": {"from": "2021-06-01"},
           "legalBases": [{"level": "LAW", "issuer": "全国人大常委会", "title": "某法", "effective": {"from": "2000-01-01"}}],
           "periods": [{"class": "SERIOUS", "maximum": "P3Y"}, {"class": "SERIOUS", "maximum": "P2Y"}]}
         ]}
        """;
    assertThat(CatalogJson.lintRegimes(regimes, "r.json")).extracting(CatalogProblem::reason, CatalogProblem::pointer)
        .containsExactlyInAnyOrder(
            tuple(Reason.MINIMUM_ABOVE_MAXIMUM, "/regimes/0/periods/0/minimum"),
            tuple(Reason.DUPLICATE_SEVERITY_CLASS, "/regimes/1/periods/1/class"));
    String overlapping = regimes.replace("\"minimum\": \"P2Y\", ", "").replace("{\"class\": \"SERIOUS\", \"maximum\": \"P2Y\"}", "{\"class\": \"MINOR\", \"maximum\": \"P2Y\"}");
    assertThat(CatalogJson.lintRegimes(overlapping, "r.json")).singleElement().satisfies(p -> {
      assertThat(p.reason()).isEqualTo(Reason.OVERLAPPING_VERSIONS);
      assertThat(p.source()).isEqualTo("r.json");
      assertThat(p.pointer()).isEqualTo("/regimes/1/effective");
    });
    assertThatThrownBy(() -> CatalogJson.readRegimes(overlapping, "r.json")).isInstanceOf(CatalogFormatException.class);
  }

  @Test
  void theExamplesOfTheFormatDocumentLoad() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "catalog-format.md"), StandardCharsets.UTF_8);
    List<String> blocks = new java.util.ArrayList<>();
    for (int at = doc.indexOf("```json\n"); at >= 0; at = doc.indexOf("```json\n", at + 1)) {
      blocks.add(doc.substring(at + 8, doc.indexOf("```", at + 8)));
    }
    assertThat(blocks).hasSize(2);
    Catalog example = CatalogJson.read(blocks.get(0), "catalog-format.md");
    assertThat(CatalogJson.readRegimes(blocks.get(1), "catalog-format.md").series()).containsExactly("national");
    assertThat(
            org.creditgov.core.catalog.CatalogRegistry.builder()
                .addCatalog(BundledCatalogs.national2024()).addCatalog(example)
                .regimes(BundledCatalogs.publicationRegimes()).problems())
        .isEmpty();
  }

  @Test
  void filesAreReadAsUtf8AndNamedByTheirFileName(@TempDir Path dir) throws IOException {
    Path ok = Files.writeString(dir.resolve("ok.json"), VALID, StandardCharsets.UTF_8);
    assertThat(CatalogJson.read(ok).origin()).contains("ok.json");
    Path latin = Files.write(dir.resolve("latin.json"), new byte[] {'{', (byte) 0xE9, '}'});
    assertThatThrownBy(() -> CatalogJson.read(latin))
        .isInstanceOfSatisfying(CatalogFormatException.class, e ->
            assertThat(e.problems()).extracting(CatalogProblem::reason).containsExactly(Reason.UNREADABLE));
    assertThatThrownBy(() -> CatalogJson.read(dir.resolve("missing.json")))
        .isInstanceOfSatisfying(CatalogFormatException.class, e ->
            assertThat(e.problems()).extracting(CatalogProblem::reason).containsExactly(Reason.UNREADABLE));
    Path regimes = Files.writeString(dir.resolve("regimes.json"), BundledCatalogs.resource(BundledCatalogs.REGIMES));
    Path supplement = Files.writeString(dir.resolve("supplement.json"), VALID);
    Path national = Files.writeString(dir.resolve("national.json"), CatalogJson.write(BundledCatalogs.national2024()));
    assertThat(CatalogJson.lintFiles(List.of(national, supplement), Optional.of(regimes))).isEmpty();
    Path clash = Files.writeString(dir.resolve("clash.json"), VALID.replace("QTX-1", "NAT-ADMIN-PENALTY").replace("qtx-test", "qtx-clash"));
    assertThat(CatalogJson.lintFiles(List.of(national, clash), Optional.of(regimes)))
        .extracting(CatalogProblem::reason, CatalogProblem::source)
        .containsExactly(tuple(Reason.REDEFINES_HIGHER_LAYER_ITEM, "clash.json"));
  }
}
