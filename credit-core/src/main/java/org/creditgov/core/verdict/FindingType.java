package org.creditgov.core.verdict;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A kind of finding a rule can make: its stable code, the requirement it serves, its severity, and
 * where its messages are. Each rule package declares its kinds as an enum implementing this
 * interface, with a resource bundle beside it holding one zh-CN and one en message per code.
 *
 * <p>The bundle's root file ({@code messages.properties}) is English, and {@code
 * messages_zh.properties} Simplified Chinese; a message is a {@link java.text.MessageFormat}
 * pattern over the arguments given to {@link Finding#of}.
 */
public interface FindingType {

  /** The enum constant's name; see {@link #code()}. */
  String name();

  /** The stable code of this kind of finding, by default the enum constant's name. */
  default String code() {
    return name();
  }

  /** The requirement this finding serves. */
  RequirementId requirement();

  /** How the finding weighs on a verdict. */
  Severity severity();

  /**
   * The resource bundle holding this finding's messages for {@code locale}: {@link
   * java.util.Locale#ROOT} asks for English, {@link java.util.Locale#SIMPLIFIED_CHINESE} for Chinese.
   *
   * <p>Implement it in the module that holds the bundle, as one line:
   *
   * <pre>{@code
   * @Override
   * public ResourceBundle messages(Locale locale) {
   *   return ResourceBundle.getBundle("org.creditgov.rules.sanction.messages", locale);
   * }
   * }</pre>
   *
   * {@code ResourceBundle.getBundle} finds a bundle in the module of its caller: in a named module
   * another module (credit-core, say) cannot load it on the implementor's behalf.
   *
   * @throws java.util.MissingResourceException if there is no such bundle
   */
  ResourceBundle messages(Locale locale);
}
