package org.creditgov.rules.designation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.creditgov.core.Bilingual;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.ruleset.RuleSetKind;
import org.creditgov.core.ruleset.RuleSetRegistry;
import org.creditgov.core.text.Fact;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.RuleSetVersion;
import org.jspecify.annotations.Nullable;

/**
 * Every version of every layer of list types, and the answers designation needs (DES-1, DES-2,
 * DES-7): the list type of a code in force in a jurisdiction on a date ({@link #inForce}), as a
 * proposal resolves it, and the list type of a code in a version ({@link #find}), as replay
 * resolves the reference an event keeps. The public face of a {@link RuleSetRegistry} of kind
 * {@link #KIND}; immutable and thread-safe.
 *
 * <p><b>No national layer needed.</b> The kind does not require a national version in force: a
 * list applied only locally rests on a local regulation (国办发〔2020〕49号 (七); DES-1 as amended) and
 * exists whether or not any national list type is loaded, so a registry holding only a province's
 * own list types answers for that province. A local list type that applies a national one is
 * refused at use when the national one is not in force ({@code NATIONAL_LIST_TYPE_NOT_IN_FORCE}),
 * and building refuses one whose national code no national version ever defines.
 *
 * <p>Building checks the versions together and refuses them all, with every problem, as every
 * rule-set registry does (duplicate ids, overlapping versions of one layer, a supplement
 * redefining a higher layer's list type), and also a local list type applying a national code that
 * no national version in force during its period defines.
 */
public final class ListTypeRegistry implements ListTypeLookup {

  /** The kind: {@code list-types}, serving DES-1, founded on 国办发〔2020〕49号, no national layer needed. */
  public static final RuleSetKind KIND = RuleSetKind.of("list-types",
      Bilingual.of("严重失信主体名单类型", "severe-list types"), RequirementId.DES_1, false, ListTypeDataException::new);

  private final RuleSetRegistry<ListTypeSet, ResolvedListTypes> registry;
  private final ConcurrentHashMap<RuleSetVersion, Optional<ResolvedListTypes>> byVersion = new ConcurrentHashMap<>();
  /** The last version looked up, for replays of many histories of one version. */
  private volatile @Nullable Last last;

  private record Last(RuleSetVersion version, ResolvedListTypes types) {}

  private ListTypeRegistry(RuleSetRegistry<ListTypeSet, ResolvedListTypes> registry) {
    this.registry = registry;
  }

  /**
   * The registry of {@code sets}.
   *
   * @throws ListTypeDataException listing every problem {@link #problems} finds
   * @throws NullPointerException if an element is null
   */
  public static ListTypeRegistry of(Iterable<ListTypeSet> sets) {
    ImmutableList<ListTypeSet> all = ImmutableList.copyOf(sets);
    List<DataProblem> problems = problems(all);
    if (!problems.isEmpty()) {
      throw new ListTypeDataException(problems);
    }
    return new ListTypeRegistry(RuleSetRegistry.<ListTypeSet, ResolvedListTypes>builder(KIND, ResolvedListTypes::of).addAll(all).build());
  }

  /** As {@link #of(Iterable)}. */
  public static ListTypeRegistry of(ListTypeSet... sets) {
    return of(List.of(sets));
  }

  /**
   * Every problem a registry of {@code sets} is refused for, as data (the lint of a set of
   * list-type files, for editors and CI): those of every rule-set registry, and local list types
   * applying a national code that no national version in force during their period defines.
   */
  public static ImmutableList<DataProblem> problems(Iterable<ListTypeSet> sets) {
    ImmutableList<ListTypeSet> all = ImmutableList.copyOf(sets);
    List<DataProblem> problems = new ArrayList<>(RuleSetRegistry.problems(KIND, all));
    for (ListTypeSet local : all) {
      if (local.isNational()) {
        continue;
      }
      for (int i = 0; i < local.listTypes().size(); i++) {
        ListType t = local.listTypes().get(i);
        if (t.nationalListTypeCode().isEmpty()) {
          continue;
        }
        String code = t.nationalListTypeCode().get();
        boolean defined = all.stream().anyMatch(n -> n.isNational() && n.effective().overlaps(local.effective())
            && n.listType(code).isPresent());
        if (!defined) {
          problems.add(DataProblem.of(DataProblemType.UNKNOWN_REFERENCE, local.header().sourceName(),
              "/listTypes/" + i + "/applies", Fact.code("reference", code)).serving(KIND.requirement()));
        }
      }
    }
    return ImmutableList.copyOf(problems);
  }

  /** Every version, national first, then by jurisdiction, start date and id. */
  public ImmutableList<ListTypeSet> versions() {
    return registry.versions();
  }

  /** The version of the given id. */
  public Optional<ListTypeSet> version(String id) {
    return registry.version(id);
  }

  /**
   * The list types in force in {@code jurisdiction} on {@code date}: those of the national layer
   * and of every layer on the jurisdiction's chain; empty when none is in force.
   */
  public Optional<ResolvedListTypes> resolve(Jurisdiction jurisdiction, LocalDate date) {
    return registry.resolve(jurisdiction, date);
  }

  /** The list type of {@code code} in force in {@code jurisdiction} on {@code date}. */
  public Optional<ResolvedListType> inForce(String code, Jurisdiction jurisdiction, LocalDate date) {
    requireNonNull(code, "code");
    ResolvedListTypes types = registry.resolveOrNull(jurisdiction, date);
    return types == null ? Optional.empty() : types.find(code);
  }

  /**
   * A list type of {@code code} in force on {@code date} in some jurisdiction, looked for when a
   * department's own chain has none: a list of another jurisdiction (DES-1).
   */
  public Optional<ListType> inForceAnywhere(String code, LocalDate date) {
    for (ListTypeSet s : registry.versions()) {
      if (s.inForceOn(date) && s.listType(code).isPresent()) {
        return s.listType(code);
      }
    }
    return Optional.empty();
  }

  /**
   * The list type of {@code code} in {@code version}: the layers the version names (each by id and
   * effective date), resolved as they were; empty when the registry does not hold every layer of
   * the version or the layers define no such list type.
   */
  @Override
  public Optional<ResolvedListType> find(String code, RuleSetVersion version) {
    requireNonNull(code, "code");
    Last l = last;
    ResolvedListTypes types;
    if (l != null && l.version == version) {
      types = l.types;
    } else {
      Optional<ResolvedListTypes> found = byVersion.computeIfAbsent(requireNonNull(version, "version"), this::layersOf);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      types = found.get();
      last = new Last(version, types);
    }
    return types.find(code);
  }

  private Optional<ResolvedListTypes> layersOf(RuleSetVersion version) {
    List<ListTypeSet> sets = new ArrayList<>();
    for (RuleSetVersion.Layer layer : version.layers()) {
      Optional<ListTypeSet> s = registry.version(layer.id());
      if (!layer.kind().equals(KIND.code()) || s.isEmpty() || !s.get().effective().from().equals(layer.effectiveFrom())) {
        return Optional.empty();
      }
      sets.add(s.get());
    }
    return Optional.of(ResolvedListTypes.of(sets, version, ResolvedListTypes.proceduralBasesOf(sets)));
  }

  /** The finding that no list type is in force in {@code jurisdiction} on {@code date} ({@code ruleset.NOT_IN_FORCE}). */
  public Finding notInForce(Jurisdiction jurisdiction, LocalDate date) {
    return registry.notInForce(jurisdiction, date);
  }

  @Override
  public String toString() {
    return "ListTypeRegistry[" + registry.versions().size() + " versions]";
  }
}
