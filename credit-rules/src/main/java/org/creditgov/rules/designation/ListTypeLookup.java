package org.creditgov.rules.designation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.verdict.RuleSetVersion;

/**
 * Finds a list type by code and version (DES-7), as replay needs it: the list type a designation
 * was proposed on, with the figures of the version it was resolved in. {@link ListTypeRegistry} is
 * the lookup the library provides; a caller may give its own (a store of past versions, say).
 */
@FunctionalInterface
public interface ListTypeLookup {

  /**
   * The list type of {@code code} in {@code version}, with what it was resolved with; empty when
   * this lookup does not hold that version or the version has no such list type.
   */
  Optional<ResolvedListType> find(String code, RuleSetVersion version);

  /** {@link #find} of the reference's code and version. */
  default Optional<ResolvedListType> find(ListTypeRef ref) {
    return find(ref.code(), ref.version());
  }

  /**
   * A lookup holding exactly {@code listTypes}, each found by its own reference (code and version).
   *
   * @throws NullPointerException if an element is null
   */
  static ListTypeLookup of(ResolvedListType... listTypes) {
    Map<ListTypeRef, ResolvedListType> byRef = new HashMap<>();
    for (ResolvedListType t : listTypes) {
      byRef.put(t.ref(), t);
    }
    return (code, version) -> Optional.ofNullable(byRef.get(new ListTypeRef(code, version)));
  }
}
