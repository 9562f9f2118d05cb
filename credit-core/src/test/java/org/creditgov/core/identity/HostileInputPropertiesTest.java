package org.creditgov.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.testkit.IdentifierGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * No input crashes a parser: for any string, {@code parse} returns or throws {@link
 * InvalidIdentifierException} (DESIGN.md: bad external data gets one typed library exception with
 * a reason code, never another exception), {@code tryParse} and {@code isValid} never throw, and
 * the three agree. Null is a {@link NullPointerException} for {@code parse} and "not valid" for
 * the others.
 */
class HostileInputPropertiesTest {

  private static final ResidentIdNumber.Parser IDS =
      ResidentIdNumber.parser(Clock.fixed(Instant.parse("2025-06-15T04:00:00Z"), ChinaTime.ZONE));

  @Test
  void noHostileStringMakesAParserThrowAnythingButItsOwnException() {
    Seeds.forEachSeed(1000, seed -> {
      String s = IdentifierGenerators.hostileString(Seeds.random(seed));
      check(s, IDS::parse, IDS::tryParse, IDS::isValid);
      check(s, ResidentIdNumber::parse, ResidentIdNumber::tryParse, ResidentIdNumber::isValid);
      check(s, UnifiedSocialCreditCode::parse, UnifiedSocialCreditCode::tryParse, UnifiedSocialCreditCode::isValid);
      check(
          s,
          t -> UnifiedSocialCreditCode.parse(t, ValidationLevel.STRICT),
          t -> UnifiedSocialCreditCode.tryParse(t, ValidationLevel.STRICT),
          t -> UnifiedSocialCreditCode.isValid(t, ValidationLevel.STRICT));
      check(s, ForeignPermanentResidentId::parse, ForeignPermanentResidentId::tryParse, ForeignPermanentResidentId::isValid);
    });
  }

  @Test
  void nullIsNotValidAndParsingItIsANullPointerException() {
    assertThat(ResidentIdNumber.isValid(null)).isFalse();
    assertThat(ResidentIdNumber.tryParse(null)).isEmpty();
    assertThat(IDS.isValid(null)).isFalse();
    assertThat(IDS.tryParse(null)).isEmpty();
    assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
    assertThat(UnifiedSocialCreditCode.isValid(null, ValidationLevel.STRICT)).isFalse();
    assertThat(UnifiedSocialCreditCode.tryParse(null)).isEmpty();
    assertThat(ForeignPermanentResidentId.isValid(null)).isFalse();
    assertThat(ForeignPermanentResidentId.tryParse(null)).isEmpty();

    assertThatNullPointerException().isThrownBy(() -> ResidentIdNumber.parse(nullString()));
    assertThatNullPointerException().isThrownBy(() -> IDS.parse(nullString()));
    assertThatNullPointerException().isThrownBy(() -> UnifiedSocialCreditCode.parse(nullString()));
    assertThatNullPointerException().isThrownBy(() -> UnifiedSocialCreditCode.parse(nullString(), ValidationLevel.STRICT));
    assertThatNullPointerException().isThrownBy(() -> ForeignPermanentResidentId.parse(nullString()));
    assertThatNullPointerException().isThrownBy(() -> ResidentIdNumber.parser(null));
  }

  /** A null, typed as a string, to pass where the API forbids it. */
  private static String nullString() {
    return null;
  }

  private static <T> void check(
      String s, Function<String, T> parse, Function<String, Optional<T>> tryParse, Predicate<String> isValid) {
    T parsed = null;
    try {
      parsed = parse.apply(s);
    } catch (InvalidIdentifierException e) {
      assertThat(e.reason()).isNotNull();
      e.position().ifPresent(p -> assertThat(p).isBetween(1, 18));
      assertThat(e.getMessage()).isNotBlank();
    }
    Optional<T> tried = tryParse.apply(s); // must not throw
    boolean valid = isValid.test(s); // must not throw
    assertThat(tried).isEqualTo(Optional.ofNullable(parsed));
    assertThat(valid).isEqualTo(parsed != null);
  }
}
