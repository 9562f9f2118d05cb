package org.creditgov.cli;

import static java.util.Objects.requireNonNull;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.creditgov.core.Bilingual;

/**
 * What the command line says to its user, in Simplified Chinese or English: the help of every
 * command and every message, from the resource bundle {@code org/creditgov/cli/Messages} (English)
 * and {@code Messages_zh} (Chinese). Written for a data officer, not a programmer; never holds
 * personal data. Immutable.
 */
public final class Texts {

  /** The base name of the bundle, which picocli also reads the help from. */
  public static final String BUNDLE = "org.creditgov.cli.Messages";

  private final Locale locale;
  private final ResourceBundle bundle;

  private Texts(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /**
   * The texts for {@code locale}: Chinese when its language is Chinese, English otherwise.
   *
   * @throws NullPointerException if {@code locale} is null
   */
  public static Texts of(Locale locale) {
    boolean zh = "zh".equals(requireNonNull(locale, "locale").getLanguage());
    Locale l = zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    // no fallback to the default locale: English asked for on a Chinese system is English
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, zh ? Locale.CHINESE : Locale.ROOT,
        Texts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Texts(l, b);
  }

  /** The texts of the language named {@code zh} or {@code en}. */
  static Texts ofLanguage(String language) {
    return of("zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
  }

  /** The locale of these texts: {@code zh-CN} or {@code en}. */
  public Locale locale() {
    return locale;
  }

  /** Whether these texts are Chinese. */
  public boolean chinese() {
    return "zh".equals(locale.getLanguage());
  }

  /** The bundle, for picocli's help. */
  public ResourceBundle bundle() {
    return bundle;
  }

  /**
   * The text under {@code key}, with {@code {0}}, {@code {1}} … replaced by the arguments.
   *
   * @throws MissingResourceException if no text has that key (a defect)
   */
  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** A value's name in this language. */
  public String name(Bilingual value) {
    return chinese() ? value.nameZh() : value.nameEn();
  }

  /** The language. */
  @Override
  public String toString() {
    return "Texts[" + locale.toLanguageTag() + "]";
  }
}
