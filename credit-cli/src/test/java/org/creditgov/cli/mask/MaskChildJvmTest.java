package org.creditgov.cli.mask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.creditgov.cli.Exit;
import org.creditgov.testkit.PersonalDataGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code credit mask} in a child JVM, as a user runs it: a file several times the heap is masked
 * in constant memory ({@code -Xmx32m}), and a run killed outright ({@code SIGKILL}) in the middle
 * of writing leaves no output file.
 */
class MaskChildJvmTest {

  private static final int ROWS = 450_000;

  @TempDir
  static Path dir;

  static Path input;

  @BeforeAll
  static void generate() throws IOException {
    input = dir.resolve("people.csv");
    SplittableRandom r = Seeds.random(Seeds.DEFAULT_BASE);
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      w.write("seq,name,id,mobile,city,amount,note\r\n");
      for (int i = 0; i < ROWS; i++) {
        w.write(i + "," + PersonalDataGenerators.chineseName(r) + "," + PersonalDataGenerators.residentId(r) + ","
            + PersonalDataGenerators.mobile(r) + ",青铜峡市," + r.nextInt(100_000) + ".00,\"行政处罚, 已公示\"\r\n");
      }
    }
  }

  private static Process mask(String heap, Path out) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
        "org.creditgov.cli.Main", "mask", "--profile", "PUBLIC", "--column", "name=PERSONAL_NAME", "--column", "id=RESIDENT_ID",
        "--column", "mobile=MOBILE", input.toString(), "-o", out.toString()));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(out.getFileName() + ".log").toFile())
        .start();
  }

  @Test
  void aFileLargerThanTheHeapIsMaskedInConstantMemory() throws Exception {
    assertThat(Files.size(input)).isGreaterThan(32L * 1024 * 1024); // held in memory as strings it would need twice that
    Path out = dir.resolve("masked.csv");
    Process p = mask("32m", out);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("masked.csv.log"))).isEqualTo(Exit.OK);
    try (Stream<String> lines = Files.lines(out, StandardCharsets.UTF_8)) {
      assertThat(lines.count()).isEqualTo(ROWS + 1L);
    }
  }

  @Test
  void aRunKilledWhileWritingLeavesNoOutputFile() throws Exception {
    Path out = dir.resolve("killed.csv");
    Process p = mask("64m", out);
    boolean writing = false;
    for (int i = 0; i < 6000 && p.isAlive() && !writing; i++) {
      try (Stream<Path> files = Files.list(dir)) {
        writing = files.anyMatch(f -> f.getFileName().toString().startsWith(".killed.csv.") && sizeOf(f) > 64 * 1024);
      }
      Thread.sleep(5);
    }
    assertThat(writing).as("the child JVM started writing before it finished").isTrue();
    p.destroyForcibly();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(out).doesNotExist();
  }

  private static long sizeOf(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return 0; // renamed or deleted meanwhile
    }
  }
}
