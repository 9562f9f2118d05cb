package org.creditgov.rules.designation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.legal.LegalBasis;
import org.immutables.value.Value;

/**
 * The written decision (行政决定文书) that puts a subject on a severe list (DES-5; seed §二.3; 国办发〔2020〕49号
 * (八)): it states the grounds (事由), the basis (依据), the notice of sanction measures (失信惩戒措施提示),
 * the removal conditions and procedure (移除条件和程序) and the remedies (救济措施), and, for this
 * library, its number, its date and the listing period it sets.
 *
 * <p>Every element is optional in the builder, so that an incomplete document can be represented
 * and refused with each missing element listed ({@link #missingElements()}). The listing runs from
 * the decision date for the stated period.
 */
@Value.Immutable
@CreditStyle
public abstract class DecisionDocument {

  DecisionDocument() {} // subclassed only by the generated ImmutableDecisionDocument

  /** The elements a decision document must state (DES-5). */
  public enum Element {
    /** 文号: the document number. */
    DOCUMENT_NUMBER(DesignationFinding.DECISION_WITHOUT_DOCUMENT_NUMBER),
    /** The decision date; the listing runs from it. */
    DATE(DesignationFinding.DECISION_WITHOUT_DATE),
    /** 事由. */
    GROUNDS(DesignationFinding.DECISION_WITHOUT_GROUNDS),
    /** 依据. */
    BASIS(DesignationFinding.DECISION_WITHOUT_BASIS),
    /** 失信惩戒措施提示. */
    SANCTION_MEASURE_NOTICE(DesignationFinding.DECISION_WITHOUT_SANCTION_MEASURE_NOTICE),
    /** 移除条件. */
    REMOVAL_CONDITIONS(DesignationFinding.DECISION_WITHOUT_REMOVAL_CONDITIONS),
    /** 移除程序. */
    REMOVAL_PROCEDURE(DesignationFinding.DECISION_WITHOUT_REMOVAL_PROCEDURE),
    /** 救济措施. */
    REMEDIES(DesignationFinding.DECISION_WITHOUT_REMEDIES),
    /** The listing period (DES-6). */
    LISTING_PERIOD(DesignationFinding.DECISION_WITHOUT_LISTING_PERIOD);

    private final DesignationFinding finding;

    Element(DesignationFinding finding) {
      this.finding = finding;
    }

    /** The finding a document lacking this element gets. */
    public DesignationFinding finding() {
      return finding;
    }
  }

  /** A builder; every element is optional, so that an incomplete document can be judged. */
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
   * The builder of {@link DecisionDocument}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableDecisionDocument.Builder {
    Builder() {}
  }

  /** The document number. */
  public abstract Optional<String> documentNumber();

  /** The decision date: the listing runs from it. */
  public abstract Optional<LocalDate> decidedOn();

  /** The grounds: facts of the case, which may name people, so redacted in {@code toString()}. */
  @Value.Redacted
  public abstract Optional<String> grounds();

  /** The legal bases stated. */
  public abstract ImmutableList<LegalBasis> legalBases();

  /** The notice of the sanction measures that follow from the listing. */
  public abstract Optional<String> sanctionMeasureNotice();

  /** The removal conditions stated; they must include every condition of the list type. */
  public abstract ImmutableSet<String> removalConditions();

  /** The removal procedure stated. */
  public abstract Optional<String> removalProcedure();

  /** The remedies stated (administrative reconsideration, litigation, and their time limits). */
  public abstract Optional<String> remedies();

  /** The listing period the decision sets, within the list type's range. */
  public abstract Optional<Period> listingPeriod();

  /** Every element the document lacks, in the order of {@link Element}; empty when complete. */
  public ImmutableSet<Element> missingElements() {
    EnumSet<Element> missing = EnumSet.noneOf(Element.class);
    if (blank(documentNumber())) {
      missing.add(Element.DOCUMENT_NUMBER);
    }
    if (decidedOn().isEmpty()) {
      missing.add(Element.DATE);
    }
    if (blank(grounds())) {
      missing.add(Element.GROUNDS);
    }
    if (legalBases().isEmpty()) {
      missing.add(Element.BASIS);
    }
    if (blank(sanctionMeasureNotice())) {
      missing.add(Element.SANCTION_MEASURE_NOTICE);
    }
    if (removalConditions().isEmpty()) {
      missing.add(Element.REMOVAL_CONDITIONS);
    }
    if (blank(removalProcedure())) {
      missing.add(Element.REMOVAL_PROCEDURE);
    }
    if (blank(remedies())) {
      missing.add(Element.REMEDIES);
    }
    if (listingPeriod().isEmpty()) {
      missing.add(Element.LISTING_PERIOD);
    }
    return ImmutableSet.copyOf(missing);
  }

  private static boolean blank(Optional<String> text) {
    return text.map(String::isBlank).orElse(true);
  }
}
