package org.creditgov.rules.sanction;

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
import org.immutables.value.Value;

/**
 * One version of one layer of the dishonesty sanction-measure list (SAN-1), layered and
 * effective-dated like every rule set (CAT-4): the national basic list (全国失信惩戒措施基础清单) when
 * its header's jurisdiction is national, otherwise a provincial, prefecture or county supplement
 * (补充清单). Its {@link RuleSetHeader} gives the id, titles, edition, period, issuing instrument and
 * the procedural bases that verdicts under it cite; its entries are the measures.
 *
 * <p>Building a list checks it whole and fails with a {@link MeasureListFormatException} listing
 * every problem: the header's own (the code rule, blank titles), duplicate measure codes; a
 * rights-reducing measure of the national list that cites no law, administrative regulation or
 * central policy document (SAN-2); a measure of a supplement that cites none of those nor a local
 * regulation of the supplement's jurisdiction or a higher one (supplements rest on local
 * regulations); a local instrument of another jurisdiction. The rules between layers are checked
 * by {@link MeasureListRegistry.Builder#build()}.
 *
 * <pre>{@code
 * MeasureList national = MeasureList.builder()
 *     .header(RuleSetHeader.builder().id("cn-national-measures-2024").titleZh("全国失信惩戒措施基础清单（2024年版）")
 *         .edition("2024").jurisdiction(Jurisdiction.national()).effective(EffectivePeriod.from(from))
 *         .legalBasis(issuingNotice).addProceduralBases(Instruments.STATE_COUNCIL_OPINION_2020_49).build())
 *     .addMeasures(tenderBan, licenceBan)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CreditStyle
public abstract class MeasureList implements LayeredRuleSet {

  MeasureList() {} // subclassed only by the generated ImmutableMeasureList

  /** A builder. Mandatory: the header; the measures may be empty. */
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
   * The builder of {@link MeasureList}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableMeasureList.Builder {
    Builder() {}
  }

  /** The header: id, titles, edition, layer, period, issuing instrument, procedural bases (CAT-4). */
  @Override
  public abstract RuleSetHeader header();

  /** The measures, in order. */
  public abstract ImmutableList<Measure> measures();

  /** The measure codes, in order: a supplement may not redefine one of a higher layer in force at the same time. */
  @Override
  @Value.Lazy
  public ImmutableList<String> entryCodes() {
    return measures().stream().map(Measure::code).collect(ImmutableList.toImmutableList());
  }

  /** {@code /measures/<index>/code}. */
  @Override
  public String entryCodePointer(int index) {
    return "/measures/" + index + "/code";
  }

  /** The measure of the given code in this list alone. */
  public Optional<Measure> measure(String code) {
    return Optional.ofNullable(measuresByCode().get(code));
  }

  @Value.Lazy
  ImmutableMap<String, Measure> measuresByCode() {
    ImmutableMap.Builder<String, Measure> b = ImmutableMap.builder();
    measures().forEach(m -> b.put(m.code(), m));
    return b.buildKeepingLast();
  }

  /**
   * The problems of {@code measures} as the entries of one list version (SAN-1, SAN-2), as {@link
   * #builder()}{@code .build()} checks them: two measures with one code and, when the layer's
   * jurisdiction is known, bases below the level the layer requires or local instruments of another
   * jurisdiction. {@code pointers} gives each measure's JSON pointer in {@code source} (a reader
   * passes the measures it could read with their places in the file); problems are located below
   * them. A lint entry point.
   *
   * @throws IllegalArgumentException if there is not one pointer per measure
   */
  public static ImmutableList<DataProblem> entryProblems(String source, Optional<Jurisdiction> layer,
      List<Measure> measures, List<String> pointers) {
    return ListRules.entryProblems(source, layer, measures, pointers);
  }

  /** @throws MeasureListFormatException listing every problem of this list taken alone */
  @Value.Check
  void check() {
    String src = header().sourceName();
    List<DataProblem> problems = new ArrayList<>();
    header().problems().forEach(p -> problems.add(p.serving(RequirementId.SAN_1)));
    List<String> pointers = new ArrayList<>(measures().size());
    for (int i = 0; i < measures().size(); i++) {
      pointers.add("/measures/" + i);
    }
    problems.addAll(entryProblems(src, Optional.of(jurisdiction()), measures(), pointers));
    ListRules.throwIfAny(problems);
  }

  /** The id, edition, jurisdiction, period and size. */
  @Override
  public String toString() {
    return id() + " (" + header().edition() + ", " + jurisdiction() + ", " + effective() + ", " + measures().size() + " measures)";
  }
}
