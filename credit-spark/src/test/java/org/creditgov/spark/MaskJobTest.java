package org.creditgov.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.creditgov.testkit.PersonalDataGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk-masking job end to end on generated files (PRI-3, CAT-6): CSV in, Parquet out, every
 * masked value equal to {@link MaskingProfile#mask}, the other columns untouched, the counts of
 * masked, empty and invalid values exact; malformed rows counted, left out and quarantined with
 * their raw text, never silently dropped; JSON Lines in and CSV out; usage and input errors by
 * exit status.
 */
class MaskJobTest {

  private static final int ROWS = 240;
  private static final List<String> MALFORMED = List.of("\"only\",\"two\"", "\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"");

  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = SharedSpark.session();
  }

  /** Generated rows (a malformed line after rows 50 and 150 when asked): name, id (one in eight with a wrong check character, one in ten empty), mobile, note. */
  private static List<String[]> generate(long seed) {
    SplittableRandom random = Seeds.random(seed);
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      String id = random.nextInt(10) == 0 ? ""
          : random.nextInt(8) == 0 ? PersonalDataGenerators.residentIdWithWrongCheck(random)
          : PersonalDataGenerators.residentId(random);
      String mobile = PersonalDataGenerators.mobile(random);
      rows.add(new String[] {PersonalDataGenerators.chineseName(random), id,
          random.nextInt(3) == 0 ? PersonalDataGenerators.fullWidth(mobile) : mobile, "note " + i});
    }
    return rows;
  }

  private static String csvLine(String... fields) {
    StringBuilder sb = new StringBuilder();
    for (String f : fields) {
      assertThat(f).doesNotContain("\"", "\\", "\n");
      sb.append(sb.length() == 0 ? "" : ",").append('"').append(f).append('"');
    }
    return sb.toString();
  }

  private Path writeCsv(List<String[]> rows, boolean malformed) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("name,id,mobile,note");
    for (int i = 0; i < rows.size(); i++) {
      lines.add(csvLine(rows.get(i)));
      if (malformed && i % 100 == 50) {
        lines.add(MALFORMED.get((i / 100) % MALFORMED.size()));
      }
    }
    Path in = dir.resolve("in.csv");
    Files.write(in, lines, StandardCharsets.UTF_8);
    return in;
  }

  private static String run(int expectedStatus, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = MaskJob.run(spark, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    assertThat(status).as(text).isEqualTo(expectedStatus);
    return text;
  }

  @Test
  void pri3CsvInParquetOutWithExactCountsAndQuarantinedMalformedRows() throws Exception {
    long seed = Seeds.stream(1).findFirst().orElseThrow();
    List<String[]> rows = generate(seed);
    Path in = writeCsv(rows, true);
    Path out = dir.resolve("out.parquet");
    Path quarantine = dir.resolve("quarantine");
    String report = run(1, "--input", in.toString(), "--output", out.toString(), "--profile", "SHARING",
        "--column", "name=PERSONAL_NAME", "--column", "id=RESIDENT_ID", "--column", "3=MOBILE",
        "--quarantine", quarantine.toString());

    Map<String, String[]> byNote = new HashMap<>();
    for (Row r : spark.read().parquet(out.toString()).collectAsList()) {
      byNote.put(r.getString(r.fieldIndex("note")), new String[] {r.getString(0), r.getString(1), r.getString(2)});
    }
    assertThat(byNote).as("[seed=" + seed + "] every well-formed row, once").hasSize(ROWS);
    long idMasked = 0;
    long idEmpty = 0;
    long idInvalid = 0;
    for (int i = 0; i < ROWS; i++) {
      String[] clear = rows.get(i);
      String[] masked = byNote.get("note " + i);
      assertThat(masked[0]).isEqualTo(MaskingProfile.SHARING.mask(DataKind.PERSONAL_NAME, clear[0]));
      assertThat(masked[2]).isEqualTo(MaskingProfile.SHARING.mask(DataKind.MOBILE, clear[2]));
      String id = MaskingProfile.SHARING.mask(DataKind.RESIDENT_ID, clear[1]);
      if (id == null || id.isEmpty()) {
        assertThat(masked[1]).isNullOrEmpty();
        idEmpty++;
      } else {
        assertThat(masked[1]).isEqualTo(id);
        idMasked++;
        idInvalid += ResidentIdNumber.isValid(clear[1]) ? 0 : 1;
      }
    }
    assertThat(idInvalid).as("the generator made some invalid IDs").isPositive();
    MaskJob.Summary expected = new MaskJob.Summary(ROWS + 2, 2, true, ROWS, List.of(
        new MaskJob.ColumnCounts("name", DataKind.PERSONAL_NAME, ROWS, 0, OptionalLong.empty()),
        new MaskJob.ColumnCounts("id", DataKind.RESIDENT_ID, idMasked, idEmpty, OptionalLong.of(idInvalid)),
        new MaskJob.ColumnCounts("mobile", DataKind.MOBILE, ROWS, 0, OptionalLong.empty())));
    assertThat(report).isEqualTo(expected.report());

    List<String> quarantined = new ArrayList<>();
    for (Row r : spark.read().json(quarantine.toString()).collectAsList()) {
      quarantined.add(r.getString(r.fieldIndex(MaskJob.RAW)));
    }
    assertThat(quarantined).containsExactlyInAnyOrder(MALFORMED.get(0), MALFORMED.get(1));
  }

  @Test
  void pri3MalformedRowsWithoutAQuarantineAreCountedAndTheStatusSaysSo() throws Exception {
    Path in = writeCsv(generate(7), true);
    String report = run(1, "--input", in.toString(), "--output", dir.resolve("o").toString(), "--output-format", "csv",
        "--column", "mobile=MOBILE");
    assertThat(report).contains("malformed rows: 2 (未输出 not written; --quarantine PATH keeps them)")
        .contains("rows written: " + ROWS);
    assertThat(spark.read().option("header", true).csv(dir.resolve("o").toString()).count()).isEqualTo(ROWS);
  }

  @Test
  void cat6JsonLinesInCsvOut() throws Exception {
    List<String[]> rows = generate(11);
    List<String> lines = new ArrayList<>();
    for (String[] r : rows) {
      lines.add("{\"name\":\"" + r[0] + "\",\"mobile\":\"" + r[2] + "\"}");
    }
    Path in = dir.resolve("in.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    String report = run(0, "--input", in.toString(), "--output", out.toString(), "--output-format", "csv",
        "--column", "name=PERSONAL_NAME", "--column", "mobile=MOBILE");
    assertThat(report).contains("rows read: " + ROWS).contains("malformed rows: 0");
    List<String> names = new ArrayList<>();
    for (Row r : spark.read().option("header", true).csv(out.toString()).collectAsList()) {
      assertThat(r.getString(r.fieldIndex("mobile"))).contains("****");
      names.add(r.getString(r.fieldIndex("name")));
    }
    List<String> expected = new ArrayList<>();
    for (String[] r : rows) {
      expected.add(MaskingProfile.PUBLIC.mask(DataKind.PERSONAL_NAME, r[0]));
    }
    assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void usageAndInputErrorsHaveTheirExitStatus() throws Exception {
    Path in = writeCsv(generate(3), false);
    assertThat(run(2, "--input", in.toString(), "--output", dir.resolve("x").toString(), "--column", "phone=MOBILE"))
        .contains("--column phone: the input has no such column; it has [name, id, mobile, note]");
    assertThat(run(2, "--input", in.toString(), "--output", dir.resolve("x").toString(), "--column", "id=PHONE"))
        .contains("the kind is one of");
    assertThat(run(2, "--input", in.toString(), "--output", dir.resolve("x").toString())).contains("at least one --column");
    assertThat(run(3, "--input", dir.resolve("missing.csv").toString(), "--output", dir.resolve("x").toString(),
        "--column", "id=RESIDENT_ID")).contains("input or output error");
    assertThat(Files.exists(dir.resolve("x"))).isFalse();
  }
}
