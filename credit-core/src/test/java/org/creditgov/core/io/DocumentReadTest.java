package org.creditgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.junit.jupiter.api.Test;

/** Schema validation and partial binding: every problem in one pass, each located and bilingual. */
class DocumentReadTest {

  private static final List<DocumentRead.Format> FORMATS =
      List.of(new DocumentRead.Format("creditgov-test-fixture/1", "test-fixture-1.schema.json", RequirementId.CAT_3));

  /** Public, as every record a reader binds: Jackson constructs it. */
  public record Entry(String code, Optional<Integer> count, Optional<Period> period, Optional<LocalDate> on) {}

  private static DocumentRead read(String json) {
    return DocumentRead.of(JsonDocument.parse(json, "t.json"), FORMATS);
  }

  @Test
  void reportsEverySchemaViolationLocatedWithItsKindAndMessages() {
    DocumentRead r = read("{\n"
        + "\"format\": \"creditgov-test-fixture/1\",\n"
        + "\"id\": \"bad id\",\n"
        + "\"titel\": {\"zh\": \"x\"},\n"
        + "\"effective\": {\"from\": \"2024-13-01\"},\n"
        + "\"kind\": \"GAMMA\",\n"
        + "\"entries\": [{\"code\": \"A\", \"count\": \"3\"}, {\"count\": 0, \"period\": \"3 years\"}]\n"
        + "}");
    List<DataProblem> problems = r.problems();
    assertThat(problems).extracting(p -> p.code() + " " + p.pointer() + " " + p.line().orElse(0)).containsExactly(
        "data.INVALID_FORM /id 3",
        "data.UNKNOWN_KEY /titel 4",
        "data.INVALID_FORM /effective/from 5",
        "data.NOT_ALLOWED_VALUE /kind 6",
        "data.WRONG_JSON_TYPE /entries/0/count 7",
        "data.MISSING_KEY /entries/1/code 7",
        "data.OUT_OF_RANGE /entries/1/count 7",
        "data.INVALID_FORM /entries/1/period 7");
    assertThat(problems).allSatisfy(p -> assertThat(p.requirement()).contains(RequirementId.CAT_3));
    assertThat(problems.get(1).messageZh()).isEqualTo("键“titel”不是本格式规定的键（可能是拼写错误）；此处允许的键为：effective, entries, format, id, kind, title。");
    assertThat(problems.get(2).messageZh()).isEqualTo("该值不是有效的日期（写法如 2026-01-31）。");
    assertThat(problems.get(4).messageZh()).isEqualTo("此处应为整数，实际为文本（带引号）。");
    assertThat(problems.get(4).messageEn()).isEqualTo("a whole number expected here, a text (in quotes) found.");
    assertThat(problems.get(3).messageEn()).contains("ALPHA, BETA");
  }

  @Test
  void cleanPartsAreBoundAndPartsWithProblemsSkipped() {
    DocumentRead r = read("{\"format\": \"creditgov-test-fixture/1\", \"id\": \"x\", \"effective\": {\"from\": \"2024-01-01\"},"
        + " \"entries\": [{\"code\": \"A\", \"count\": 2, \"period\": \"P1Y6M\", \"on\": \"2026-09-28\"}, {\"code\": \"B\", \"count\": -1}]}");
    assertThat(r.bind("/entries/0", Entry.class)).as("%s", r.problems()).contains(
        new Entry("A", Optional.of(2), Optional.of(Period.of(1, 6, 0)), Optional.of(LocalDate.of(2026, 9, 28))));
    assertThat(r.bind("/entries/1", Entry.class)).isEmpty();
    assertThat(r.clean("/entries/0")).isTrue();
    assertThat(r.clean("/entries")).isFalse();
  }

  @Test
  void aValueTheSchemaAdmitsButTheTypeRefusesIsAProblemAtItsPointer() {
    DocumentRead r = read("{\"format\": \"creditgov-test-fixture/1\", \"id\": \"x\", \"effective\": {\"from\": \"2024-01-01\"},"
        + " \"entries\": [{\"code\": \"A\", \"on\": \"2026-02-30\"}]}");
    assertThat(r.problems()).isEmpty();
    assertThat(r.bind("/entries/0", Entry.class)).isEmpty();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("data.INVALID_VALUE");
      assertThat(p.pointer()).isEqualTo("/entries/0/on");
    });
  }

  /** An interface: Jackson cannot construct it, a defect of the reader, never a data problem. */
  interface Hidden {}

  @Test
  void aRecordTheReaderCannotBindIsADefectNotADataProblem() {
    DocumentRead r = read("{\"format\": \"creditgov-test-fixture/1\", \"id\": \"x\", \"effective\": {\"from\": \"2024-01-01\"},"
        + " \"entries\": [{\"code\": \"A\"}]}");
    org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> r.bind("/entries/0", Hidden.class));
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void anUnknownOrMissingFormatStopsBeforeTheSchema() {
    assertThat(read("{\"format\": \"creditgov-test-fixture/9\"}").problems()).extracting(DataProblem::code).containsExactly("data.UNKNOWN_FORMAT");
    assertThat(read("[1]").problems()).extracting(DataProblem::code).containsExactly("data.UNKNOWN_FORMAT");
    assertThat(read("{\"format\": \"creditgov-test-fixture/9\"}").root()).isEmpty();
    assertThat(read("not json").problems()).extracting(DataProblem::code).containsExactly("data.MALFORMED_JSON");
  }
}
