package org.creditgov.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.creditgov.cli.Main;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.time.ChinaTime;

/**
 * The throughput of {@code credit mask} beside its parse-and-write limit, in one JVM run (not a
 * unit test: surefire leaves {@code *Harness*} out). It generates a CSV file of the given size
 * with 10 columns, then, three times each and alternating, (a) reads and writes it with Commons
 * CSV and nothing else, (b) runs {@code credit mask} on it with 3 columns masked. Prints MB/s,
 * rows/s and the ratio of the best runs. Run with a small heap, as docs/cli.md shows:
 *
 * <pre>
 * mvn -B -o -q -pl credit-cli -am package -DskipTests &amp;&amp; mvn -B -o -q -pl credit-cli -am test-compile
 * java -Xmx64m -cp credit-cli/target/test-classes:credit-cli/target/credit.jar \
 *     org.creditgov.cli.bench.MaskThroughputHarness 1024 /tmp/credit-bench
 * </pre>
 */
public final class MaskThroughputHarness {

  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "欧阳", "司马", "诸葛", "吴"};
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂";

  private MaskThroughputHarness() {}

  /** {@code <megabytes> <directory>}. */
  public static void main(String[] args) throws IOException {
    long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 200;
    Path dir = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir"), "credit-mask-bench");
    Files.createDirectories(dir);
    Path in = dir.resolve("people.csv");
    long rows = generate(in, megabytes * 1024 * 1024);
    double mb = Files.size(in) / (1024.0 * 1024.0);
    System.out.printf(Locale.ROOT, "input: %s, %.1f MB, %d rows, 10 columns; heap max %d MB%n", in, mb, rows,
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    double bestBase = Double.MAX_VALUE;
    double bestMask = Double.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      double base = time(() -> copy(in, dir.resolve("copy.csv")));
      double mask = time(() -> mask(in, dir.resolve("masked.csv")));
      System.out.printf(Locale.ROOT, "run %d: Commons CSV read+write %.2f s (%.1f MB/s, %.0f rows/s); credit mask %.2f s"
          + " (%.1f MB/s, %.0f rows/s)%n", i + 1, base, mb / base, rows / base, mask, mb / mask, rows / mask);
      bestBase = Math.min(bestBase, base);
      bestMask = Math.min(bestMask, mask);
    }
    System.out.printf(Locale.ROOT, "best: baseline %.1f MB/s %.0f rows/s; credit mask %.1f MB/s %.0f rows/s; ratio %.2f×%n",
        mb / bestBase, rows / bestBase, mb / bestMask, rows / bestMask, bestBase / bestMask);
    Files.deleteIfExists(dir.resolve("copy.csv"));
    Files.deleteIfExists(dir.resolve("masked.csv"));
    Files.deleteIfExists(in);
  }

  private interface Job {
    void run() throws IOException;
  }

  private static double time(Job job) throws IOException {
    long t0 = System.nanoTime();
    job.run();
    return (System.nanoTime() - t0) / 1e9;
  }

  /** The parse-and-write limit: every record read and written back with Commons CSV, nothing changed. */
  private static void copy(Path in, Path out) throws IOException {
    try (Reader r = new InputStreamReader(Files.newInputStream(in), StandardCharsets.UTF_8);
        CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180).get();
        Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180)) {
      for (CSVRecord rec : p) {
        printer.printRecord((Object[]) rec.values());
      }
    }
  }

  private static void mask(Path in, Path out) {
    int code = Main.run(new String[] {"mask", "--profile", "PUBLIC", "--column", "name=PERSONAL_NAME", "--column",
        "id=RESIDENT_ID", "--column", "mobile=MOBILE", "--no-progress", in.toString(), "-o", out.toString()},
        System.in, new PrintStream(java.io.OutputStream.nullOutputStream()), System.err, ChinaTime.systemClock(), false,
        Locale.ENGLISH);
    if (code != 0) {
      throw new IllegalStateException("credit mask exited with " + code);
    }
  }

  /** A CSV file of about {@code bytes} bytes: 10 columns, name, identity number and mobile among them. */
  private static long generate(Path file, long bytes) throws IOException {
    SplittableRandom r = new SplittableRandom(20260601);
    long rows = 0;
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord("seq", "name", "id", "mobile", "department", "item", "decided", "amount", "document", "remarks");
      long written = 0;
      while (written < bytes) {
        String name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN.charAt(r.nextInt(GIVEN.length()))
            + (r.nextBoolean() ? String.valueOf(GIVEN.charAt(r.nextInt(GIVEN.length()))) : "");
        String body = "6403" + (81 + r.nextInt(3)) + (1960 + r.nextInt(45)) + String.format("%02d%02d", 1 + r.nextInt(12),
            1 + r.nextInt(28)) + String.format("%03d", r.nextInt(1000));
        String id = body + ResidentIdNumber.checkCharacter(body);
        String mobile = "13" + (100_000_000 + r.nextInt(900_000_000));
        String[] row = {Long.toString(rows), name, id, mobile, "青铜峡市市场监督管理局", "ADMIN-PENALTY",
            "2025-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10), r.nextInt(100_000) + ".00", "青市监罚〔2025〕" + r.nextInt(999) + "号",
            r.nextInt(4) == 0 ? "未按期公示年度报告, 已责令改正" : "无"};
        p.printRecord((Object[]) row);
        rows++;
        written += 150; // about the UTF-8 length of a row; the file's real size is printed
      }
    }
    return rows;
  }
}
