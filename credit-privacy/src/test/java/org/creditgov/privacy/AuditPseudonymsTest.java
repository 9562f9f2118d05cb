package org.creditgov.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import org.creditgov.audit.entry.AuditEntry;
import org.creditgov.audit.entry.SubjectPseudonyms;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.testkit.IdentifierGenerators;
import org.junit.jupiter.api.Test;

/**
 * credit-privacy's {@link Pseudonymizer} fits credit-audit's {@link SubjectPseudonyms} (PRI-1,
 * SEC-2): moved here from credit-audit's AuditEntryTest when credit-privacy came to depend on
 * credit-audit (the audit module no longer sees credit-privacy in its tests).
 */
class AuditPseudonymsTest {

  private static final Instant AT = Instant.parse("2026-11-29T08:00:00Z");

  @Test
  void pri1_credit_privacysPseudonymizerFitsByAnAdapterAndTheIdentifierIsNotKept() {
    Pseudonymizer p = Pseudonymizer.of("k2026", "0123456789abcdef0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII));
    SubjectPseudonyms pseudonyms = SubjectPseudonyms.of(p.keyId(),
        id -> p.pseudonym(UnifiedSocialCreditCode.isValid(id) ? DataKind.USCC : DataKind.RESIDENT_ID, id));
    String uscc = IdentifierGenerators.validUscc(new SplittableRandom(3));
    AuditEntry e = base().build();
    AuditEntry withSubject = AuditEntry.query().recordedAt(AT).actor("a").department("d").subject(pseudonyms, uscc)
        .purpose("p").outcome("o").build();
    String json = new String(withSubject.canonicalJson(), StandardCharsets.UTF_8);
    assertThat(json).doesNotContain(uscc).contains("\"keyId\":\"k2026\"").contains(p.pseudonym(DataKind.USCC, uscc));
    assertThat(withSubject.subjectToken()).isEqualTo(p.pseudonym(DataKind.USCC, uscc));
    assertThat(e).isNotEqualTo(withSubject);
  }

  private static AuditEntry.Builder base() {
    return AuditEntry.query().recordedAt(AT).actor("a").department("d").subjectToken("k", "t").purpose("p").outcome("o");
  }
}
