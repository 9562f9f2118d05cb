package org.creditgov.core.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.creditgov.core.catalog.CatalogFinding;
import org.creditgov.core.ruleset.RuleSetFinding;
import org.creditgov.core.verdict.FindingType;

/**
 * The finding types the library knows, by code, so that a finding read from JSON gets its type
 * back: credit-core's own and those every module on the path declares through a {@link
 * FindingTypeProvider} ({@link ServiceLoader}). A code read that no type has becomes an {@link
 * UnknownFindingType}. Immutable and thread-safe.
 */
public final class FindingTypes {

  private static final class Discovered {
    static final FindingTypes INSTANCE = discover();
  }

  private final ImmutableMap<String, FindingType> byCode;

  private FindingTypes(ImmutableMap<String, FindingType> byCode) {
    this.byCode = byCode;
  }

  /** credit-core's finding types and those of every {@link FindingTypeProvider} found, loaded once. */
  public static FindingTypes discovered() {
    return Discovered.INSTANCE;
  }

  private static FindingTypes discover() {
    Map<String, FindingType> all = new LinkedHashMap<>();
    add(all, List.of(RuleSetFinding.values()));
    add(all, List.of(CatalogFinding.values()));
    for (FindingTypeProvider p : ServiceLoader.load(FindingTypeProvider.class, FindingTypes.class.getClassLoader())) {
      add(all, p.findingTypes());
    }
    return new FindingTypes(ImmutableMap.copyOf(all));
  }

  /**
   * The types of {@code types} only (for tests, or a registry of one's own).
   *
   * @throws IllegalStateException if two types share a code
   */
  public static FindingTypes of(Iterable<? extends FindingType> types) {
    Map<String, FindingType> all = new LinkedHashMap<>();
    add(all, types);
    return new FindingTypes(ImmutableMap.copyOf(all));
  }

  /**
   * These types and {@code more}.
   *
   * @throws IllegalStateException if two types share a code
   */
  public FindingTypes with(Iterable<? extends FindingType> more) {
    Map<String, FindingType> all = new LinkedHashMap<>(byCode);
    add(all, more);
    return new FindingTypes(ImmutableMap.copyOf(all));
  }

  private static void add(Map<String, FindingType> all, Iterable<? extends FindingType> types) {
    for (FindingType t : types) {
      FindingType before = all.putIfAbsent(requireNonNull(t, "type").code(), t);
      if (before != null && !before.equals(t)) {
        throw new IllegalStateException("two finding types have the code " + t.code() + ": " + before + ", " + t);
      }
    }
  }

  /** The type of {@code code}, if one is known. */
  public Optional<FindingType> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Every code known, in order of registration. */
  public Iterable<String> codes() {
    return byCode.keySet();
  }

  @Override
  public String toString() {
    return "FindingTypes[" + byCode.size() + " codes]";
  }
}
