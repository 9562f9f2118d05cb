package org.creditgov.rules.sanction;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.Bilingual;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.ruleset.RuleSetKind;
import org.creditgov.core.ruleset.RuleSetRegistry;
import org.creditgov.core.verdict.Finding;
import org.jspecify.annotations.Nullable;

/**
 * Every measure-list layer and version a system knows (SAN-1), resolved as every rule set is
 * (CAT-4): {@link #resolve(Jurisdiction, LocalDate)} answers "which measure list is in force in J
 * on D" — the national basic list in force on D plus every supplement on J's parent chain in force
 * on it. The public face of a {@link RuleSetRegistry} of {@link #KIND}.
 *
 * <p>Building a registry checks the lists together and refuses them all, with every problem, if
 * two versions of one layer overlap, a supplement redefines a measure of a higher layer in force at
 * the same time, or two lists share an id. The result does not depend on the order lists were
 * added in. Immutable and thread-safe; each period's resolution is compiled once, on first use.
 */
public final class MeasureListRegistry {

  /**
   * The kind of rule set: {@code measure-list} (as {@code RuleSetVersion} writes it), serving
   * SAN-1, founded on 国办发〔2020〕49号; nothing is in force without a national basic list.
   */
  public static final RuleSetKind KIND = RuleSetKind.of("measure-list",
      Bilingual.of("失信惩戒措施清单", "list of dishonesty sanction measures"), RequirementId.SAN_1, true,
      MeasureListFormatException::new);

  private final RuleSetRegistry<MeasureList, ResolvedMeasureList> registry;

  private MeasureListRegistry(RuleSetRegistry<MeasureList, ResolvedMeasureList> registry) {
    this.registry = registry;
  }

  /** A builder with no lists. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every list, national first, then by jurisdiction and start date. */
  public ImmutableList<MeasureList> lists() {
    return registry.versions();
  }

  /** The list version of the given id. */
  public Optional<MeasureList> list(String id) {
    return registry.version(id);
  }

  /**
   * The measure list in force in {@code jurisdiction} on {@code date}: the national basic list in
   * force on that date plus every supplement on the jurisdiction's parent chain in force on it;
   * empty when no national basic list is in force on the date (nothing is guessed).
   *
   * @throws NullPointerException if an argument is null
   */
  public Optional<ResolvedMeasureList> resolve(Jurisdiction jurisdiction, LocalDate date) {
    return registry.resolve(jurisdiction, date);
  }

  @Nullable ResolvedMeasureList resolveOrNull(Jurisdiction jurisdiction, LocalDate date) {
    return registry.resolveOrNull(jurisdiction, date);
  }

  /**
   * The finding that no measure list is in force in {@code jurisdiction} on {@code date} ({@code
   * ruleset.NOT_IN_FORCE}, citing 国办发〔2020〕49号).
   *
   * @throws NullPointerException if an argument is null
   */
  public Finding notInForce(Jurisdiction jurisdiction, LocalDate date) {
    return registry.notInForce(jurisdiction, date);
  }

  @Override
  public String toString() {
    return "MeasureListRegistry[" + registry.versions().size() + " lists]";
  }

  /** Collects lists; {@link #build()} checks them together. Not thread-safe. */
  public static final class Builder {

    private final RuleSetRegistry.Builder<MeasureList, ResolvedMeasureList> lists =
        RuleSetRegistry.builder(KIND, ResolvedMeasureList::new);

    private Builder() {}

    /**
     * Adds one list version.
     *
     * @throws NullPointerException if {@code list} is null
     */
    @CanIgnoreReturnValue
    public Builder addList(MeasureList list) {
      lists.add(requireNonNull(list, "list"));
      return this;
    }

    /**
     * Adds list versions.
     *
     * @throws NullPointerException if an element is null
     */
    @CanIgnoreReturnValue
    public Builder addLists(Iterable<MeasureList> more) {
      more.forEach(this::addList);
      return this;
    }

    /**
     * The problems {@link #build()} would refuse the lists for, as data (a lint entry point):
     * overlapping versions of one layer, redefinitions of a higher layer's measures, duplicate
     * ids, each serving SAN-1. Empty when the lists fit together.
     */
    public ImmutableList<DataProblem> problems() {
      return lists.problems();
    }

    /**
     * The registry.
     *
     * @throws MeasureListFormatException listing every problem {@link #problems()} lists
     */
    public MeasureListRegistry build() {
      return new MeasureListRegistry(lists.build());
    }
  }
}
