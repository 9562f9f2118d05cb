package org.creditgov.spring;

import java.nio.file.Path;
import java.time.Clock;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.AuditLogOptions;
import org.creditgov.audit.NoteSigner;
import org.creditgov.audit.entry.SubjectPseudonyms;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.privacy.Pseudonymizer;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.query.SubjectTokens;
import org.creditgov.rules.decision.AuditDecisionLog;
import org.creditgov.rules.decision.DecisionLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The tamper-evident audit log (SEC-2, SEC-3, DES-7) at {@code creditgov.audit.directory}, signed
 * with {@code creditgov.audit.signer-key} (whose name is the log's origin) and checkpointed every {@code
 * creditgov.audit.checkpoint-interval}; the subjects' tokens and pseudonyms under the {@link
 * Pseudonymizer}; and the {@link DecisionLog} the services write their decisions to: the audit log
 * when there is one and a pseudonymizer, otherwise a log that keeps nothing. Each bean backs off
 * when the application defines one of its type.
 */
@AutoConfiguration(after = CreditPrivacyAutoConfiguration.class)
public class CreditAuditAutoConfiguration {

  /** Creates the configuration (Spring does). */
  public CreditAuditAutoConfiguration() {}

  /**
   * The audit log of {@code creditgov.audit.directory}, opened (and recovered after a crash) at
   * startup and closed with the context.
   *
   * @throws IllegalStateException if {@code creditgov.audit.signer-key} is not set
   * @throws IllegalArgumentException if the signer key is not a signer key
   * @throws org.creditgov.audit.AuditLogException if the directory holds another log, is locked or
   *     damaged
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @ConditionalOnProperty("creditgov.audit.directory")
  public AuditLog creditGovAuditLog(CreditGovProperties properties, Clock clock) {
    CreditGovProperties.Audit audit = properties.getAudit();
    String key = audit.getSignerKey();
    Path directory = audit.getDirectory();
    if (key == null || key.isBlank() || directory == null) {
      throw new IllegalStateException(CreditPrivacyAutoConfiguration.SIGNER_KEY
          + " is required with creditgov.audit.directory: the checkpoints of the log are signed with it");
    }
    NoteSigner signer = NoteSigner.parse(key.trim());
    return AuditLog.open(directory, AuditLogOptions.builder().origin(signer.name()).signer(signer).clock(clock).build());
  }

  /** Signs the audit log's checkpoints on a schedule and when the application stops. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(AuditLog.class)
  public AuditCheckpointer creditGovAuditCheckpointer(AuditLog log, CreditGovProperties properties) {
    return new AuditCheckpointer(log, properties.getAudit().getCheckpointInterval());
  }

  /** The subjects' tokens under the pseudonymizer: how the query log names a subject. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(Pseudonymizer.class)
  public SubjectTokens creditGovSubjectTokens(Pseudonymizer pseudonymizer) {
    return SubjectTokens.of(pseudonymizer);
  }

  /** The subjects' pseudonyms under the pseudonymizer: how the decision log names a subject. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(Pseudonymizer.class)
  public SubjectPseudonyms creditGovSubjectPseudonyms(Pseudonymizer pseudonymizer) {
    return SubjectPseudonyms.of(pseudonymizer.keyId(), id ->
        pseudonymizer.pseudonym(UnifiedSocialCreditCode.isValid(id) ? DataKind.USCC : DataKind.RESIDENT_ID, id));
  }

  /**
   * Where decisions are written: the audit log, subjects pseudonymised, when both an audit log and
   * pseudonyms are configured; otherwise nowhere ({@link DecisionLog#noOp()}).
   */
  @Bean
  @ConditionalOnMissingBean
  public DecisionLog creditGovDecisionLog(ObjectProvider<AuditLog> log, ObjectProvider<SubjectPseudonyms> pseudonyms,
      Clock clock) {
    AuditLog audit = log.getIfAvailable();
    SubjectPseudonyms p = pseudonyms.getIfAvailable();
    return audit != null && p != null ? AuditDecisionLog.of(audit, p, clock) : DecisionLog.noOp();
  }
}
