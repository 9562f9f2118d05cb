package org.creditgov.rules.designation;

import static java.util.Objects.requireNonNull;

import org.creditgov.core.verdict.RuleSetVersion;

/**
 * A reference to a list type as it was in force (DES-7): its code and the version of the list-type
 * sets it was resolved in (each layer's id and effective date). Events name their list type by a
 * {@code ListTypeRef}, and replay resolves it through a {@link ListTypeLookup} (a {@link
 * ListTypeRegistry}), so an event never embeds the list type and a history always replays under
 * the figures it was decided under.
 *
 * @param code the list type's code
 * @param version the list-type sets it was resolved in
 */
public record ListTypeRef(String code, RuleSetVersion version) {

  /** Checks for nulls. */
  public ListTypeRef {
    requireNonNull(code, "code");
    requireNonNull(version, "version");
  }

  /** {@code code@version}. */
  @Override
  public String toString() {
    return code + "@" + version;
  }
}
