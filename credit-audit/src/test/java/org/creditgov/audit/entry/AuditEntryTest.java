package org.creditgov.audit.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.testkit.IdentifierGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SEC-1, SEC-2, DES-7, PRI-1: audit entries, their canonical JSON, and identifiers refused. */
class AuditEntryTest {

  private static final Instant AT = Instant.parse("2026-11-29T08:00:00Z");
  private static final SubjectPseudonyms TOKENS = SubjectPseudonyms.of("k1", id -> "k1:tok-" + id.hashCode());

  @Test
  void sec1_aQueryEntryHasSortedKeysAndNoWhitespace() {
    AuditEntry e = AuditEntry.query()
        .recordedAt(AT)
        .actor("officer-0042")
        .department("青铜峡市发展和改革局")
        .subjectToken("k1", "k1:abc")
        .purpose("行政许可审查 \"A\"\n")
        .outcome("ALLOWED")
        .build();
    assertThat(new String(e.canonicalJson(), StandardCharsets.UTF_8)).isEqualTo(
        "{\"actor\":\"officer-0042\",\"department\":\"青铜峡市发展和改革局\",\"format\":\"creditgov-audit-entry/1\","
            + "\"log\":\"QUERY\",\"outcome\":\"ALLOWED\",\"purpose\":\"行政许可审查 \\\"A\\\"\\n\","
            + "\"recordedAt\":\"2026-11-29T08:00:00Z\",\"subject\":{\"keyId\":\"k1\",\"token\":\"k1:abc\"}}");
    assertThat(e.toString()).doesNotContain("k1:abc").doesNotContain("officer");
  }

  @Test
  void des7_aDecisionEntryCarriesACanonicalPayloadOpaquely() {
    AuditEntry e = AuditEntry.decision(DecisionKind.DESIGNATION_STEP)
        .recordedAt(AT).actor("system").department("d").subject(TOKENS, "x")
        .action("NOTICE_SERVED").reference("青发改〔2026〕12号").outcome("ACCEPTED")
        .payload("{\"a\":[1,-2,0.5,true,null,\"\\u001f\"],\"b\":{}}")
        .build();
    String json = new String(e.canonicalJson(), StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\"action\":\"NOTICE_SERVED\",\"actor\":\"system\",\"decision\":\"DESIGNATION_STEP\",")
        .contains(",\"payload\":{\"a\":[1,-2,0.5,true,null,\"\\u001f\"],\"b\":{}},");
    assertThat(e.decisionKind()).contains(DecisionKind.DESIGNATION_STEP);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"b\":1,\"a\":2}", "{\"a\":1,\"a\":2}", "{ \"a\":1}", "{\"a\":1.50}", "{\"a\":01}",
      "{\"a\":\"\\u0041\"}", "{\"a\":\"\\/\"}", "[1,]", "{\"a\":1}x", "tru", "{\"a\":-0.0}", "\"\\u000A\""})
  void sec2_aPayloadThatIsNotCanonicalJsonIsRefused(String payload) {
    assertThatThrownBy(() -> base().payload(payload).build())
        .isInstanceOfSatisfying(AuditEntryException.class, ex -> {
          assertThat(ex.reason()).isEqualTo(AuditEntryException.Reason.NOT_CANONICAL_JSON);
          assertThat(ex.field()).isEqualTo("payload");
        });
  }

  @Test
  void pri1_anIdentifierInAnyTextFieldIsRefusedWithoutItsValue() {
    Seeds.forEachSeed(200, seed -> {
      SplittableRandom random = Seeds.random(seed);
      boolean person = random.nextBoolean();
      String id = person ? IdentifierGenerators.validResidentId(random, LocalDate.of(2026, 11, 1))
          : IdentifierGenerators.validUscc(random);
      String text = random.nextBoolean() ? id : "查询对象 " + id + " 的记录";
      String[] fields = {"actor", "department", "purpose", "outcome", "reference", "payload", "token"};
      String field = fields[random.nextInt(fields.length)];
      AuditEntry.Builder b = AuditEntry.query().recordedAt(AT);
      b.actor(field.equals("actor") ? text : "a")
          .department(field.equals("department") ? text : "d")
          .purpose(field.equals("purpose") ? text : "p")
          .outcome(field.equals("outcome") ? text : "o");
      if (field.equals("reference")) {
        b.reference(text);
      }
      if (field.equals("payload")) {
        b.payload("{\"note\":\"" + text + "\"}");
      }
      b.subjectToken("k1", field.equals("token") ? id : "k1:t");
      assertThatThrownBy(b::build).isInstanceOfSatisfying(AuditEntryException.class, ex -> {
        assertThat(ex.reason()).isIn(AuditEntryException.Reason.RESIDENT_ID_NUMBER, AuditEntryException.Reason.CREDIT_CODE);
        assertThat(ex.getMessage()).doesNotContain(id).doesNotContain(id.substring(0, 10));
      });
    });
  }

  @Test
  void pri1_missingFieldsAreNamedAndSetOnceIsEnforced() {
    assertThatThrownBy(() -> AuditEntry.query().recordedAt(AT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("actor").hasMessageContaining("subject").hasMessageContaining("purpose");
    assertThatThrownBy(() -> AuditEntry.decision(DecisionKind.REPAIR_DECISION).recordedAt(AT).actor("a").department("d")
        .subjectToken("k", "t").outcome("o").build()).hasMessageContaining("action");
    assertThatThrownBy(() -> AuditEntry.query().actor("a").actor("b")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> base().outcome("x")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> AuditEntry.query().recordedAt(AT).actor("a\uD800").department("d").subjectToken("k", "t")
        .purpose("p").outcome("o").build())
        .isInstanceOfSatisfying(AuditEntryException.class, ex -> assertThat(ex.reason()).isEqualTo(AuditEntryException.Reason.NOT_UNICODE));
  }

  private static AuditEntry.Builder base() {
    return AuditEntry.query().recordedAt(AT).actor("a").department("d").subjectToken("k", "t").purpose("p").outcome("o");
  }
}
