package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.Bilingual;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.LayeredRuleSet;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.ruleset.RuleSetKind;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.immutables.value.Value;

/**
 * One version of the publication-period rules of a series (CAT-6, REP-4): a rule-set version whose
 * {@link #header()} names its {@link RuleSetHeader#series() series} — the national series
 * (发改办财金〔2019〕527号, then NDRC Order 58 from 2023-05-01, then NDRC Order 36 with 国办发〔2025〕22号
 * from 2026-04-01) or a sector overlay such as market regulation (SAMR Order 45, then Order 107) —
 * and the period it applies to decisions dated in. It sets a {@link PublicationPeriod} per {@link
 * SeverityClass}; a class it does not set is undetermined under it. It has no entries: versions of
 * different series do not compete, and a series' versions replace each other in time. Regimes are
 * data, not constants: the bundled figures carry their sources and {@link RuleSetHeader#unconfirmed()}
 * notes, and a user may load their own.
 *
 * <p>The header's {@link RuleSetHeader#legalBasis() legal basis} is the instrument that set the
 * periods, and its {@link RuleSetHeader#proceduralBases() procedural bases} the further instruments
 * they rest on; {@link #legalBases()} is both, which the publication findings cite. Credit repair
 * reuses the shape: the regime in force on a decision's date decides when repair may be applied for
 * and when publication ends.
 */
@Value.Immutable
@CreditStyle
public abstract class PublicationRegime implements LayeredRuleSet {

  /**
   * The kind of rule set a regime is: code {@code publication-regime}, its layering (no two versions
   * of one series in force on a common day) serving REP-4, resolved without a national layer being
   * required, refused with a {@link CatalogFormatException}.
   */
  public static final RuleSetKind KIND = RuleSetKind.of("publication-regime",
      Bilingual.of("公示期限规则", "publication regime"), RequirementId.REP_4, false, CatalogFormatException::new);

  PublicationRegime() {} // subclassed only by the generated ImmutablePublicationRegime

  /** A builder; the header (with a series) is mandatory. */
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
   * The builder of {@link PublicationRegime}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutablePublicationRegime.Builder {
    Builder() {}
  }

  /** The header: id, series, titles, period of decision dates it applies to, its instruments. */
  @Override
  public abstract RuleSetHeader header();

  /** The periods, one per class at most. */
  public abstract ImmutableList<PublicationPeriod> periods();

  /** A regime has no entries that layers could redefine. */
  @Override
  public ImmutableList<String> entryCodes() {
    return ImmutableList.of();
  }

  /** Not called: a regime has no entries. */
  @Override
  public String entryCodePointer(int index) {
    return "/periods/" + index;
  }

  /** The series this regime is a version of, such as {@code national} or {@code market-regulation}. */
  public String series() {
    return header().series().orElse("");
  }

  /** The instruments that set the periods: the header's legal basis, then its procedural bases, without repeats. */
  @Value.Lazy
  public ImmutableList<LegalBasis> legalBases() {
    Set<LegalBasis> bases = new LinkedHashSet<>();
    bases.add(header().legalBasis());
    bases.addAll(header().proceduralBases());
    return ImmutableList.copyOf(bases);
  }

  /** The regime as messages name it: its id and its titles. */
  @Value.Lazy
  public Term term() {
    return Term.of(id(), header().titleZh(), header().titleEn().orElse(header().titleZh()));
  }

  /** The period for {@code severityClass}; empty if the regime sets none. */
  public Optional<PublicationPeriod> period(SeverityClass severityClass) {
    return Optional.ofNullable(byClass()[severityClass.ordinal()]);
  }

  @Value.Lazy
  PublicationPeriod[] byClass() {
    PublicationPeriod[] a = new PublicationPeriod[SeverityClass.values().length];
    periods().forEach(p -> a[p.severityClass().ordinal()] = p);
    return a;
  }

  /**
   * @throws CatalogFormatException listing every problem of the regime taken alone (REP-4): its
   *     header's, no series, a class given twice
   */
  @Value.Check
  void check() {
    String source = header().sourceName();
    List<DataProblem> problems = new ArrayList<>(CatalogRules.serving(header().problems(), RequirementId.REP_4));
    if (header().series().isEmpty()) {
      problems.add(CatalogProblemType.REGIME_WITHOUT_SERIES.at(source, header().pointer("/series")));
    }
    Set<SeverityClass> seen = EnumSet.noneOf(SeverityClass.class);
    for (int i = 0; i < periods().size(); i++) {
      SeverityClass c = periods().get(i).severityClass();
      if (!seen.add(c)) {
        problems.add(CatalogProblemType.DUPLICATE_SEVERITY_CLASS.at(source, header().pointer("/periods/" + i + "/class"),
            Fact.term("severityClass", c)));
      }
    }
    CatalogFormatException.throwIfAny(problems);
  }

  @Override
  public String toString() {
    return id() + " (" + series() + ", " + effective() + ")";
  }
}
