package org.creditgov.core.legal;

import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.jurisdiction.JurisdictionLevel;
import org.creditgov.core.time.EffectivePeriod;
import org.immutables.value.Value;

/**
 * A typed citation of the legal instrument an act rests on (LB-1): its level, issuer, title,
 * document number and article, and when it is in force. Every listing, record and sanction runs
 * on one (P-1), and each kind of act requires a minimum level (LB-2): see {@link #atLeast}.
 *
 * <p>An instrument of a local level ({@link InstrumentLevel#isLocal()}) names the jurisdiction
 * that made it, so that a local supplement can be checked to cite a local regulation of its own
 * jurisdiction or a higher one (CAT-2).
 *
 * <pre>{@code
 * LegalBasis opinion = LegalBasis.builder()
 *     .level(InstrumentLevel.CENTRAL_POLICY_DOCUMENT)
 *     .issuer("国务院办公厅")
 *     .title("关于进一步完善失信约束制度构建诚信建设长效机制的指导意见")
 *     .documentNumber("国办发〔2020〕49号")
 *     .effective(EffectivePeriod.from(LocalDate.of(2020, 12, 7)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CreditStyle
public abstract class LegalBasis {

  LegalBasis() {} // subclassed only by the generated ImmutableLegalBasis

  /** A builder; level, issuer, title and effective period are mandatory. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The same instrument cited at another article (LB-1): a decision cites the article it applies.
   *
   * @throws NullPointerException if {@code article} is null
   */
  public LegalBasis withArticle(String article) {
    return toBuilder().article(article).build();
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
   * The builder of {@link LegalBasis}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableLegalBasis.Builder {
    Builder() {}
  }

  /** The instrument's level. */
  public abstract InstrumentLevel level();

  /** Who issued it (全国人民代表大会常务委员会, 国务院办公厅, 宁夏回族自治区人民代表大会常务委员会 …). */
  public abstract String issuer();

  /** The title, without book-title marks. */
  public abstract String title();

  /** The document number (文号), such as 国办发〔2020〕49号, where it has one. */
  public abstract Optional<String> documentNumber();

  /** The article, paragraph or item cited (第十七条 …), where the citation is that precise. */
  public abstract Optional<String> article();

  /** When the instrument is in force. */
  public abstract EffectivePeriod effective();

  /** The jurisdiction of a local instrument; empty for a national one. */
  public abstract Optional<Jurisdiction> jurisdiction();

  /** Whether the instrument is of {@code minimum} level or higher (LB-2). */
  public boolean atLeast(InstrumentLevel minimum) {
    return level().isAtLeast(minimum);
  }

  /** Whether the instrument is in force on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return effective().contains(date);
  }

  /** The citation as written in a Chinese document: 《title》article（documentNumber）. */
  public String citation() {
    return "《" + title() + "》" + article().orElse("") + documentNumber().map(n -> "（" + n + "）").orElse("");
  }

  @Value.Check
  void check() {
    if (issuer().isBlank() || title().isBlank()) {
      throw new IllegalArgumentException("a legal basis needs an issuer and a title");
    }
    boolean hasLocalJurisdiction =
        jurisdiction().isPresent() && jurisdiction().get().level() != JurisdictionLevel.NATIONAL;
    if (level().isLocal() && !hasLocalJurisdiction) {
      throw new IllegalArgumentException(
          "a " + level().nameEn() + " must name the local jurisdiction that made it: " + citation());
    }
    if (!level().isLocal() && level() != InstrumentLevel.NORMATIVE_DOCUMENT && hasLocalJurisdiction) {
      throw new IllegalArgumentException(
          "a " + level().nameEn() + " is a national instrument and has no local jurisdiction: " + citation());
    }
  }
}
