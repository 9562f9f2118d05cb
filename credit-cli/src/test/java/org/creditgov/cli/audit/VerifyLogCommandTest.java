package org.creditgov.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.AuditLogOptions;
import org.creditgov.audit.AuditLogVerifier;
import org.creditgov.audit.NoteSigner;
import org.creditgov.cli.Cli;
import org.creditgov.cli.Exit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code credit verify-log} (SEC-2): an intact log passes; a tampered copy names the tampered index and exits 1. */
class VerifyLogCommandTest {

  private static final String ORIGIN = "credit.example.org/test-log";

  @TempDir
  Path dir;

  private NoteSigner signer;
  private Path log;

  @BeforeEach
  void writeLog() {
    signer = NoteSigner.generate(ORIGIN);
    log = dir.resolve("log");
    try (AuditLog audit = AuditLog.open(log, AuditLogOptions.builder().origin(ORIGIN).signer(signer).clock(Cli.CLOCK).build())) {
      for (int i = 0; i < 8; i++) {
        audit.append(("{\"entry\":" + i + ",\"marker\":\"entry-" + i + "\"}").getBytes(StandardCharsets.UTF_8));
      }
      var unused = audit.checkpoint();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  /** Changes one byte of entry {@code index} in the copy's segment files. */
  private static void tamper(Path copy, int index) throws IOException {
    byte[] marker = ("entry-" + index + "\"").getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> s = Files.walk(copy)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        byte[] data = Files.readAllBytes(f);
        for (int i = 0; i + marker.length <= data.length; i++) {
          if (java.util.Arrays.equals(data, i, i + marker.length, marker, 0, marker.length)) {
            data[i] = (byte) 'E';
            Files.write(f, data);
            return;
          }
        }
      }
    }
    throw new IllegalStateException("entry not found");
  }

  @Test
  void anIntactLogPasses() {
    Cli.Run run = Cli.run("verify-log", log.toString(), "--key", signer.verifierKey().encoded());
    assertThat(run.code()).as(run.all()).isEqualTo(Exit.OK);
    assertThat(run.out()).contains("8 entries").contains("The log is intact.");
  }

  @Test
  void aTamperedCopyNamesTheTamperedIndexAndExits1() throws Exception {
    Path copy = dir.resolve("copy");
    copyTree(log, copy);
    tamper(copy, 5);
    var problems = AuditLogVerifier.of(ORIGIN, signer.verifierKey()).verify(copy).problems();
    assertThat(problems).isNotEmpty();
    Path key = dir.resolve("log.vkey");
    Files.writeString(key, signer.verifierKey().encoded() + "\n", StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("verify-log", copy.toString(), "--key", key.toString());
    assertThat(run.code()).isEqualTo(Exit.FINDINGS);
    for (var p : problems) {
      assertThat(run.out()).contains(p.toFinding().messageEn());
    }
    assertThat(problems.get(0).first()).isEqualTo(5); // a damaged record: entry 5 and what follows it in its segment
    assertThat(run.out()).contains("Entries 5 to 7").contains("tampered with");
    Cli.Run zh = Cli.run(Locale.SIMPLIFIED_CHINESE, "", "verify-log", copy.toString(), "--key", key.toString());
    for (var p : problems) {
      assertThat(zh.out()).contains(p.toFinding().messageZh());
    }
    assertThat(zh.out()).contains("日志被篡改");
    Cli.Run json = Cli.run("verify-log", copy.toString(), "--key", key.toString(), "--json");
    assertThat(json.out()).contains("\"outcome\":\"REFUSED\"");
    for (var p : problems) {
      assertThat(json.out()).contains("\"code\":\"" + p.toFinding().code() + "\"");
    }
  }

  @Test
  void aWrongKeyOrDirectoryIsReported() {
    NoteSigner other = NoteSigner.generate(ORIGIN);
    Cli.Run wrong = Cli.run("verify-log", log.toString(), "--key", other.verifierKey().encoded());
    assertThat(wrong.code()).isEqualTo(Exit.FINDINGS);
    assertThat(Cli.run("verify-log", dir.resolve("nothing").toString(), "--key", signer.verifierKey().encoded()).code())
        .isEqualTo(Exit.FINDINGS);
    assertThat(Cli.run("verify-log", log.toString(), "--key", "not-a-key").code()).isEqualTo(Exit.USAGE);
    assertThat(List.of(Cli.run("verify-log", log.toString()).code())).containsExactly(Exit.USAGE);
  }
}
