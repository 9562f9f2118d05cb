package org.creditgov.rules.incentive;

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
import org.creditgov.core.verdict.Verdict;

/**
 * Every incentive-list layer and version a system knows (INC-1), resolved as every rule set is
 * (CAT-4): {@link #resolve(Jurisdiction, LocalDate)} gives the lists in force on J's parent chain
 * on D, and {@link #check(String, EligibilityQuery)} answers whether a subject is eligible for an
 * incentive there and then, with every reason it is not (or {@code ruleset.NOT_IN_FORCE} when no
 * incentive list is in force). No national layer is needed: a county's list applies on its own.
 * The public face of a {@link RuleSetRegistry} of {@link #KIND}.
 *
 * <p>Building a registry checks the lists together and refuses them all, with every problem, if
 * two versions of one layer overlap, a lower layer redefines an incentive of a higher layer in force
 * at the same time, or two lists share an id. Immutable and thread-safe.
 *
 * <pre>{@code
 * IncentiveRegistry incentives = IncentiveRegistry.builder().addList(BundledLists.qingtongxiaIncentives()).build();
 * Verdict v = incentives.check("QTX-INC-CREDIT-LENDING", query);
 * }</pre>
 */
public final class IncentiveRegistry {

  /**
   * The kind of rule set: {@code incentive-list}, serving INC-1, founded on 国办发〔2020〕49号; a
   * local list is in force without a national one.
   */
  public static final RuleSetKind KIND = RuleSetKind.of("incentive-list",
      Bilingual.of("守信激励措施清单", "list of incentives for trustworthy subjects"), RequirementId.INC_1, false,
      IncentiveListFormatException::new);

  private final RuleSetRegistry<IncentiveList, ResolvedIncentiveList> registry;

  private IncentiveRegistry(RuleSetRegistry<IncentiveList, ResolvedIncentiveList> registry) {
    this.registry = registry;
  }

  /** A builder with no lists. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every list, national first, then by jurisdiction and start date. */
  public ImmutableList<IncentiveList> lists() {
    return registry.versions();
  }

  /** The list version of the given id. */
  public Optional<IncentiveList> list(String id) {
    return registry.version(id);
  }

  /**
   * The incentive lists in force in {@code jurisdiction} on {@code date}: every version on the
   * jurisdiction's parent chain in force then; empty when none is.
   *
   * @throws NullPointerException if an argument is null
   */
  public Optional<ResolvedIncentiveList> resolve(Jurisdiction jurisdiction, LocalDate date) {
    return registry.resolve(jurisdiction, date);
  }

  /**
   * Whether the query's subject is eligible, in the query's jurisdiction on its date, for the
   * incentive of the given code (INC-1), with every reason it is not: {@code ruleset.NOT_IN_FORCE}
   * when no list is in force, the incentive not on the lists in force, a subject type it is not
   * for, a listing in force, unrepaired serious dishonesty information, commitments not kept. The
   * verdict names the list versions applied.
   *
   * @throws NullPointerException if an argument is null
   */
  public Verdict check(String incentiveCode, EligibilityQuery query) {
    requireNonNull(incentiveCode, "incentiveCode");
    requireNonNull(query, "query");
    ResolvedIncentiveList lists = registry.resolveOrNull(query.jurisdiction(), query.date());
    if (lists == null) {
      return Verdict.of(ImmutableList.of(notInForce(query.jurisdiction(), query.date())));
    }
    return lists.check(incentiveCode, query);
  }

  /**
   * The finding that no incentive list is in force in {@code jurisdiction} on {@code date} ({@code
   * ruleset.NOT_IN_FORCE}).
   *
   * @throws NullPointerException if an argument is null
   */
  public Finding notInForce(Jurisdiction jurisdiction, LocalDate date) {
    return registry.notInForce(jurisdiction, date);
  }

  @Override
  public String toString() {
    return "IncentiveRegistry[" + registry.versions().size() + " lists]";
  }

  /** Collects lists; {@link #build()} checks them together. Not thread-safe. */
  public static final class Builder {

    private final RuleSetRegistry.Builder<IncentiveList, ResolvedIncentiveList> lists =
        RuleSetRegistry.builder(KIND, ResolvedIncentiveList::new);

    private Builder() {}

    /**
     * Adds one list version.
     *
     * @throws NullPointerException if {@code list} is null
     */
    @CanIgnoreReturnValue
    public Builder addList(IncentiveList list) {
      lists.add(requireNonNull(list, "list"));
      return this;
    }

    /**
     * Adds list versions.
     *
     * @throws NullPointerException if an element is null
     */
    @CanIgnoreReturnValue
    public Builder addLists(Iterable<IncentiveList> more) {
      more.forEach(this::addList);
      return this;
    }

    /** The lists added so far, in the order added. */
    public ImmutableList<IncentiveList> lists() {
      return lists.versions();
    }

    /**
     * The problems {@link #build()} would refuse the lists for, as data (a lint entry point):
     * overlapping versions, redefinitions of a higher layer's incentives, duplicate ids, each
     * serving INC-1.
     */
    public ImmutableList<DataProblem> problems() {
      return lists.problems();
    }

    /**
     * The registry.
     *
     * @throws IncentiveListFormatException listing every problem {@link #problems()} lists
     */
    public IncentiveRegistry build() {
      return new IncentiveRegistry(lists.build());
    }
  }
}
