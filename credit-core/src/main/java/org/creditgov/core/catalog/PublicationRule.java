package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableList;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.Bilingual;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.text.Fact;
import org.immutables.value.Value;

/**
 * How long a public item's records are published (公开期限, CAT-3, CAT-6), counted from the date
 * of the decision document.
 *
 * <ul>
 *   <li>{@link Kind#REGIME}: the period of the record's {@link SeverityClass} under the {@link
 *       PublicationRegime} in force on the decision date, of the first of {@link #series()} that
 *       has one (a sector overlay such as market regulation first, then the national series);
 *   <li>{@link Kind#FIXED}: a minimum and maximum the catalog itself sets for the item;
 *   <li>{@link Kind#OPEN}: published with no automatic end (registration information, published
 *       while it is current).
 * </ul>
 */
@Value.Immutable
@CreditStyle
public abstract class PublicationRule {

  PublicationRule() {} // subclassed only by the generated ImmutablePublicationRule

  /** The kinds of rule. */
  public enum Kind implements Bilingual {
    /** By the regime in force for the severity class. */
    REGIME("按公示期限规则确定", "by the publication regime"),
    /** A fixed minimum and maximum. */
    FIXED("目录规定的固定期限", "a fixed period the catalog sets"),
    /** No automatic end. */
    OPEN("长期公示", "published with no end");

    private final String nameZh;
    private final String nameEn;

    Kind(String nameZh, String nameEn) {
      this.nameZh = nameZh;
      this.nameEn = nameEn;
    }

    /** The name in Simplified Chinese. */
    @Override
    public String nameZh() {
      return nameZh;
    }

    /** The name in English. */
    @Override
    public String nameEn() {
      return nameEn;
    }
  }

  /**
   * By the regimes of the given series, first match first.
   *
   * @throws CatalogFormatException if no series is given or one is blank
   */
  public static PublicationRule regime(Iterable<String> series) {
    return builder().kind(Kind.REGIME).addAllSeries(series).build();
  }

  /**
   * A fixed period: at least {@code minimum} (empty: early end at any time) and at most {@code
   * maximum}.
   *
   * @throws CatalogFormatException if a period is negative or zero, or the minimum is above the maximum
   */
  public static PublicationRule fixed(Optional<Period> minimum, Period maximum) {
    return builder().kind(Kind.FIXED).minimum(minimum).maximum(maximum).build();
  }

  /** Published with no automatic end. */
  public static PublicationRule open() {
    return builder().kind(Kind.OPEN).build();
  }

  /** A builder, for loaders. */
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
   * The builder of {@link PublicationRule}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutablePublicationRule.Builder {
    Builder() {}
  }

  /** The kind of rule. */
  public abstract Kind kind();

  /** For {@link Kind#REGIME}: the regime series to consult, in order. */
  public abstract ImmutableList<String> series();

  /** For {@link Kind#FIXED}: the minimum period before an early end may be asked for. */
  public abstract Optional<Period> minimum();

  /** For {@link Kind#FIXED}: the maximum period, after which publication ends by itself. */
  public abstract Optional<Period> maximum();

  /** @throws CatalogFormatException listing every inconsistency (CAT-3, CAT-6) */
  @Value.Check
  void check() {
    List<DataProblem> problems = new ArrayList<>();
    boolean regime = kind() == Kind.REGIME;
    boolean fixed = kind() == Kind.FIXED;
    if (regime && series().isEmpty()) {
      problems.add(invalid("/series", "按公示期限规则确定的，须列出所依据的公示期限规则系列（series）",
          "a rule by the publication regime names one or more regime series"));
    } else if (!regime && !series().isEmpty()) {
      problems.add(invalid("/series", "只有按公示期限规则确定的，才列出公示期限规则系列（series）；此处应删除",
          "only a rule by the publication regime names regime series; remove them"));
    }
    if (series().stream().anyMatch(String::isBlank)) {
      problems.add(DataProblem.of(DataProblemType.BLANK, "publication", "/series").serving(RequirementId.CAT_6));
    }
    if (!fixed && (minimum().isPresent() || maximum().isPresent())) {
      problems.add(invalid(minimum().isPresent() ? "/minimum" : "/maximum",
          "只有目录规定的固定期限才写明最短期限（minimum）和最长期限（maximum）",
          "only a fixed period has a minimum and a maximum"));
    }
    if (fixed && maximum().isEmpty()) {
      problems.add(invalid("/maximum", "固定期限须写明最长公示期限（maximum）", "a fixed period needs a maximum"));
    }
    CatalogRules.periodProblems(minimum(), maximum(), "publication", "", problems);
    CatalogFormatException.throwIfAny(problems);
  }

  private DataProblem invalid(String pointer, String zh, String en) {
    return CatalogProblemType.PUBLICATION_RULE_INVALID.at("publication", pointer,
        Fact.text("detail", Bilingual.of(zh, en)));
  }
}
