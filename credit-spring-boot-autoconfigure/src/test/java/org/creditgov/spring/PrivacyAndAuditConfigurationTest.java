package org.creditgov.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.AuditLogOptions;
import org.creditgov.audit.NoteSigner;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.privacy.jackson.Masked;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.query.QueryLog;
import org.creditgov.privacy.io.AuditQueryLog;
import org.creditgov.rules.decision.AuditDecisionLog;
import org.creditgov.rules.decision.DecisionLog;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.rules.sanction.Trigger;
import org.creditgov.testkit.LogCapture;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Masking on serialisation (PRI-3), the keys kept out of the actuator and the logs (SEC-2), and the
 * audit log at a configured directory receiving the decisions and checkpointed at stop (SEC-3).
 */
class PrivacyAndAuditConfigurationTest {

  private static final String CODE = "91512081MA62K0260E";

  @TempDir
  Path dir;

  /** A response of a controller, the person's name marked as personal data of its kind. */
  record Response(@Masked(DataKind.PERSONAL_NAME) String name, String outcome) {}

  @Test
  void bootsJsonMapperMasksMaskedPropertiesWithTheStartersModule() {
    Contexts.runner().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class)).run(context -> {
      String json = context.getBean(JsonMapper.class).writeValueAsString(new Response("张三丰", "ALLOWED"));
      assertThat(json).doesNotContain("三丰").contains("\"outcome\":\"ALLOWED\"").contains("\"name\":\"张");
      assertThat(JsonMapper.builder().build().writeValueAsString(new Response("张三丰", "ALLOWED"))).contains("张三丰");
    });
  }

  @Test
  void theKeysAreMaskedByTheEnvAndConfigpropsEndpointsEvenWhenTheyShowValuesAndNeverLogged() {
    int mark = LogCapture.mark();
    Contexts.withKey().withPropertyValues("creditgov.audit.directory=" + dir.resolve("log"),
        "creditgov.audit.signer-key=" + Contexts.SIGNER_KEY, "creditgov.audit.checkpoint-interval=10m").run(context -> {
          assertThat(context).hasNotFailed();
          List<SanitizingFunction> sanitizing = context.getBeanProvider(SanitizingFunction.class).orderedStream().toList();
          EnvironmentEndpoint env = new EnvironmentEndpoint(context.getEnvironment(), sanitizing, Show.ALWAYS);
          assertThat(env.environmentEntry("creditgov.privacy.pseudonym-key").getProperty().getValue()).isEqualTo("******");
          assertThat(env.environmentEntry("creditgov.audit.signer-key").getProperty().getValue()).isEqualTo("******");
          assertThat(env.environmentEntry("creditgov.audit.checkpoint-interval").getProperty().getValue()).isEqualTo("10m");
          String whole = env.environment(null).getPropertySources().toString() + env.environment(null).getPropertySources()
              .stream().flatMap(s -> s.getProperties().values().stream()).map(v -> String.valueOf(v.getValue())).toList();
          assertThat(whole).doesNotContain(Contexts.PSEUDONYM_KEY).doesNotContain(Contexts.SIGNER_KEY);
          ConfigurationPropertiesReportEndpoint configprops = new ConfigurationPropertiesReportEndpoint(sanitizing, Show.ALWAYS);
          configprops.setApplicationContext(context);
          String report = configprops.configurationPropertiesWithPrefix("creditgov").getContexts().values().stream()
              .flatMap(c -> c.getBeans().values().stream()).map(b -> b.getProperties() + " " + b.getInputs()).toList().toString();
          assertThat(report).contains("pseudonymKey").contains("******").contains("10m")
              .doesNotContain(Contexts.PSEUDONYM_KEY).doesNotContain(Contexts.SIGNER_KEY);
          assertThat(context.getBean(CreditGovProperties.class).toString()).doesNotContain(Contexts.PSEUDONYM_KEY)
              .doesNotContain(Contexts.SIGNER_KEY);
          assertThat(context.getBean(CreditGovProperties.class).getPrivacy().toString()).doesNotContain(Contexts.PSEUDONYM_KEY);
          assertThat(context.getBean(CreditGovProperties.class).getAudit().toString()).doesNotContain(Contexts.SIGNER_KEY);
        });
    assertThat(LogCapture.since(mark)).isNotEmpty().allSatisfy(line -> assertThat(line.toString())
        .doesNotContain(Contexts.PSEUDONYM_KEY).doesNotContain(Contexts.SIGNER_KEY));
  }

  @Test
  void theRelaxedFormsOfTheKeysAreSanitizedToo() {
    for (String name : List.of("creditgov.privacy.pseudonym-key", "creditgov_privacy_pseudonymkey",
        "CREDITGOV_PRIVACY_PSEUDONYM_KEY".toLowerCase(), "creditgov.audit.signer-key", "creditgov.audit.signerKey".toLowerCase())) {
      assertThat(CreditPrivacyAutoConfiguration.Sanitizing.isKey(name)).as(name).isTrue();
    }
    assertThat(CreditPrivacyAutoConfiguration.Sanitizing.isKey("creditgov.privacy.pseudonym-key-id")).isFalse();
    assertThat(CreditPrivacyAutoConfiguration.Sanitizing.isKey("creditgov.audit.checkpoint-interval")).isFalse();
  }

  @Test
  void aKeyThatIsNotBase64FailsWithoutShowingIt() {
    Contexts.runner().withPropertyValues("creditgov.privacy.pseudonym-key=not-base64-but-secret!").run(context -> {
      assertThat(context).hasFailed();
      for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain("not-base64-but-secret");
      }
    });
  }

  @Test
  void decisionsGoToTheAuditLogAtTheConfiguredDirectoryWhichIsCheckpointedAtStop() {
    Path log = dir.resolve("decision-log");
    TestClock clock = TestClock.at(LocalDate.of(2026, 6, 1));
    Organisation company = Organisation.of(SubjectType.LEGAL_PERSON, UnifiedSocialCreditCode.parse(CODE), "某某建设工程有限公司");
    Contexts.withKey().withBean(java.time.Clock.class, () -> clock).withPropertyValues("creditgov.audit.directory=" + log,
        "creditgov.audit.signer-key=" + Contexts.SIGNER_KEY, "creditgov.audit.checkpoint-interval=10m").run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(AuditLog.class).hasSingleBean(AuditCheckpointer.class);
          assertThat(context.getBean(DecisionLog.class)).isInstanceOf(AuditDecisionLog.class);
          assertThat(context.getBean(QueryLog.class)).isInstanceOf(AuditQueryLog.class);
          Verdict v = context.getBean(CreditDecisions.class).check(SanctionRequest.builder("NAT-2021-TENDER-BAN", company,
              LocalDate.of(2026, 6, 1)).jurisdiction(Jurisdiction.of("640381")).implementingBody("青铜峡市公共资源交易中心")
              .bodyKind(BodyKind.PUBLIC_BODY).trigger(Trigger.CONDUCT_FACT).build());
          AuditLog audit = context.getBean(AuditLog.class);
          assertThat(audit.size()).isEqualTo(1);
          assertThat(new String(audit.entry(0), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(CODE)
              .contains(v.outcome().name());
          assertThat(audit.latestCheckpoint()).isEmpty();
        });
    NoteSigner signer = NoteSigner.parse(Contexts.SIGNER_KEY);
    try (AuditLog reopened = AuditLog.open(log, AuditLogOptions.builder().origin(Contexts.ORIGIN).signer(signer)
        .clock(clock).build())) {
      assertThat(reopened.size()).isEqualTo(1);
      assertThat(reopened.latestCheckpoint()).hasValueSatisfying(cp -> assertThat(cp.size()).isEqualTo(1));
    }
  }

  @Test
  void anAuditDirectoryWithoutASignerKeyFailsStartup() {
    Contexts.withKey().withPropertyValues("creditgov.audit.directory=" + dir.resolve("log")).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("creditgov.audit.signer-key is required");
    });
  }
}
