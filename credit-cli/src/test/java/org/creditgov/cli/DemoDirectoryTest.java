package org.creditgov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.creditgov.examples.Demo;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.RemovalReason;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.json.DesignationJson;
import org.creditgov.rules.oversight.OversightJson;
import org.creditgov.rules.oversight.OversightReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo and the command line tell one story (SEC-2, OPS-2, DES-1 … DES-7): the directory the
 * demo's county day writes — embedded database and decision log — is what {@code credit
 * verify-log}, {@code credit report oversight --database} and {@code credit check --database} read.
 */
class DemoDirectoryTest {

  @TempDir
  Path dir;

  private String countyDay() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.countyDay(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theCommandsReadTheDirectoryTheDemoWrote() throws Exception {
    assertThat(countyDay()).contains("the log verified against its checkpoint: 10 entries, 0 problems");

    Cli.Run verify = Cli.run("verify-log", dir.resolve("audit").toString(), "--key", dir.resolve("audit.vkey").toString());
    assertThat(verify.code()).as(verify.all()).isEqualTo(Exit.OK);
    assertThat(verify.out()).contains("10 entries").contains("intact");

    Path figures = dir.resolve("figures.json");
    Cli.Run report = Cli.run("report", "oversight", "--database", dir.toString(), "--from", "2025-01-01", "--to",
        "2026-12-31", "--json", figures.toString());
    assertThat(report.code()).as(report.all()).isEqualTo(Exit.OK);
    OversightReport r = OversightJson.FORM.decode(Files.readString(figures, StandardCharsets.UTF_8));
    assertThat(r.figures().stream().mapToLong(f -> f.listings()).sum()).isEqualTo(1);
    assertThat(r.figures().stream().mapToLong(f -> f.objectionsFiled()).sum()).isEqualTo(1);
    assertThat(r.figures().stream().mapToLong(f -> f.repairApplications()).sum()).isEqualTo(1);
    assertThat(r.figures().stream().mapToLong(f -> f.removals(RemovalReason.REPAIRED)).sum()).isEqualTo(1);

    // an objection to the demo's listing, after the repair removed it: the service's guards refuse it
    Path objection = dir.resolve("objection.json");
    Files.writeString(objection, DesignationJson.commands(SubjectDirectory.inMemory()).encode(DesignationCommand.fileObjection()
        .actor(org.creditgov.rules.designation.Actor.of("青铜峡市应急管理局", "officer-007",
            org.creditgov.core.jurisdiction.Jurisdiction.of("640381")))
        .on(Cli.CLOCK.instant().atZone(Cli.CLOCK.getZone()).toLocalDate())
        .addDocuments(org.creditgov.rules.designation.DocumentRef.of(org.creditgov.rules.designation.DocumentRef.Kind.OBJECTION,
            "异议申请书", Cli.CLOCK.instant().atZone(Cli.CLOCK.getZone()).toLocalDate())).build()), StandardCharsets.UTF_8);
    Cli.Run check = Cli.run(Locale.SIMPLIFIED_CHINESE, "", "check", objection.toString(), "--id", "QTX-2025-D1", "--database",
        dir.toString(), "--json");
    assertThat(check.code()).as(check.all()).isEqualTo(Exit.FINDINGS);
    assertThat(check.out()).contains("\"outcome\":\"REFUSED\"").contains("designation.");

    // a second day appends to the same log, signed with the key kept beside it
    assertThat(countyDay()).contains("the log verified against its checkpoint: 20 entries, 0 problems");
    Cli.Run again = Cli.run("verify-log", dir.resolve("audit").toString(), "--key", dir.resolve("audit.vkey").toString());
    assertThat(again.code()).as(again.all()).isEqualTo(Exit.OK);
    assertThat(again.out()).contains("20 entries");
  }
}
