package org.creditgov.core;

import static java.util.Objects.requireNonNull;

/**
 * Something with a name in Simplified Chinese and in English: the enums of the library
 * ({@code InstrumentLevel}, {@code SubjectType} …) and free pairs made with {@link #of}. Passed as
 * an argument of a finding, it is written in the language of each message, so a Chinese name never
 * appears in an English message or the other way round.
 */
public interface Bilingual {

  /** The name in Simplified Chinese. */
  String nameZh();

  /** The name in English. */
  String nameEn();

  /**
   * A pair of texts.
   *
   * @throws NullPointerException if either is null
   */
  static Bilingual of(String zh, String en) {
    requireNonNull(zh, "zh");
    requireNonNull(en, "en");
    return new Pair(zh, en);
  }

  /** The pair {@link #of} makes; its string form is the English text. */
  record Pair(String nameZh, String nameEn) implements Bilingual {
    @Override
    public String toString() {
      return nameEn;
    }
  }
}
