package org.creditgov.audit.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import org.creditgov.testkit.IdentifierGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SEC-2, DES-7: an entry read back from the bytes the log holds is the entry written; other bytes are refused. */
class AuditEntryParseTest {

  private static final String[] TEXTS = {"青铜峡市发展和改革局", "officer-0042", "行政许可审查 \"A\"\n", "\u0001\t", "ALLOWED", "x"};

  private static String text(SplittableRandom r) {
    return TEXTS[r.nextInt(TEXTS.length)] + (r.nextBoolean() ? "" : Integer.toString(r.nextInt(1000)));
  }

  private static AuditEntry random(SplittableRandom r) {
    boolean query = r.nextBoolean();
    AuditEntry.Builder b = query ? AuditEntry.query().purpose(text(r))
        : AuditEntry.decision(DecisionKind.values()[r.nextInt(DecisionKind.values().length)]).action(text(r));
    b.recordedAt(Instant.ofEpochSecond(1_700_000_000L + r.nextInt(100_000_000), r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0))
        .actor(text(r)).department(text(r)).outcome(text(r)).subjectToken("k" + r.nextInt(3), "tok-" + r.nextInt(1 << 20));
    if (r.nextBoolean()) {
      b.reference(text(r));
    }
    if (r.nextBoolean()) {
      b.payload(r.nextBoolean() ? "{\"a\":[1,-2,0.5,true,null,\"\\u001f\"],\"b\":{}}" : "\"{\\\"format\\\":1}\"");
    }
    return b.build();
  }

  @Test
  void sec2_everyEntryReadsBackFromItsBytes() {
    Seeds.forEachSeed(500, seed -> {
      AuditEntry e = random(Seeds.random(seed));
      AuditEntry back = AuditEntry.parse(e.canonicalJson());
      assertThat(back).isEqualTo(e);
      assertThat(back.log()).isEqualTo(e.log());
      assertThat(back.decisionKind()).isEqualTo(e.decisionKind());
      assertThat(back.recordedAt()).isEqualTo(e.recordedAt());
      assertThat(back.actor()).isEqualTo(e.actor());
      assertThat(back.department()).isEqualTo(e.department());
      assertThat(back.subjectKeyId()).isEqualTo(e.subjectKeyId());
      assertThat(back.subjectToken()).isEqualTo(e.subjectToken());
      assertThat(back.purpose()).isEqualTo(e.purpose());
      assertThat(back.action()).isEqualTo(e.action());
      assertThat(back.reference()).isEqualTo(e.reference());
      assertThat(back.outcome()).isEqualTo(e.outcome());
      assertThat(back.payload()).isEqualTo(e.payload());
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"format\":\"creditgov-audit-entry/2\"}",
      "{\"actor\":\"a\",\"department\":\"d\",\"format\":\"creditgov-audit-entry/1\",\"log\":\"OTHER\",\"outcome\":\"o\","
          + "\"recordedAt\":\"2026-11-29T08:00:00Z\",\"subject\":{\"keyId\":\"k\",\"token\":\"t\"}}",
      "{\"actor\":\"a\",\"department\":\"d\",\"format\":\"creditgov-audit-entry/1\",\"log\":\"QUERY\",\"outcome\":\"o\","
          + "\"recordedAt\":\"2026-11-29T08:00:00Z\",\"subject\":{\"keyId\":\"k\",\"token\":\"t\"}}",
      "{\"actor\":\"a\",\"department\":\"d\",\"extra\":\"x\",\"format\":\"creditgov-audit-entry/1\",\"log\":\"QUERY\",\"outcome\":\"o\","
          + "\"purpose\":\"p\",\"recordedAt\":\"2026-11-29T08:00:00Z\",\"subject\":{\"keyId\":\"k\",\"token\":\"t\"}}",
      "{\"actor\":\"a\",\"department\":\"d\",\"format\":\"creditgov-audit-entry/1\",\"log\":\"QUERY\",\"outcome\":\"o\","
          + "\"purpose\":\"p\",\"recordedAt\":\"yesterday\",\"subject\":{\"keyId\":\"k\",\"token\":\"t\"}}",
      "{\"actor\":\"a\",\"department\":\"d\",\"format\":\"creditgov-audit-entry/1\",\"log\":\"QUERY\",\"outcome\":1,"
          + "\"purpose\":\"p\",\"recordedAt\":\"2026-11-29T08:00:00Z\",\"subject\":{\"keyId\":\"k\",\"token\":\"t\"}}",
      "{\"actor\":\"a\",\"department\":\"d\",\"format\":\"creditgov-audit-entry/1\",\"log\":\"QUERY\",\"outcome\":\"o\","
          + "\"purpose\":\"p\",\"recordedAt\":\"2026-11-29T08:00:00.000Z\",\"subject\":{\"keyId\":\"k\",\"token\":\"t\"}}",
      "{\"actor\":\"a\",\"department\":\"d\",\"format\":\"creditgov-audit-entry/1\",\"log\":\"QUERY\",\"outcome\":\"o\","
          + "\"purpose\":\"p\",\"recordedAt\":\"2026-11-29T08:00:00Z\",\"subject\":{\"keyId\":\"k\"}}"})
  void sec2_bytesThatAreNotAnEntryOfTheFormatAreRefused(String json) {
    assertThatThrownBy(() -> AuditEntry.parse(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(AuditEntryException.class,
            e -> assertThat(e.reason()).isEqualTo(AuditEntryException.Reason.NOT_AN_ENTRY));
  }

  @Test
  void sec2_bytesThatAreNotCanonicalAreRefusedAndACreditCodeIsRefusedOnReadingToo() {
    assertThatThrownBy(() -> AuditEntry.parse("{ \"format\":1}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(AuditEntryException.class,
            e -> assertThat(e.reason()).isEqualTo(AuditEntryException.Reason.NOT_CANONICAL_JSON));
    String code = IdentifierGenerators.validUscc(Seeds.random(3));
    String json = "{\"actor\":\"" + code + "\",\"department\":\"d\",\"format\":\"creditgov-audit-entry/1\",\"log\":\"QUERY\","
        + "\"outcome\":\"o\",\"purpose\":\"p\",\"recordedAt\":\"2026-11-29T08:00:00Z\",\"subject\":{\"keyId\":\"k\",\"token\":\"t\"}}";
    assertThatThrownBy(() -> AuditEntry.parse(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(AuditEntryException.class, e -> {
          assertThat(e.reason()).isEqualTo(AuditEntryException.Reason.CREDIT_CODE);
          assertThat(e.getMessage()).doesNotContain(code);
        });
  }
}
