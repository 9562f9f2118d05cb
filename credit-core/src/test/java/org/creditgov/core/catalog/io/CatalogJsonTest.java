package org.creditgov.core.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.creditgov.core.RequirementId;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogFormatException;
import org.creditgov.core.catalog.CatalogRegistry;
import org.creditgov.core.catalog.PublicationRegimes;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.Lint;
import org.creditgov.core.io.LintReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog and regimes formats read on DocumentRead: every problem at once, located, with its requirement. */
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

  private static List<DataProblem> problems(String json, String source) {
    return CatalogJson.problems(json, source);
  }

  @Test
  void aValidFileReadsWholeAndHasNoProblem() {
    Catalog c = CatalogJson.read(VALID, "qtx-test.json");
    assertThat(c.id()).isEqualTo("qtx-test");
    assertThat(c.header().origin()).contains("qtx-test.json");
    assertThat(c.header().edition()).isEqualTo("2025");
    assertThat(c.items()).singleElement().satisfies(i -> {
      assertThat(i.fields()).hasSize(2);
      assertThat(i.legalBases().get(0).documentNumber()).contains("国办发〔2020〕49号");
    });
    assertThat(problems(VALID, "qtx-test.json")).isEmpty();
  }

  @Test
  void malformedJsonIsOneProblemWithItsLineAndColumn() {
    String broken = VALID.replace("\"edition\": \"2025\",", "\"edition\": \"2025\"");
    assertThatThrownBy(() -> CatalogJson.read(broken, "broken.json"))
        .isInstanceOfSatisfying(CatalogFormatException.class, e -> {
          assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("data.MALFORMED_JSON");
            assertThat(p.source()).isEqualTo("broken.json");
            assertThat(p.line()).hasValue(6);
            assertThat(p.column()).isPresent();
          });
          assertThat(e.getMessage()).contains("broken.json").contains("data.MALFORMED_JSON");
        });
  }

  @Test
  void aDuplicateKeyIsRefused() {
    String twice = VALID.replace("\"edition\": \"2025\",", "\"edition\": \"2025\", \"edition\": \"2026\",");
    assertThat(problems(twice, "t.json")).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("data.DUPLICATE_KEY");
      assertThat(p.line()).hasValue(5);
    });
  }

  @Test
  void CAT_3_everyProblemOfAFileIsListedWithItsPointerLineAndRequirementNeverAPartialCatalog() {
    String bad =
        VALID
            .replace("\"disclosure\": \"ON_REQUEST\"", "\"disclosure\": \"PUBLISHED\"")
            .replace("\"updateDeadlineWorkingDays\": 7", "\"updateDeadlineWorkingDays\": \"7\"")
            .replace("\"sourceDepartment\": \"青铜峡市审批服务管理局\",", "\"sourceDept\": \"青铜峡市审批服务管理局\",")
            .replace("\"format\": \"PERSON_ID\"", "\"format\": \"USCC\", \"maxLength\": 0")
            .replace("\"effective\": {\"from\": \"2020-12-07\"}", "\"effective\": {\"from\": \"2020-12-32\"}");
    List<DataProblem> problems = problems(bad, "bad.json");
    assertThat(problems)
        .extracting(DataProblem::code, DataProblem::pointer)
        .containsExactlyInAnyOrder(
            tuple("data.INVALID_FORM", "/instruments/opinion-49/effective/from"),
            tuple("data.MISSING_KEY", "/items/0/sourceDepartment"),
            tuple("data.UNKNOWN_KEY", "/items/0/sourceDept"),
            tuple("data.WRONG_JSON_TYPE", "/items/0/updateDeadlineWorkingDays"),
            tuple("data.NOT_ALLOWED_VALUE", "/items/0/disclosure"),
            tuple("data.OUT_OF_RANGE", "/items/0/fields/1/maxLength"));
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.source()).isEqualTo("bad.json");
      assertThat(p.line()).isPresent();
      assertThat(p.column()).isPresent();
      assertThat(p.requirement()).contains(RequirementId.CAT_3);
    });
    assertThat(problems).filteredOn(p -> p.code().equals("data.NOT_ALLOWED_VALUE")).singleElement().satisfies(p -> {
      assertThat(p.messageEn()).contains("PUBLISHED").contains("ON_REQUEST");
      assertThat(p.messageZh()).contains("PUBLISHED").contains("ON_REQUEST");
    });
    assertThat(problems).filteredOn(p -> p.code().equals("data.OUT_OF_RANGE")).singleElement()
        .satisfies(p -> assertThat(p.messageZh()).contains("不小于1"));
    assertThat(problems).filteredOn(p -> p.code().equals("data.UNKNOWN_KEY")).singleElement()
        .satisfies(p -> assertThat(p.messageZh()).contains("sourceDept").contains("sourceDepartment"));
    assertThatThrownBy(() -> CatalogJson.read(bad, "bad.json"))
        .isInstanceOfSatisfying(CatalogFormatException.class, e -> assertThat(e.problems()).isEqualTo(problems));
  }

  @Test
  void CAT_3_aFormatForAnotherTypeIsFoundOnceTheShapeIsClean() {
    String bad = VALID.replace("\"type\": \"TEXT\", \"sensitivity\": \"SENSITIVE_PERSONAL\"", "\"type\": \"DATE\", \"sensitivity\": \"SENSITIVE_PERSONAL\"");
    assertThat(problems(bad, "b.json")).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("catalog.FORMAT_NOT_FOR_TYPE");
      assertThat(p.pointer()).isEqualTo("/items/0/fields/1/format");
      assertThat(p.requirement()).contains(RequirementId.CAT_3);
      assertThat(p.line()).hasValue(29);
      assertThat(p.messageZh()).isEqualTo("格式“公民身份号码或外国人永久居留身份证号码”只适用于文本类型的字段，不适用于日期类型的字段，请更改类型或删除格式。");
    });
  }

  @Test
  void CAT_2_catalogRulesAreReportedAtTheItemsPositionInTheFileEvenWhenAnEarlierItemIsBroken() {
    String item = VALID.substring(VALID.indexOf("    {\n      \"code\": \"QTX-1\""), VALID.indexOf("\n  ]\n}"));
    String broken = item.replace("\"code\": \"QTX-1\"", "\"code\": \"QTX-0\"").replace("\"disclosure\": \"ON_REQUEST\"", "\"disclosure\": 3");
    String lowBasis =
        item.replace("\"legalBases\": [\"opinion-49\"]",
            "\"legalBases\": [{\"level\": \"LOCAL_REGULATION\", \"issuer\": \"新疆维吾尔自治区人民代表大会常务委员会\","
                + " \"title\": \"某条例\", \"effective\": {\"from\": \"2020-01-01\"}, \"jurisdiction\": \"650000\"}]")
            .replace("\"category\": \"C1\"", "\"category\": \"C9\"");
    String three = VALID.replace(item, broken.stripTrailing() + ",\n" + item.stripTrailing() + ",\n" + lowBasis);
    assertThat(problems(three, "three.json"))
        .extracting(DataProblem::code, DataProblem::pointer, p -> p.requirement().orElseThrow())
        .containsExactlyInAnyOrder(
            tuple("data.NOT_ALLOWED_VALUE", "/items/0/disclosure", RequirementId.CAT_3),
            tuple("data.DUPLICATE_CODE", "/items/2/code", RequirementId.CAT_3),
            tuple("catalog.UNKNOWN_CATEGORY", "/items/2/category", RequirementId.CAT_3),
            tuple("data.BASIS_OF_OTHER_JURISDICTION", "/items/2/legalBases/0", RequirementId.CAT_2),
            tuple("data.BASIS_BELOW_REQUIRED_LEVEL", "/items/2/legalBases", RequirementId.CAT_2));
  }

  @Test
  void aFileWhoseHeaderCannotBeReadStillGetsEveryProblemThatDoesNotDependOnTheHeader() {
    String second = """
          ,
          {
            "code": "QTX-1",
            "name": {"zh": "重复信息项", "en": "Duplicate"},
            "category": "C2",
            "subjectTypes": ["LEGAL_PERSON"],
            "sourceDepartment": "某局",
            "legalBases": ["opinion-49"],
            "sharing": {"kind": "CONDITIONAL"},
            "disclosure": "PUBLIC",
            "publication": {"rule": "FIXED", "minimum": "P2Y", "maximum": "P1Y"},
            "updateDeadlineWorkingDays": 7,
            "fields": [
              {"name": "amount", "type": "TEXT", "sensitivity": "PUBLIC", "format": "AMOUNT"},
              {"name": "amount", "type": "DECIMAL", "sensitivity": "PUBLIC", "maxLength": 5}
            ]
          }
        ]
      }
      """;
    String bad = VALID
        .replace("\"effective\": {\"from\": \"2025-01-01\"},\n  \"legalBasis\"", "\"effective\": {\"from\": \"2025-13-01\"},\n  \"legalBasis\"")
        .replace("\"jurisdiction\": \"640381\",\n  \"effective\"", "\"jurisdiction\": \"990000\",\n  \"effective\"")
        .replace("\"categories\": [{\"code\": \"C1\", \"name\": {\"zh\": \"信用承诺信息\", \"en\": \"Credit commitments\"}}]",
            "\"categories\": [{\"code\": \"C1\", \"name\": {\"zh\": \"信用承诺信息\", \"en\": \"Credit commitments\"}},"
                + " {\"code\": \"C1\", \"name\": {\"zh\": \"重复类别\", \"en\": \"Duplicate\"}}]")
        .replace("\n  ]\n}\n", second);
    List<DataProblem> problems = problems(bad, "header.json");
    assertThat(problems).extracting(DataProblem::code, DataProblem::pointer).containsExactlyInAnyOrder(
        // the header: a month 13, a division code no province has
        tuple("data.INVALID_FORM", "/effective/from"),
        tuple("data.UNKNOWN_JURISDICTION", "/jurisdiction"),
        // categories and items, whatever the header
        tuple("catalog.DUPLICATE_CATEGORY_CODE", "/categories/1/code"),
        tuple("data.DUPLICATE_CODE", "/items/1/code"),
        tuple("catalog.UNKNOWN_CATEGORY", "/items/1/category"),
        tuple("catalog.SHARING_RECIPIENTS", "/items/1/sharing/recipients"),
        tuple("catalog.MINIMUM_ABOVE_MAXIMUM", "/items/1/publication/minimum"),
        tuple("catalog.FORMAT_NOT_FOR_TYPE", "/items/1/fields/0/format"),
        tuple("catalog.MAX_LENGTH_NOT_FOR_TYPE", "/items/1/fields/1/maxLength"));
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.line()).isPresent();
      assertThat(p.column()).isPresent();
      assertThat(p.requirement()).isPresent();
    });
  }

  @Test
  void CAT_2_aSupplementMayCiteALocalRegulationOfItsOwnChain() {
    String own =
        VALID.replace("\"legalBases\": [\"opinion-49\"]",
            "\"legalBases\": [{\"level\": \"LOCAL_REGULATION\", \"issuer\": \"宁夏回族自治区人民代表大会常务委员会\","
                + " \"title\": \"某条例\", \"effective\": {\"from\": \"2020-01-01\"}, \"jurisdiction\": \"640000\"}]");
    assertThat(problems(own, "own.json")).isEmpty();
    String national = own.replace("\"jurisdiction\": \"640381\",\n  \"effective\"", "\"jurisdiction\": \"000000\",\n  \"effective\"")
        .replace("\"effective\": {\"from\": \"2025-01-01\"}, \"jurisdiction\": \"640381\"}", "\"effective\": {\"from\": \"2025-01-01\"}}");
    assertThat(problems(national, "n.json")).extracting(DataProblem::code)
        .containsExactlyInAnyOrder("data.BASIS_OF_OTHER_JURISDICTION", "data.BASIS_BELOW_REQUIRED_LEVEL");
  }

  @Test
  void anUnknownFormatStopsTheReadingAndAnUnknownInstrumentIsAProblemAtItsReference() {
    assertThat(problems(VALID.replace("creditgov-catalog/1", "creditgov-catalog/2"), "b.json"))
        .extracting(DataProblem::code, DataProblem::pointer).containsExactly(tuple("data.UNKNOWN_FORMAT", "/format"));
    assertThat(problems(VALID.replace("[\"opinion-49\"]", "[\"opinion-94\"]"), "b.json")).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("data.UNKNOWN_REFERENCE");
      assertThat(p.pointer()).isEqualTo("/items/0/legalBases/0");
      assertThat(p.requirement()).contains(RequirementId.LB_1);
      assertThat(p.messageZh()).contains("opinion-94");
    });
  }

  @Test
  void LB_1_instrumentsAreCheckedForTheirJurisdictionAndPeriod() {
    String bad = VALID
        .replace("\"documentNumber\": \"国办发〔2020〕49号\", \"effective\": {\"from\": \"2020-12-07\"}",
            "\"documentNumber\": \"国办发〔2020〕49号\", \"effective\": {\"from\": \"2020-12-07\", \"until\": \"2020-12-07\"}")
        .replace("\"effective\": {\"from\": \"2025-01-01\"}, \"jurisdiction\": \"640381\"}",
            "\"effective\": {\"from\": \"2025-01-01\"}, \"jurisdiction\": \"640381\", \"level\": \"LAW\"}")
        .replace("\"level\": \"NORMATIVE_DOCUMENT\", \"issuer\": \"青铜峡市发展和改革局\",", "\"issuer\": \"青铜峡市发展和改革局\",");
    assertThat(problems(bad, "i.json")).extracting(DataProblem::code, DataProblem::pointer).containsExactlyInAnyOrder(
        tuple("data.EMPTY_EFFECTIVE_PERIOD", "/instruments/opinion-49/effective/until"),
        tuple("data.NATIONAL_INSTRUMENT_WITH_JURISDICTION", "/legalBasis/jurisdiction"));
    String local = VALID.replace("\"level\": \"NORMATIVE_DOCUMENT\", \"issuer\": \"青铜峡市发展和改革局\", \"title\": \"补充目录\",\n"
        + "                 \"effective\": {\"from\": \"2025-01-01\"}, \"jurisdiction\": \"640381\"}",
        "\"level\": \"LOCAL_GOVERNMENT_RULE\", \"issuer\": \"青铜峡市人民政府\", \"title\": \"补充目录\",\n"
        + "                 \"effective\": {\"from\": \"2025-01-01\"}}");
    assertThat(problems(local, "l.json")).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("data.LOCAL_INSTRUMENT_WITHOUT_JURISDICTION");
      assertThat(p.messageZh()).contains("地方政府规章");
    });
  }

  @Test
  void theBundledCatalogsAndRegimesSurviveARoundTrip() {
    List<Catalog> all = new ArrayList<>(BundledCatalogs.exampleSupplements());
    all.add(BundledCatalogs.national2024());
    for (Catalog c : all) {
      Catalog again = CatalogJson.read(CatalogJson.write(c), "again.json");
      assertThat(again).isEqualTo(c);
      assertThat(again.header().origin()).contains("again.json");
    }
    PublicationRegimes regimes = BundledCatalogs.publicationRegimes();
    assertThat(CatalogJson.readRegimes(CatalogJson.write(regimes), "again.json").all()).isEqualTo(regimes.all());
  }

  @Test
  void REP_4_regimesRefuseOverlapsDuplicateClassesAndAMinimumAboveTheMaximum() {
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
    assertThat(CatalogJson.regimeProblems(regimes, "r.json")).extracting(DataProblem::code, DataProblem::pointer, p -> p.requirement().orElseThrow())
        .containsExactlyInAnyOrder(
            tuple("catalog.MINIMUM_ABOVE_MAXIMUM", "/regimes/0/periods/0/minimum", RequirementId.CAT_6),
            tuple("catalog.DUPLICATE_SEVERITY_CLASS", "/regimes/1/periods/1/class", RequirementId.REP_4));
    String overlapping = regimes.replace("\"minimum\": \"P2Y\", ", "").replace("{\"class\": \"SERIOUS\", \"maximum\": \"P2Y\"}", "{\"class\": \"MINOR\", \"maximum\": \"P2Y\"}");
    assertThat(CatalogJson.regimeProblems(overlapping, "r.json")).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("data.OVERLAPPING_VERSIONS");
      assertThat(p.source()).isEqualTo("r.json");
      assertThat(p.pointer()).isEqualTo("/regimes/1/effective");
      assertThat(p.requirement()).contains(RequirementId.REP_4);
      assertThat(p.messageZh()).contains("自2021年6月1日起").contains("2020年1月1日至2021年12月31日");
    });
    assertThatThrownBy(() -> CatalogJson.readRegimes(overlapping, "r.json")).isInstanceOf(CatalogFormatException.class);
    // the header keys a regime may leave out take their defaults
    PublicationRegimes read = CatalogJson.readRegimes(overlapping.replace("\"until\": \"2022-01-01\"", "\"until\": \"2021-06-01\""), "r.json");
    assertThat(read.all()).allSatisfy(r -> {
      assertThat(r.isNational()).isTrue();
      assertThat(r.header().example()).isFalse();
    });
    assertThat(read.all()).extracting(r -> r.header().edition()).containsExactly("2020", "2021");
    assertThat(read.all().get(0).header().originPointer()).contains("/regimes/0");
  }

  @Test
  void theExamplesOfTheFormatDocumentLoadAndLintClean() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "catalog-format.md"), StandardCharsets.UTF_8);
    List<Lint.Input> catalogs = new ArrayList<>();
    List<Lint.Input> regimes = new ArrayList<>();
    for (int at = doc.indexOf("```json\n"); at >= 0; at = doc.indexOf("```json\n", at + 1)) {
      String block = doc.substring(at + 8, doc.indexOf("```", at + 8));
      if (block.contains("\"format\": \"creditgov-catalog/")) {
        catalogs.add(Lint.Input.text("catalog-format.md#catalog-" + catalogs.size(), block));
      } else if (block.contains("\"format\": \"creditgov-publication-regimes/")) {
        regimes.add(Lint.Input.text("catalog-format.md#regimes-" + regimes.size(), block));
      }
    }
    assertThat(catalogs).isNotEmpty();
    assertThat(regimes).isNotEmpty();
    // the catalog examples fit the bundled national catalog and regimes, read from the jar by name
    List<Lint.Input> withBundled = new ArrayList<>(catalogs);
    withBundled.add(Lint.Input.named("bundled:national-2024"));
    withBundled.add(Lint.Input.named("bundled:publication-regimes"));
    LintReport report = Lint.standard().lintInputs(withBundled);
    assertThat(report.problems()).as(report.human(java.util.Locale.ROOT)).isEmpty();
    LintReport regimeReport = Lint.standard().lintInputs(regimes);
    assertThat(regimeReport.problems()).as(regimeReport.human(java.util.Locale.ROOT)).isEmpty();
    Catalog example = CatalogJson.read(catalogs.get(0).document().get().text(), "catalog-format.md");
    assertThat(CatalogRegistry.builder().addCatalog(BundledCatalogs.national2024()).addCatalog(example)
        .regimes(BundledCatalogs.publicationRegimes()).problems()).isEmpty();
  }

  @Test
  void filesAreReadAsUtf8AndNamedByTheirFileName(@TempDir Path dir) throws IOException {
    Path ok = Files.writeString(dir.resolve("ok.json"), VALID, StandardCharsets.UTF_8);
    assertThat(CatalogJson.read(ok).header().origin()).contains("ok.json");
    Path latin = Files.write(dir.resolve("latin.json"), new byte[] {'{', (byte) 0xE9, '}'});
    assertThatThrownBy(() -> CatalogJson.read(latin))
        .isInstanceOfSatisfying(CatalogFormatException.class, e ->
            assertThat(e.problems()).extracting(DataProblem::code).containsExactly("data.UNREADABLE"));
    assertThatThrownBy(() -> CatalogJson.read(dir.resolve("missing.json")))
        .isInstanceOfSatisfying(CatalogFormatException.class, e ->
            assertThat(e.problems()).extracting(DataProblem::code).containsExactly("data.UNREADABLE"));
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> CatalogJson.read(failing, "r.json"))
        .isInstanceOfSatisfying(CatalogFormatException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.messageEn()).contains("disk gone")));
  }
}
