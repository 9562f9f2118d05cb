package org.creditgov.privacy.consent;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.Layers;
import org.creditgov.core.verdict.RuleSetVersion;

/**
 * The purposes in force in one jurisdiction over one period (PRI-1, CAT-4): every layer of the
 * purpose catalog on the jurisdiction's parent chain, national first, as {@link
 * PurposeRegistry#resolve} returns them. Immutable and thread-safe; a lookup is one hash lookup.
 */
public final class ResolvedPurposes {

  private final Layers<PurposeCatalog> layers;
  private final ImmutableMap<String, Purpose> purposes;
  private final Map<String, Purpose> lookup;

  ResolvedPurposes(Layers<PurposeCatalog> layers) {
    this.layers = layers;
    ImmutableMap.Builder<String, Purpose> b = ImmutableMap.builder();
    for (PurposeCatalog c : layers.layers()) {
      c.purposes().forEach(p -> b.put(p.code(), p));
    }
    this.purposes = b.buildKeepingLast();
    this.lookup = new HashMap<>(purposes);
  }

  /** The layers in force. */
  public Layers<PurposeCatalog> layers() {
    return layers;
  }

  /** Each layer's id and effective date, for the verdicts made under these purposes. */
  public RuleSetVersion version() {
    return layers.version();
  }

  /** What a verdict under these layers cites for its procedure. */
  public ImmutableList<LegalBasis> proceduralBases() {
    return layers.proceduralBases();
  }

  /** Every purpose in force, layer by layer. */
  public ImmutableList<Purpose> purposes() {
    return purposes.values().asList();
  }

  /** The purpose of the given code, if it is in force here. */
  public Optional<Purpose> purpose(String code) {
    return Optional.ofNullable(lookup.get(code));
  }

  @Override
  public String toString() {
    return "ResolvedPurposes[" + layers + ", " + purposes.size() + " purposes]";
  }
}
