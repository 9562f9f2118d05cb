package org.creditgov.rules.designation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.Layers;
import org.creditgov.core.verdict.RuleSetVersion;

/**
 * The list types in force in one jurisdiction over one period (DES-1, DES-2): every list type of
 * the layers on the jurisdiction's chain, national first, each {@link ResolvedListType resolved}
 * with the national list type it applies. What {@link ListTypeRegistry#resolve} returns. Immutable.
 */
public final class ResolvedListTypes {

  private final RuleSetVersion version;
  private final ImmutableList<LegalBasis> proceduralBases;
  private final ImmutableMap<String, ResolvedListType> byCode;

  private ResolvedListTypes(RuleSetVersion version, ImmutableList<LegalBasis> proceduralBases,
      ImmutableMap<String, ResolvedListType> byCode) {
    this.version = version;
    this.proceduralBases = proceduralBases;
    this.byCode = byCode;
  }

  /** The list types of the layers a registry resolved. */
  static ResolvedListTypes of(Layers<ListTypeSet> layers) {
    return of(layers.layers(), layers.version(), layers.proceduralBases());
  }

  /** The list types of {@code sets} (national first), resolved under {@code version}. */
  static ResolvedListTypes of(List<ListTypeSet> sets, RuleSetVersion version, List<LegalBasis> proceduralBases) {
    ImmutableList<LegalBasis> bases = ImmutableList.copyOf(proceduralBases);
    Map<String, ListType> national = new LinkedHashMap<>();
    for (ListTypeSet s : sets) {
      if (s.isNational()) {
        s.listTypes().forEach(t -> national.putIfAbsent(t.code(), t));
      }
    }
    Map<String, ResolvedListType> byCode = new LinkedHashMap<>();
    for (ListTypeSet s : sets) {
      for (ListType t : s.listTypes()) {
        ListType applied = t.nationalListTypeCode().map(national::get).orElse(null);
        byCode.putIfAbsent(t.code(), new ResolvedListType(t, applied, version, bases));
      }
    }
    return new ResolvedListTypes(version, bases, ImmutableMap.copyOf(byCode));
  }

  /** The procedural bases of every layer, from their headers, in layer order. */
  static ImmutableList<LegalBasis> proceduralBasesOf(List<ListTypeSet> sets) {
    Set<LegalBasis> bases = new LinkedHashSet<>();
    sets.forEach(s -> bases.addAll(s.header().proceduralBases()));
    return ImmutableList.copyOf(bases);
  }

  /** The versions of the layers: each layer's id and effective date. */
  public RuleSetVersion version() {
    return version;
  }

  /** The procedural bases of the layers. */
  public ImmutableList<LegalBasis> proceduralBases() {
    return proceduralBases;
  }

  /** The list type of {@code code}, if one is in force. */
  public Optional<ResolvedListType> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Every list type in force, national first. */
  public ImmutableList<ResolvedListType> listTypes() {
    return byCode.values().asList();
  }

  /** The version and the codes. */
  @Override
  public String toString() {
    return "ResolvedListTypes[" + version + ": " + byCode.keySet() + "]";
  }
}
