package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.catalog.CatalogProblem.Reason;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.time.EffectivePeriod;
import org.immutables.value.Value;

/**
 * One version of the publication-period rules of a series (CAT-6): the national series
 * (发改办财金〔2019〕527号, then NDRC Order 58 from 2023-05-01, then NDRC Order 36 with 国办发〔2025〕22号
 * from 2026-04-01) or a sector overlay such as market regulation (SAMR Order 45, then Order 107).
 * Each sets a {@link PublicationPeriod} per {@link SeverityClass}; a class it does not set is
 * undetermined under it. Regimes are data, not constants: the bundled figures carry their sources
 * and {@link #unconfirmed()} notes, and a user may load their own.
 *
 * <p>Credit repair reuses these types: the regime in force on a decision's date decides when
 * repair may be applied for and when publication ends.
 */
@Value.Immutable
@CreditStyle
public abstract class PublicationRegime {

  PublicationRegime() {} // subclassed only by the generated ImmutablePublicationRegime

  /** A builder; id, series, titleZh and effective are mandatory, and at least one legal basis. */
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

  /** The stable id, such as {@code ndrc-order-36}. */
  public abstract String id();

  /** The series this regime is a version of, such as {@code national} or {@code market-regulation}. */
  public abstract String series();

  /** The title in Simplified Chinese. */
  public abstract String titleZh();

  /** The title in English, where given. */
  public abstract Optional<String> titleEn();

  /** The instruments that set the periods. */
  public abstract ImmutableList<LegalBasis> legalBases();

  /** When the regime applies, by the date of the decision document. */
  public abstract EffectivePeriod effective();

  /** The periods, one per class at most. */
  public abstract ImmutableList<PublicationPeriod> periods();

  /** Where the figures come from. */
  public abstract Optional<String> source();

  /** What about the regime is not confirmed (an unknown start date, a mapping onto classes …). */
  public abstract ImmutableList<String> unconfirmed();

  /** Where the regime was loaded from (a file name), for problem locations; not part of its value. */
  @Value.Auxiliary
  public abstract Optional<String> origin();

  /** The JSON pointer of the regime in {@link #origin()}; not part of its value. */
  @Value.Auxiliary
  public abstract Optional<String> originPointer();

  /** The period for {@code severityClass}; empty if the regime sets none. */
  public Optional<PublicationPeriod> period(SeverityClass severityClass) {
    return Optional.ofNullable(byClass()[severityClass.ordinal()]);
  }

  /** Whether the regime applies to a decision dated {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return effective().contains(date);
  }

  @Value.Lazy
  PublicationPeriod[] byClass() {
    PublicationPeriod[] a = new PublicationPeriod[SeverityClass.values().length];
    periods().forEach(p -> a[p.severityClass().ordinal()] = p);
    return a;
  }

  /** @throws CatalogFormatException listing every problem of the regime taken alone */
  @Value.Check
  void check() {
    List<CatalogProblem> problems = new ArrayList<>();
    String source = "regime " + id();
    if (!CatalogRules.isValidCode(id())) {
      problems.add(CatalogProblem.of(Reason.INVALID_VALUE, source, "/id", CatalogRules.CODE_RULE + ": '" + id() + "'"));
    }
    if (!CatalogRules.isValidCode(series())) {
      problems.add(CatalogProblem.of(Reason.INVALID_VALUE, source, "/series", CatalogRules.CODE_RULE + ": '" + series() + "'"));
    }
    if (titleZh().isBlank()) {
      problems.add(CatalogProblem.of(Reason.INVALID_VALUE, source, "/title", "a regime needs a Chinese title"));
    }
    if (legalBases().isEmpty()) {
      problems.add(CatalogProblem.of(Reason.MISSING_KEY, source, "/legalBases", "a regime cites at least one legal basis"));
    }
    Set<SeverityClass> seen = EnumSet.noneOf(SeverityClass.class);
    for (int i = 0; i < periods().size(); i++) {
      if (!seen.add(periods().get(i).severityClass())) {
        problems.add(
            CatalogProblem.of(
                Reason.DUPLICATE_SEVERITY_CLASS, source, "/periods/" + i + "/class",
                "class " + periods().get(i).severityClass() + " is given twice"));
      }
    }
    CatalogRules.throwIfAny(problems);
  }

  @Override
  public String toString() {
    return id() + " (" + series() + ", " + effective() + ")";
  }
}
