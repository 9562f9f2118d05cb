package org.creditgov.core.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgov.core.legal.LegalBasis;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How writers write legal bases (LB-1), the way {@link LegalBasisRead} reads them: each instrument
 * declared once in the document's {@code instruments} block under a key, and every basis a
 * reference to it — the key alone, or {@code {"ref": key, "article": …}} when an article is cited.
 * Reading what is written gives equal bases. One per document written; not thread-safe.
 *
 * <p>Internal to the library.
 */
public final class LegalBasisWrite {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The instruments (bases without their article) by the key they are declared under. */
  private final Map<LegalBasis, String> keys = new LinkedHashMap<>();

  /** A writer with no instrument declared yet. */
  public LegalBasisWrite() {}

  /** {@code basis} as written: a reference to its instrument, which is declared if it is not yet. */
  public JsonNode basis(LegalBasis basis) {
    requireNonNull(basis, "basis");
    LegalBasis instrument = basis.article().isPresent() ? basis.toBuilder().article(java.util.Optional.empty()).build() : basis;
    String key = keys.computeIfAbsent(instrument, i -> "instrument-" + (keys.size() + 1));
    if (basis.article().isEmpty()) {
      return NODES.stringNode(key);
    }
    ObjectNode ref = NODES.objectNode();
    ref.put("ref", key);
    ref.put("article", basis.article().get());
    return ref;
  }

  /** Each of {@code bases} as written, in order. */
  public List<JsonNode> bases(List<LegalBasis> bases) {
    ImmutableList.Builder<JsonNode> out = ImmutableList.builder();
    bases.forEach(b -> out.add(basis(b)));
    return out.build();
  }

  /** The {@code instruments} block: every instrument referred to so far, by key, in order. */
  public ImmutableMap<String, LegalBasisRead.Instrument> instruments() {
    ImmutableMap.Builder<String, LegalBasisRead.Instrument> b = ImmutableMap.builder();
    keys.forEach((basis, key) -> b.put(key, LegalBasisRead.Instrument.of(basis)));
    return b.buildOrThrow();
  }
}
