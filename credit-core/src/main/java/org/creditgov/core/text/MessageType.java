package org.creditgov.core.text;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A kind of message the library writes: a finding type or a data-problem type. It has a stable,
 * namespaced code ({@code sanction.MINOR_EXCLUDED}), which is also the key of its text in the
 * resource bundles, and it names the bundle its texts are in.
 *
 * <p>The bundle's root file ({@code messages.properties}) is English and {@code
 * messages_zh.properties} Simplified Chinese; each text is a template over the message's facts by
 * name: {@code 异议应在{deadline}前答复。} A user overrides texts with {@link
 * MessageTexts#withOverrides}, keyed by the same codes.
 */
public interface MessageType {

  /** The stable, namespaced code: {@code namespace.NAME}. */
  String code();

  /**
   * The resource bundle holding this type's texts for {@code locale}: {@link Locale#ROOT} asks for
   * English, {@link Locale#SIMPLIFIED_CHINESE} for Chinese.
   *
   * <p>Implement it in the module that holds the bundle, as one line ({@code
   * ResourceBundle.getBundle("org.creditgov.rules.sanction.messages", locale)}): {@code
   * getBundle} finds a bundle in the module of its caller, so in a named module another module
   * cannot load it on the implementor's behalf.
   *
   * @throws java.util.MissingResourceException if there is no such bundle
   */
  ResourceBundle messages(Locale locale);
}
