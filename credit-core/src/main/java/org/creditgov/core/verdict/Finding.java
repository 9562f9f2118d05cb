package org.creditgov.core.verdict;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import org.creditgov.core.Bilingual;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.legal.LegalBasis;
import org.immutables.value.Value;

/**
 * One finding of a check: what was found (a stable {@link #code()}), which requirement it serves,
 * how heavy it is, the legal bases it rests on, and a message in zh-CN and en. Findings are plain
 * immutable values, equal when type, legal bases and arguments are equal.
 *
 * <p>Making a finding is cheap, so checks on hot paths can afford all their findings: the messages
 * are formatted from the {@link FindingType}'s resource bundle the first time they are read, then
 * kept. The arguments are formatted into the messages; a {@link Bilingual} argument (an enum of the
 * library, or {@code Bilingual.of(zh, en)}) is written in each message's language. Never pass
 * personal data as an argument; pass a masked form.
 */
@Value.Immutable
@CreditStyle
public abstract class Finding {

  Finding() {} // subclassed only by the generated ImmutableFinding

  /**
   * A finding of the given type, citing the given legal bases, with arguments for its messages.
   *
   * @throws IllegalArgumentException if {@code legalBases} is empty
   */
  public static Finding of(FindingType type, Iterable<LegalBasis> legalBases, Object... arguments) {
    requireNonNull(type, "type");
    return ImmutableFinding.builder()
        .type(type)
        .addAllLegalBases(legalBases)
        .addRawArguments(arguments.clone())
        .build();
  }

  /** As {@link #of(FindingType, Iterable, Object...)} with a single legal basis. */
  public static Finding of(FindingType type, LegalBasis legalBasis, Object... arguments) {
    return of(type, ImmutableList.of(legalBasis), arguments);
  }

  /** The kind of finding. */
  public abstract FindingType type();

  /** The legal bases the finding rests on; never empty. */
  public abstract ImmutableList<LegalBasis> legalBases();

  /** The arguments as given, for formatting (numbers stay numbers). */
  abstract ImmutableList<Object> rawArguments();

  /** The stable code of the finding's type. */
  public String code() {
    return type().code();
  }

  /** The requirement the finding serves. */
  public RequirementId requirement() {
    return type().requirement();
  }

  /** How the finding weighs on the verdict. */
  public Severity severity() {
    return type().severity();
  }

  /** The arguments formatted into the messages, as strings. */
  @Value.Lazy
  public ImmutableList<String> arguments() {
    return rawArguments().stream()
        .map(a -> a instanceof Bilingual ? ((Bilingual) a).nameEn() : String.valueOf(a))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The message in Simplified Chinese.
   *
   * @throws IllegalStateException if the type's bundle lacks a message for its code
   */
  @Value.Lazy
  public String messageZh() {
    return format(Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * The message in English.
   *
   * @throws IllegalStateException if the type's bundle lacks a message for its code
   */
  @Value.Lazy
  public String messageEn() {
    return format(Locale.ROOT);
  }

  /** The message in {@code locale}: Chinese for a Chinese locale, English otherwise. */
  public String message(Locale locale) {
    return locale.getLanguage().equals("zh") ? messageZh() : messageEn();
  }

  @Value.Check
  void check() {
    if (legalBases().isEmpty()) {
      throw new IllegalArgumentException("finding " + code() + " must cite at least one legal basis");
    }
  }

  private String format(Locale locale) {
    try {
      String pattern = type().messages(locale).getString(code());
      boolean zh = locale.getLanguage().equals("zh");
      Object[] args = rawArguments().stream()
          .map(a -> a instanceof Bilingual ? (zh ? ((Bilingual) a).nameZh() : ((Bilingual) a).nameEn()) : a)
          .toArray();
      return new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      throw new IllegalStateException(
          "no " + (locale.getLanguage().isEmpty() ? "en" : locale) + " message for finding " + code(), e);
    }
  }

  /** The code, requirement id and English message; a finding carries no personal data. */
  @Override
  public String toString() {
    return code() + " (" + requirement().id() + ", " + severity() + "): " + messageEn();
  }
}
