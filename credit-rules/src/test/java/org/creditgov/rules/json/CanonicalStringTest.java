package org.creditgov.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.SplittableRandom;
import org.creditgov.audit.entry.AuditEntry;
import org.creditgov.core.json.CanonicalJson;
import org.creditgov.audit.entry.DecisionKind;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/** Texts as RFC 8785 canonical JSON strings ({@link CanonicalJson#quoted}), as credit-audit accepts them for a payload (SEC-2). */
class CanonicalStringTest {

  @Test
  void onlyTheEscapesOfRfc8785AreWrittenControlCharactersInLowerCaseHex() {
    assertThat(CanonicalJson.quoted("a\"b\\c\b\f\n\r\t\u0001\u001f/é\u2028\u007f"))
        .isEqualTo("\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0001\\u001f/é\u2028\u007f\"");
  }

  @Test
  void everyTextQuotedIsAcceptedAsAPayloadAndReadsBack() {
    Seeds.forEachSeed(200, seed -> {
      SplittableRandom r = Seeds.random(seed);
      StringBuilder text = new StringBuilder();
      for (int i = r.nextInt(40); i > 0; i--) {
        int kind = r.nextInt(4);
        text.append(kind == 0 ? (char) r.nextInt(0x20) : kind == 1 ? (char) (0x20 + r.nextInt(0x60))
            : kind == 2 ? (char) (0x4e00 + r.nextInt(0x5000)) : "\"\\/".charAt(r.nextInt(3)));
      }
      String quoted = CanonicalJson.quoted(text.toString());
      AuditEntry e = AuditEntry.decision(DecisionKind.SANCTION_CHECK).recordedAt(Instant.EPOCH).actor("a")
          .department("d").subjectToken("k", "t").action("x").outcome("o").payload(quoted).build();
      assertThat(e.payload()).contains(quoted);
      assertThat(CanonicalJson.unquoted(quoted)).isEqualTo(text.toString());
    });
  }

  @Test
  void whatIsNotOneStringIsRefused() {
    assertThatThrownBy(() -> CanonicalJson.unquoted("{\"a\":1}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CanonicalJson.unquoted("\"open")).isInstanceOf(IllegalArgumentException.class);
  }
}
