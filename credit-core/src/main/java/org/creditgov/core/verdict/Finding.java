package org.creditgov.core.verdict;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.legal.LegalBasis;
import org.immutables.value.Value;

/**
 * One finding of a check: what was found (a stable {@link #code()}), which requirement it serves,
 * how heavy it is, the legal bases it rests on, and a message in zh-CN and en. Findings are plain
 * immutable values (strings, enums, lists), so they serialise to JSON as they are.
 *
 * <p>Messages are resolved once, when the finding is made, from the resource bundle its {@link
 * FindingType} supplies. The arguments are formatted into the messages and kept as strings: never
 * pass personal data as an argument; pass a masked form.
 */
@Value.Immutable
@CreditStyle
public abstract class Finding {

  Finding() {} // subclassed only by the generated ImmutableFinding

  /**
   * A finding of the given type, citing the given legal bases, with its messages formatted from
   * the type's bundle.
   *
   * @throws IllegalArgumentException if {@code legalBases} is empty
   * @throws IllegalStateException if the type's bundle lacks a message for its code
   */
  public static Finding of(FindingType type, Iterable<LegalBasis> legalBases, Object... arguments) {
    requireNonNull(type, "type");
    Object[] args = arguments.clone();
    return ImmutableFinding.builder()
        .code(type.code())
        .requirement(type.requirement())
        .severity(type.severity())
        .addAllLegalBases(legalBases)
        .messageZh(format(type, Locale.SIMPLIFIED_CHINESE, args))
        .messageEn(format(type, Locale.ROOT, args))
        .addAllArguments(Arrays.stream(args).map(String::valueOf).collect(ImmutableList.toImmutableList()))
        .build();
  }

  /** As {@link #of(FindingType, Iterable, Object...)} with a single legal basis. */
  public static Finding of(FindingType type, LegalBasis legalBasis, Object... arguments) {
    return of(type, ImmutableList.of(legalBasis), arguments);
  }

  /** The stable code of the finding's type. */
  public abstract String code();

  /** The requirement the finding serves. */
  public abstract RequirementId requirement();

  /** How the finding weighs on the verdict. */
  public abstract Severity severity();

  /** The legal bases the finding rests on; never empty. */
  public abstract ImmutableList<LegalBasis> legalBases();

  /** The message in Simplified Chinese. */
  public abstract String messageZh();

  /** The message in English. */
  public abstract String messageEn();

  /** The arguments formatted into the messages, as strings. */
  public abstract ImmutableList<String> arguments();

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

  private static String format(FindingType type, Locale locale, Object[] args) {
    ResourceBundle bundle;
    try {
      bundle = type.messages(locale);
      return new MessageFormat(bundle.getString(type.code()), locale).format(args);
    } catch (MissingResourceException e) {
      throw new IllegalStateException(
          "no " + (locale.getLanguage().isEmpty() ? "en" : locale) + " message for finding "
              + type.code() + " in its bundle", e);
    }
  }

  /** The code, requirement id and English message; a finding carries no personal data. */
  @Override
  public String toString() {
    return code() + " (" + requirement().id() + ", " + severity() + "): " + messageEn();
  }
}
