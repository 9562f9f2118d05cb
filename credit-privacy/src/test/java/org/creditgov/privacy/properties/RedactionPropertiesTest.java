package org.creditgov.privacy.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.redact.RedactionResult;
import org.creditgov.privacy.redact.Redactor;
import org.creditgov.privacy.redact.Span;
import org.creditgov.testkit.PersonalDataGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.creditgov.testkit.TextCorpus;

/** Properties of {@link Redactor} over generated decision texts and hostile Unicode. */
class RedactionPropertiesTest {

  @Test
  void spansAreOrderedDisjointWholeCodePointsAndGoneFromTheText() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom random = Seeds.random(seed);
      // a generated decision text with hostile Unicode and a planted value of a random kind around it
      TextCorpus.LabelledText labelled = TextCorpus.generate(random.nextLong(), 1).get(0);
      DataKind kind = List.of(DataKind.RESIDENT_ID, DataKind.MOBILE, DataKind.BANK_CARD, DataKind.EMAIL).get(random.nextInt(4));
      String planted = PersonalDataGenerators.value(random, kind);
      String text =
          PersonalDataGenerators.unicode(random, 8) + "，" + labelled.text() + "；" + planted + "。" + PersonalDataGenerators.unicode(random, 8);
      RedactionResult result = Redactor.standard().redact(text, labelled.names());
      int last = 0;
      for (Span span : result.spans()) {
        assertThat(span.start()).isGreaterThanOrEqualTo(last);
        assertThat(span.end()).isLessThanOrEqualTo(text.length());
        assertThat(Character.isLowSurrogate(text.charAt(span.start()))).isFalse();
        assertThat(span.end() == text.length() || !Character.isLowSurrogate(text.charAt(span.end()))).isTrue();
        last = span.end();
      }
      for (Span expected : labelled.expected()) {
        String value = labelled.text().substring(expected.start(), expected.end());
        if (expected.kind() != DataKind.USCC) {
          assertThat(result.text()).as("redacted text keeps a %s", expected.kind()).doesNotContain(value);
        }
      }
      assertThat(result.text()).as("the planted %s", kind).doesNotContain(planted);
      assertThat(result.toString()).doesNotContain(planted);
    });
  }

  @Test
  void hostileUnicodeNeverBreaksTheRedactorNorItsOutput() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom random = Seeds.random(seed);
      String text = PersonalDataGenerators.unicode(random, 200);
      RedactionResult result = Redactor.builder().maskWith(org.creditgov.privacy.mask.MaskingProfile.PUBLIC).build().redact(text, List.of("𠮷"));
      int lone = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          lone++;
        }
      }
      int loneAfter = 0;
      String out = result.text();
      for (int i = 0; i < out.length(); i++) {
        char c = out.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < out.length() && Character.isLowSurrogate(out.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          loneAfter++;
        }
      }
      // redaction adds no lone surrogate (those of the input outside spans stay: it is not a sanitiser)
      assertThat(loneAfter).isLessThanOrEqualTo(lone);
      assertThat(out).doesNotContain("𠮷");
    });
  }
}
