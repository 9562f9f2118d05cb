package org.creditgov.cli.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import org.creditgov.cli.Cli;
import org.creditgov.cli.Exit;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.json.RequestJson;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.ConductFact;
import org.creditgov.rules.sanction.Intent;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.rules.sanction.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code credit check} (SAN-1 … SAN-6): a sanction request as canonical JSON in, the library's verdict out. */
class CheckCommandTest {

  private static final String CODE = "91512081MA62K0260E";
  private static final String NAME = "某某建设工程有限公司";

  @TempDir
  Path dir;

  private static SanctionRequest request(Period duration) {
    Organisation company = Organisation.of(SubjectType.LEGAL_PERSON, UnifiedSocialCreditCode.parse(CODE), NAME);
    ConductFact bidRigging = ConductFact.builder().field("招标投标").severityClass(SeverityClass.SERIOUS)
        .intent(Intent.INTENTIONAL).date(LocalDate.of(2025, 3, 3)).document("青发改罚〔2025〕3号").build();
    return SanctionRequest.builder("NAT-2021-TENDER-BAN", company, LocalDate.of(2025, 6, 2))
        .jurisdiction(Jurisdiction.of("640381")).implementingBody("青铜峡市发展和改革局").bodyKind(BodyKind.PUBLIC_BODY)
        .trigger(Trigger.CONDUCT_FACT).addConductFact(bidRigging)
        .addCitedBasis(BundledLists.nationalModel().measure("NAT-2021-TENDER-BAN").orElseThrow().legalBases().get(0))
        .duration(duration).build();
  }

  private Path write(String name, SanctionRequest request) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, RequestJson.sanctionRequests(SubjectDirectory.inMemory(), id -> Optional.empty()).encode(request),
        StandardCharsets.UTF_8);
    return f;
  }

  private Path subjects() throws Exception {
    Path f = dir.resolve("subjects.csv");
    Files.writeString(f, "type,identifier,name\nLEGAL_PERSON," + CODE + "," + NAME + "\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void aRefusedRequestPrintsEveryFindingAndExits1() throws Exception {
    SanctionRequest tooLong = request(Period.ofYears(4));
    Verdict expected = SanctionChecker.of(BundledLists.registry()).check(tooLong);
    assertThat(expected.isAllowed()).isFalse();
    Path file = write("ban.json", tooLong);
    Cli.Run json = Cli.run("check", file.toString(), "--subjects", subjects().toString(), "--json");
    assertThat(json.code()).as(json.err()).isEqualTo(Exit.FINDINGS);
    assertThat(json.out().strip()).isEqualTo(CoreJson.VERDICT.withMessages().encode(expected));
    Cli.Run zh = Cli.run(Locale.SIMPLIFIED_CHINESE, "", "check", file.toString(), "--subjects", subjects().toString());
    assertThat(zh.code()).isEqualTo(Exit.FINDINGS);
    assertThat(zh.out()).contains("结论：" + expected.outcome().nameZh());
    for (Finding f : expected.findings()) {
      assertThat(zh.out()).contains(f.messageZh()).contains(f.requirement().id());
    }
    assertThat(zh.all()).doesNotContain(NAME);
  }

  @Test
  void anAllowedRequestFromStandardInputExits0() throws Exception {
    SanctionRequest twoYears = request(Period.ofYears(2));
    Verdict expected = SanctionChecker.of(BundledLists.registry()).check(twoYears);
    String json = RequestJson.sanctionRequests(SubjectDirectory.inMemory(), id -> Optional.empty()).encode(twoYears);
    Cli.Run run = Cli.run(Locale.ENGLISH, json, "check", "-", "--subjects", subjects().toString());
    assertThat(run.code()).as(run.all()).isEqualTo(expected.isAllowed() ? Exit.OK : Exit.FINDINGS);
    assertThat(run.out()).contains("Verdict: " + expected.outcome().nameEn());
  }

  @Test
  void anUnknownSubjectIsADataProblemAndOtherFormsAreRefused() throws Exception {
    Path file = write("ban.json", request(Period.ofYears(2)));
    Cli.Run unknown = Cli.run("check", file.toString());
    assertThat(unknown.code()).isEqualTo(Exit.FINDINGS);
    assertThat(unknown.err()).contains("The data is not valid").doesNotContain(CODE);
    Path other = dir.resolve("other.json");
    Files.writeString(other, "{\"format\":\"creditgov-verdict/1\",\"findings\":[]}", StandardCharsets.UTF_8);
    assertThat(Cli.run("check", other.toString()).code()).isEqualTo(Exit.USAGE);
    Files.writeString(other, "not json", StandardCharsets.UTF_8);
    assertThat(Cli.run("check", other.toString()).code()).isEqualTo(Exit.USAGE);
  }
}
