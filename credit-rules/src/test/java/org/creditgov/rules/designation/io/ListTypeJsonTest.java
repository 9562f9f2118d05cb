package org.creditgov.rules.designation.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.Schemas;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.rules.designation.ListTypeDataException;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.ListTypeSet;
import org.creditgov.testkit.CatalogFileMutator;
import org.creditgov.testkit.DesignationGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list-type file format {@code creditgov-list-types/1}: read, refused with every problem located, written, fuzzed. */
class ListTypeJsonTest {

  private static String bundled(String file) {
    try (InputStream in = ListTypeSet.class.getResourceAsStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> codes(List<DataProblem> problems) {
    return problems.stream().map(p -> p.code() + " " + p.pointer()).collect(Collectors.toList());
  }

  @Test
  void theBundledExampleReadsAndIsLabelledAnExampleWithItsFiguresUnconfirmed() {
    assertThat(BundledListTypes.sets()).hasSize(3);
    for (ListTypeSet s : BundledListTypes.sets()) {
      assertThat(s.header().example()).as(s.id()).isTrue();
      assertThat(s.header().unconfirmed()).as(s.id()).anySatisfy(u -> assertThat(u).contains("UNCONFIRMED"));
    }
    ListTypeSet national = BundledListTypes.sets().get(0);
    assertThat(national.entryCodes()).containsExactly("SAFETY-SEVERE", "WAGE-ARREARS-JOINT-PUNISHMENT");
    assertThat(national.header().proceduralBases()).extracting(b -> b.documentNumber().orElse(""))
        .containsExactly("国办发〔2020〕49号");
    ListTypeRegistry r = BundledListTypes.registry();
    LocalDate day = LocalDate.of(2025, 6, 2);
    assertThat(r.resolve(Jurisdiction.of("640381"), day).orElseThrow().listTypes())
        .extracting(t -> t.listType().code())
        .containsExactly("SAFETY-SEVERE", "WAGE-ARREARS-JOINT-PUNISHMENT", "NX-FUNDING-SEVERE", "SAFETY-SEVERE-640381");
    for (var t : r.resolve(Jurisdiction.of("640381"), day).orElseThrow().listTypes()) {
      assertThat(t.checkOn(day).findings()).as(t.listType().code()).isEmpty();
    }
    assertThat(r.resolve(Jurisdiction.of("110105"), day).orElseThrow().listTypes()).hasSize(2);
    // every bundled file follows its schema
    for (String file : BundledListTypes.FILES) {
      assertThat(Schemas.bundled().validate(JsonDocument.parse(bundled(file), file), ListTypeJson.SCHEMA)).as(file).isEmpty();
    }
  }

  @Test
  void writingThenReadingGivesAnEqualSetAndTheWrittenFileFollowsTheSchema() {
    Seeds.forEachSeed(300, seed -> {
      ListTypeSet set = DesignationGenerators.listTypeSet(Seeds.random(seed));
      String json = ListTypeJson.write(set);
      assertThat(Schemas.bundled().validate(JsonDocument.parse(json, "w.json"), ListTypeJson.SCHEMA)).as(json).isEmpty();
      ListTypeSet read = ListTypeJson.read(json, "w.json");
      assertThat(read).isEqualTo(set);
      assertThat(read.header().origin()).contains("w.json");
      assertThat(ListTypeJson.write(read)).isEqualTo(json);
    });
  }

  @Test
  void aBrokenFileIsRefusedWithEveryProblemLocatedInOnePass() {
    String json = "{\n"
        + "  \"format\": \"creditgov-list-types/1\",\n"
        + "  \"id\": \"t-640381\",\n"
        + "  \"title\": {\"zh\": \"测试\"},\n"
        + "  \"edition\": \"1\",\n"
        + "  \"jurisdiction\": \"000000\",\n"
        + "  \"effective\": {\"from\": \"2025-01-01\"},\n"
        + "  \"legalBasis\": \"opinion\",\n"
        + "  \"listTypes\": [\n"
        + "    {\"code\": \"A\", \"name\": {\"zh\": \"甲\"}, \"field\": \"f\", \"category\": \"HEALTH_AND_LIFE_SAFETY\",\n"
        + "     \"basis\": \"law\", \"criteriaVersion\": \"1\", \"noticeWorkingDays\": 5, \"objectionWindowWorkingDays\": 0,\n"
        + "     \"objectionAnswerWorkingDays\": 5, \"listingPeriod\": {\"fixed\": \"P1Y\"}, \"colour\": \"red\"},\n"
        + "    {\"code\": \"A\", \"name\": {\"zh\": \"乙\"}, \"field\": \"f\", \"category\": \"HEALTH_AND_LIFE_SAFETY\",\n"
        + "     \"basis\": \"nowhere\", \"criteriaVersion\": \"1\", \"noticeWorkingDays\": 5, \"objectionWindowWorkingDays\": 5,\n"
        + "     \"objectionAnswerWorkingDays\": 5, \"listingPeriod\": {\"minimum\": \"P3Y\", \"maximum\": \"P1Y\"}},\n"
        + "    {\"code\": \"B\", \"name\": {\"zh\": \"丙\"}, \"field\": \"f\", \"category\": \"HEALTH_AND_LIFE_SAFETY\",\n"
        + "     \"basis\": \"law\", \"criteriaVersion\": \"1\", \"applies\": \"A\", \"noticeWorkingDays\": 5,\n"
        + "     \"objectionWindowWorkingDays\": 5, \"objectionAnswerWorkingDays\": 5, \"listingPeriod\": {\"fixed\": \"P1Y\"}}\n"
        + "  ],\n"
        + "  \"instruments\": {\"law\": {\"level\": \"LAW\", \"issuer\": \"全国人大常委会\", \"title\": \"某法\", \"effective\": {\"from\": \"2000-01-01\"}}}\n"
        + "}\n";
    ListTypeDataException e = (ListTypeDataException) catchThrowable(() -> ListTypeJson.read(json, "broken.json"));
    assertThat(e).isNotNull();
    assertThat(codes(e.problems())).containsExactly(
        "data.UNKNOWN_REFERENCE /legalBasis",
        "data.OUT_OF_RANGE /listTypes/0/objectionWindowWorkingDays",
        "data.UNKNOWN_KEY /listTypes/0/colour",
        "data.DUPLICATE_CODE /listTypes/1/code",
        "data.UNKNOWN_REFERENCE /listTypes/1/basis",
        "data.INVALID_VALUE /listTypes/1/listingPeriod",
        "designation.APPLIES_IN_NATIONAL_LAYER /listTypes/2/applies");
    assertThat(e.problems()).allSatisfy(p -> {
      assertThat(p.source()).isEqualTo("broken.json");
      assertThat(p.line()).isPresent();
      assertThat(p.requirement()).contains(RequirementId.DES_1);
    });
    assertThat(e.problems().get(5).messageZh()).contains("最长期限1年短于最短期限3年");
    assertThat(e.problems().get(6).messageZh()).isEqualTo("全国层级的名单类型B注明了所执行的全国名单；只有地方名单类型才执行全国名单。");
    assertThat(ListTypeJson.lint(json, "broken.json")).isEqualTo(e.problems());
  }

  @Test
  void filesAreReadTogetherAsARegistryAndProblemsBetweenThemAreFound(@TempDir Path dir) throws IOException {
    Path national = dir.resolve("n.json");
    Path local = dir.resolve("l.json");
    Files.writeString(national, bundled("list-types-000000-example.json"));
    Files.writeString(local, bundled("list-types-640381-qingtongxia-example.json").replace("\"applies\": \"SAFETY-SEVERE\"",
        "\"applies\": \"NO-SUCH-LIST\""));
    assertThat(codes(ListTypeJson.lintFiles(List.of(national, local))))
        .containsExactly("data.UNKNOWN_REFERENCE /listTypes/0/applies");
    assertThatThrownBy(() -> ListTypeJson.registry(List.of(national, local))).isInstanceOf(ListTypeDataException.class);
    Files.writeString(local, bundled("list-types-640381-qingtongxia-example.json"));
    assertThat(ListTypeJson.lintFiles(List.of(national, local))).isEmpty();
    assertThat(ListTypeJson.registry(List.of(national, local)).versions()).hasSize(2);
    assertThat(ListTypeJson.read(local).header().origin()).contains("l.json");
  }

  @Test
  void aDamagedFileIsRefusedWithItsProblemsOrReadsWholeNeverAnythingElse() {
    String text = bundled("list-types-640381-qingtongxia-example.json");
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      String damaged = CatalogFileMutator.mutate(r, text, 1 + r.nextInt(3));
      Throwable t = catchThrowable(() -> ListTypeJson.read(damaged, "fuzz.json"));
      if (t == null) {
        assertThat(ListTypeJson.lint(damaged, "fuzz.json")).isEmpty();
      } else {
        assertThat(t).isInstanceOf(ListTypeDataException.class);
        assertThat(((ListTypeDataException) t).problems()).isNotEmpty()
            .allMatch(p -> p.source().equals("fuzz.json"))
            .isEqualTo(ListTypeJson.lint(damaged, "fuzz.json"));
      }
    });
  }
}
