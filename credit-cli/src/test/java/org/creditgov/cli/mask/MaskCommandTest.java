package org.creditgov.cli.mask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.creditgov.cli.Cli;
import org.creditgov.cli.Exit;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.creditgov.testkit.PersonalDataGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code credit mask} run as a user runs it, on real files (PRI-3, CAT-6): the masked output is
 * the library's {@link MaskingProfile} on the same values, every other value untouched; the
 * summary counts; malformed rows under each {@code --on-error} policy; usage and I/O errors; and
 * nothing personal printed.
 */
class MaskCommandTest {

  private static final MaskingProfile[] PROFILES = {MaskingProfile.PUBLIC, MaskingProfile.SHARING, MaskingProfile.SUBJECT};
  private static final String[] HEADER = {"name", "id", "note", "mobile", "code"};
  private static final DataKind[] KINDS = {DataKind.PERSONAL_NAME, DataKind.RESIDENT_ID, null, DataKind.MOBILE, DataKind.USCC};

  @TempDir
  Path dir;

  /** A value as a UTF-8 file holds it (a lone surrogate cannot be written). */
  private static String utf8(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static String value(SplittableRandom r, DataKind kind) {
    int pick = r.nextInt(10);
    if (pick == 0) {
      return "";
    }
    if (kind == null) {
      return pick < 5 ? "备注, \"引号\"\n第二行" : PersonalDataGenerators.unicode(r, 12);
    }
    return pick < 5 ? PersonalDataGenerators.value(r, kind) : PersonalDataGenerators.anyInput(r, kind);
  }

  private static List<List<String>> rows(SplittableRandom r, int n) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> row = new ArrayList<>();
      for (DataKind k : KINDS) {
        row.add(utf8(value(r, k)));
      }
      rows.add(row);
    }
    return rows;
  }

  private static void writeCsv(Path file, List<List<String>> rows) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord((Object[]) HEADER);
      for (List<String> row : rows) {
        p.printRecord(row);
      }
    }
  }

  private static List<CSVRecord> readCsv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180).get()) {
      return p.getRecords();
    }
  }

  @Test
  void maskedCsvEqualsTheLibrarysProfileOnTheSameValues() {
    Seeds.forEachSeed(25, seed -> {
      SplittableRandom r = Seeds.random(seed);
      MaskingProfile profile = PROFILES[r.nextInt(PROFILES.length)];
      List<List<String>> rows = rows(r, 1 + r.nextInt(60));
      Path in = dir.resolve("in-" + seed + ".csv");
      Path out = dir.resolve("out-" + seed + ".csv");
      writeCsv(in, rows);
      // by name and by index (mobile is the 4th column)
      Cli.Run run = Cli.run("mask", "--profile", profile.name(), "--column", "name=PERSONAL_NAME", "--column", "id=RESIDENT_ID",
          "--column", "4=MOBILE", "--column", "code=USCC", in.toString(), "-o", out.toString(), "--no-progress");
      assertThat(run.code()).as(run.err()).isEqualTo(Exit.OK);
      List<CSVRecord> read = readCsv(in);
      List<CSVRecord> masked = readCsv(out);
      assertThat(masked).hasSameSizeAs(read);
      assertThat(masked.get(0).toList()).containsExactly(HEADER);
      long invalidIds = 0;
      long emptyNames = 0;
      for (int i = 1; i < read.size(); i++) {
        for (int c = 0; c < HEADER.length; c++) {
          String original = read.get(i).get(c);
          String expected = KINDS[c] == null ? original : profile.mask(KINDS[c], original);
          assertThat(masked.get(i).get(c)).as("row %d column %s", i, HEADER[c]).isEqualTo(expected);
        }
        String id = read.get(i).get(1);
        if (!profile.mask(DataKind.RESIDENT_ID, id).isEmpty()
            && !ResidentIdNumber.parser(Cli.CLOCK).isValid(DataKind.RESIDENT_ID.normalise(id))
            && !org.creditgov.core.identity.ForeignPermanentResidentId.isValid(DataKind.RESIDENT_ID.normalise(id))) {
          invalidIds++;
        }
        if (profile.mask(DataKind.PERSONAL_NAME, read.get(i).get(0)).isEmpty()) {
          emptyNames++;
        }
      }
      String summary = run.out();
      assertThat(line(summary, "name ")).as(summary).contains(" " + (read.size() - 1) + " ").contains(" " + emptyNames + " ");
      assertThat(line(summary, "id ").trim()).as(summary).endsWith(" " + invalidIds);
      assertThat(line(summary, "note")).isEmpty();
    });
  }

  private static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst().orElse("");
  }

  @Test
  void maskedJsonLinesEqualsTheLibrarysProfileAndKeepsOtherFields() {
    JsonMapper mapper = JsonMapper.builder().build();
    Seeds.forEachSeed(10, seed -> {
      SplittableRandom r = Seeds.random(seed);
      MaskingProfile profile = PROFILES[r.nextInt(PROFILES.length)];
      List<ObjectNode> records = new ArrayList<>();
      for (List<String> row : rows(r, 1 + r.nextInt(40))) {
        ObjectNode o = mapper.createObjectNode();
        for (int c = 0; c < HEADER.length; c++) {
          if (!row.get(c).isEmpty() || r.nextBoolean()) {
            o.put(HEADER[c], row.get(c));
          }
        }
        o.put("count", r.nextInt(100));
        records.add(o);
      }
      Path in = dir.resolve("in-" + seed + ".jsonl");
      Path out = dir.resolve("out-" + seed + ".jsonl");
      Files.write(in, records.stream().map(mapper::writeValueAsString).toList(), StandardCharsets.UTF_8);
      Cli.Run run = Cli.run("mask", "--profile", profile.name().toLowerCase(Locale.ROOT), "--column", "name=PERSONAL_NAME",
          "--column", "mobile=mobile", in.toString(), "-o", out.toString());
      assertThat(run.code()).as(run.err()).isEqualTo(Exit.OK);
      List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
      assertThat(lines).hasSameSizeAs(records);
      for (int i = 0; i < lines.size(); i++) {
        JsonNode got = mapper.readTree(lines.get(i));
        ObjectNode want = records.get(i).deepCopy();
        if (want.has("name")) {
          want.put("name", profile.mask(DataKind.PERSONAL_NAME, want.get("name").asString()));
        }
        if (want.has("mobile")) {
          want.put("mobile", profile.mask(DataKind.MOBILE, want.get("mobile").asString()));
        }
        assertThat(got).isEqualTo(want);
      }
    });
  }

  /** A file with a good row, a row of the wrong width, bad quoting, a good row, and an unclosed quote at the end. */
  private Path malformed() throws IOException {
    Path in = dir.resolve("bad.csv");
    Files.writeString(in, "name,id,mobile\r\n"
        + "张三,110101199003074514,13812345678\r\n"
        + "李四,110101199003074514\r\n"
        + "王五,\"11010119900307\"45,13912345678\r\n"
        + "赵六,\"1101011990\r\n03074514\",13712345678\r\n"
        + "钱七,\"110101199003074514,13612345678\r\n"
        + "孙八,110101199003074514,13512345678\r\n", StandardCharsets.UTF_8);
    return in;
  }

  private static final String[] COLUMNS = {"--profile", "PUBLIC", "--column", "name=PERSONAL_NAME", "--column",
      "id=RESIDENT_ID", "--column", "mobile=MOBILE"};

  private Cli.Run mask(Path in, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("mask"));
    args.addAll(List.of(COLUMNS));
    args.addAll(List.of(in.toString(), "-o", out.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void failStopsAtTheFirstMalformedRowAndWritesNothing() throws IOException {
    Path out = dir.resolve("out.csv");
    Cli.Run run = mask(malformed(), out);
    assertThat(run.code()).isEqualTo(Exit.FINDINGS);
    assertThat(run.err()).contains("Line 3: the row has 2 columns, the header 3.").contains("out.csv was not written");
    assertThat(out).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("bad.csv"); // no temporary file either
    }
  }

  @Test
  void skipLeavesMalformedRowsOutAndReportsEachLine() throws IOException {
    Path out = dir.resolve("out.csv");
    Cli.Run run = mask(malformed(), out, "--on-error=skip");
    assertThat(run.code()).isEqualTo(Exit.FINDINGS);
    assertThat(run.err()).contains("Line 3: the row has 2 columns, the header 3.")
        .contains("Line 4: a quoted value is followed by other characters")
        .contains("Line 7: a quoted value is never closed");
    List<CSVRecord> rows = readCsv(out);
    // 张三, and 赵六 whose quoted identity number spans two lines; 孙八 is inside 钱七's unclosed quote
    assertThat(rows).extracting(r -> r.get(0)).containsExactly("name", "张*", "赵*");
    assertThat(rows.get(2).get(1)).isEqualTo(MaskingProfile.PUBLIC.mask(DataKind.RESIDENT_ID, "1101011990\r\n03074514"));
    assertThat(dir.resolve("out.csv.quarantine")).doesNotExist();
    assertThat(run.out()).contains("Masked 2 rows (3 malformed rows left out)");
  }

  @Test
  void quarantineCopiesEachMalformedRowAsItWas() throws IOException {
    Path out = dir.resolve("out.csv");
    Path q = dir.resolve("side.csv");
    Cli.Run run = mask(malformed(), out, "--on-error", "quarantine", "--quarantine", q.toString());
    assertThat(run.code()).isEqualTo(Exit.FINDINGS);
    assertThat(Files.readString(q, StandardCharsets.UTF_8)).isEqualTo("李四,110101199003074514\r\n"
        + "王五,\"11010119900307\"45,13912345678\r\n"
        + "钱七,\"110101199003074514,13612345678\r\n"
        + "孙八,110101199003074514,13512345678\r\n");
    assertThat(readCsv(out)).hasSize(3);
    // the default quarantine file is beside the output
    Path out2 = dir.resolve("out2.csv");
    assertThat(mask(malformed(), out2, "--on-error=quarantine").code()).isEqualTo(Exit.FINDINGS);
    assertThat(dir.resolve("out2.csv.quarantine")).content(StandardCharsets.UTF_8).startsWith("李四,");
  }

  @Test
  void malformedJsonLinesAreReportedByLineUnderEachPolicy() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"name\":\"张三\"}\n{\"name\": 张三}\n[1,2]\n\n{\"name\":\"李四\",\"name\":\"王五\"}\n{\"name\":\"欧阳娜娜\"}\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    Cli.Run fail = Cli.run("mask", "--profile", "PUBLIC", "--column", "name=PERSONAL_NAME", in.toString(), "-o", out.toString());
    assertThat(fail.code()).isEqualTo(Exit.FINDINGS);
    assertThat(fail.err()).contains("Line 2: not valid JSON");
    assertThat(out).doesNotExist();
    Cli.Run q = Cli.run("mask", "--profile", "PUBLIC", "--column", "name=PERSONAL_NAME", in.toString(), "-o", out.toString(),
        "--on-error=quarantine");
    assertThat(q.err()).contains("Line 2: not valid JSON").contains("Line 3: not a JSON object").contains("Line 5: not valid JSON");
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly("{\"name\":\"张*\"}", "{\"name\":\"欧阳**\"}");
    assertThat(Files.readString(dir.resolve("out.jsonl.quarantine"), StandardCharsets.UTF_8))
        .isEqualTo("{\"name\": 张三}\n[1,2]\n{\"name\":\"李四\",\"name\":\"王五\"}\n");
    assertThat(q.all()).doesNotContain("张三").doesNotContain("李四").doesNotContain("王五");
  }

  @Test
  void nothingPersonalIsPrintedInEitherLanguage() throws IOException {
    SplittableRandom r = Seeds.random(7);
    List<List<String>> rows = rows(r, 200);
    Path in = dir.resolve("people.csv");
    writeCsv(in, rows);
    // and malformed rows, whose content must not be printed either
    Files.writeString(in, "张某某,110101199003074514\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    long lastLine = Files.readString(in, StandardCharsets.UTF_8).lines().count();
    for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      Path out = dir.resolve("masked-" + l + ".csv");
      Cli.Run run = Cli.run(l, "", "mask", "--profile", "SHARING", "--column", "name=PERSONAL_NAME", "--column", "id=RESIDENT_ID",
          "--column", "mobile=MOBILE", in.toString(), "-o", out.toString(), "--on-error=skip");
      assertThat(run.code()).isEqualTo(Exit.FINDINGS);
      for (List<String> row : rows) {
        for (int c : new int[] {0, 1, 3}) {
          String v = row.get(c).strip();
          if (v.codePointCount(0, v.length()) >= (c == 0 ? 2 : 7)) { // shorter digit strings are line numbers, counts
            assertThat(run.all()).doesNotContain(v);
          }
        }
      }
      assertThat(run.all()).doesNotContain("张某某").doesNotContain("110101199003074514");
      assertThat(run.err()).contains(l == Locale.ENGLISH ? "Line " + lastLine + ":" : "第 " + lastLine + " 行");
    }
  }

  @Test
  void usageMistakesExitWith2AndAMissingFileWith3() throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "name,id\n张三,1\n", StandardCharsets.UTF_8);
    String out = dir.resolve("out.csv").toString();
    Cli.Run noColumn = Cli.run("mask", "--profile", "PUBLIC", "--column", "phone=MOBILE", in.toString(), "-o", out);
    assertThat(noColumn.code()).isEqualTo(Exit.USAGE);
    assertThat(noColumn.err()).contains("There is no column \"phone\". The columns are: name, id");
    assertThat(Cli.run("mask", "--profile", "PUBLIC", "--column", "9=MOBILE", in.toString(), "-o", out).code()).isEqualTo(Exit.USAGE);
    assertThat(Cli.run("mask", "--profile", "OPEN", "--column", "name=PERSONAL_NAME", in.toString(), "-o", out).code())
        .isEqualTo(Exit.USAGE);
    Cli.Run kind = Cli.run("mask", "--profile", "PUBLIC", "--column", "name=NAME", in.toString(), "-o", out);
    assertThat(kind.code()).isEqualTo(Exit.USAGE);
    assertThat(kind.err()).contains("PERSONAL_NAME (personal name)");
    assertThat(Cli.run("mask", "--column", "name=PERSONAL_NAME", in.toString(), "-o", out).code()).isEqualTo(Exit.USAGE);
    assertThat(Cli.run("mask", "--profile", "PUBLIC", "--column", "name=PERSONAL_NAME", in.toString(), "-o", in.toString()).code())
        .isEqualTo(Exit.USAGE);
    Cli.Run missing = Cli.run("mask", "--profile", "PUBLIC", "--column", "name=PERSONAL_NAME", dir.resolve("nope.csv").toString(),
        "-o", out);
    assertThat(missing.code()).isEqualTo(Exit.IO);
    assertThat(missing.err()).contains("nope.csv does not exist");
    Cli.Run zh = Cli.run(Locale.SIMPLIFIED_CHINESE, "", "mask", "--profile", "PUBLIC", "--column", "name=PERSONAL_NAME",
        dir.resolve("nope.csv").toString(), "-o", out);
    assertThat(zh.err()).contains("不存在");
    assertThat(Path.of(out)).doesNotExist();
  }
}
