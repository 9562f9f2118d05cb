package org.creditgov.rules.incentive;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.ruleset.LayeredRuleSet;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.rules.sanction.BusinessContext;
import org.immutables.value.Value;

/**
 * One version of one layer of the incentives for trustworthy subjects (守信激励措施清单, INC-1; seed
 * §二.9), layered and effective-dated like every rule set (CAT-4): a national list, or a provincial,
 * prefecture or county one. Unlike a measure list, a local incentive list needs no national layer:
 * a county's list applies in the county (and every jurisdiction within it) on its own. Its {@link
 * RuleSetHeader} gives the id, titles, edition, period, issuing instrument and the procedural bases
 * verdicts under it cite; its entries are the incentives. {@link IncentiveRegistry} resolves the
 * lists in force and answers eligibility.
 *
 * <p>Building a list checks it and fails with an {@link IncentiveListFormatException} listing every
 * problem: the header's own, duplicate incentive codes, a local instrument of another jurisdiction.
 */
@Value.Immutable
@CreditStyle
public abstract class IncentiveList implements LayeredRuleSet {

  IncentiveList() {} // subclassed only by the generated ImmutableIncentiveList

  /** A builder. Mandatory: the header; the incentives may be empty. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's attributes, to build a copy with some of them changed: a
   * single-valued attribute set again replaces the copied value, an {@code add…} adds to the copied
   * elements.
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The builder of {@link IncentiveList}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableIncentiveList.Builder {
    Builder() {}
  }

  /** The header: id, titles, edition, layer, period, issuing instrument, procedural bases (CAT-4). */
  @Override
  public abstract RuleSetHeader header();

  /** The incentives, in order. */
  public abstract ImmutableList<Incentive> incentives();

  /** The incentive codes, in order: a lower layer may not redefine one of a higher layer in force at the same time. */
  @Override
  @Value.Lazy
  public ImmutableList<String> entryCodes() {
    return incentives().stream().map(Incentive::code).collect(ImmutableList.toImmutableList());
  }

  /** {@code /incentives/<index>/code}. */
  @Override
  public String entryCodePointer(int index) {
    return "/incentives/" + index + "/code";
  }

  /** The incentive of the given code in this list alone. */
  public Optional<Incentive> incentive(String code) {
    return Optional.ofNullable(byCode().get(code));
  }

  /** The incentives of this list offered in a business context, in list order. */
  public ImmutableList<Incentive> incentivesIn(BusinessContext context) {
    return incentives().stream().filter(i -> i.contexts().contains(context)).collect(ImmutableList.toImmutableList());
  }

  @Value.Lazy
  ImmutableMap<String, Incentive> byCode() {
    ImmutableMap.Builder<String, Incentive> b = ImmutableMap.builder();
    incentives().forEach(i -> b.put(i.code(), i));
    return b.buildKeepingLast();
  }

  /**
   * The problems of {@code incentives} as the entries of one list version (INC-1), as {@link
   * #builder()}{@code .build()} checks them: two incentives with one code and, when the layer's
   * jurisdiction is known, a basis that is a local instrument of a jurisdiction outside the layer's
   * chain. {@code pointers} gives each incentive's JSON pointer in {@code source}. A lint entry
   * point.
   *
   * @throws IllegalArgumentException if there is not one pointer per incentive
   */
  public static ImmutableList<DataProblem> entryProblems(String source, Optional<Jurisdiction> layer,
      List<Incentive> incentives, List<String> pointers) {
    return IncentiveRules.entryProblems(source, layer, incentives, pointers);
  }

  /** @throws IncentiveListFormatException listing every problem of the list */
  @Value.Check
  void check() {
    List<DataProblem> problems = new ArrayList<>();
    header().problems().forEach(p -> problems.add(p.serving(RequirementId.INC_1)));
    List<String> pointers = new ArrayList<>(incentives().size());
    for (int i = 0; i < incentives().size(); i++) {
      pointers.add("/incentives/" + i);
    }
    problems.addAll(entryProblems(header().sourceName(), Optional.of(jurisdiction()), incentives(), pointers));
    if (!problems.isEmpty()) {
      throw new IncentiveListFormatException(problems);
    }
  }

  /** The id, edition, jurisdiction, period and size. */
  @Override
  public String toString() {
    return id() + " (" + header().edition() + ", " + jurisdiction() + ", " + effective() + ", " + incentives().size()
        + " incentives)";
  }
}
