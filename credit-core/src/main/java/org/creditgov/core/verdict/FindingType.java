package org.creditgov.core.verdict;

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
   * The base name of the resource bundle with this finding's messages, in the module of the class
   * implementing this interface ({@code org.creditgov.rules.sanction.messages}, say).
   */
  String messageBundle();
}
