package org.creditgov.core.verdict;

import org.creditgov.core.RequirementId;
import org.creditgov.core.text.MessageType;

/**
 * A kind of finding a rule can make: its stable namespaced code, the requirement it serves, its
 * severity, and where its texts are. Each rule package declares its kinds as an enum implementing
 * this interface, with a resource bundle beside it holding one zh-CN and one en text per code
 * (see {@link MessageType}); the Javadoc of each constant names the facts its findings carry.
 */
public interface FindingType extends MessageType {

  /** The enum constant's name. */
  String name();

  /** The namespace of the code: the rule package, such as {@code sanction} or {@code designation}. */
  String namespace();

  /**
   * The stable code, {@code namespace.NAME} ({@code sanction.MINOR_EXCLUDED}): unique across the
   * library, the key of its texts, and the form the JSON and the oversight figures use.
   */
  @Override
  default String code() {
    return namespace() + "." + name();
  }

  /** The requirement this finding serves. */
  RequirementId requirement();

  /** How the finding weighs on a verdict. */
  Severity severity();
}
