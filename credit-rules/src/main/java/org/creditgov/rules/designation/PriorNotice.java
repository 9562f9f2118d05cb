package org.creditgov.rules.designation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.legal.LegalBasis;
import org.immutables.value.Value;

/**
 * The prior notice (预先告知书) served before a decision (DES-3; seed §二.3; 国办发〔2020〕49号 (八)): it
 * states the grounds (事由) and basis (依据) of the intended decision and the subject's rights
 * (当事人依法享有的权利), and records the date it was served.
 *
 * <p>Every element is optional in the builder, so that an incomplete notice can be represented and
 * refused with each missing element listed ({@link #missingElements()}), rather than failing to be
 * built. Only the document number is mandatory.
 */
@Value.Immutable
@CreditStyle
public abstract class PriorNotice {

  PriorNotice() {} // subclassed only by the generated ImmutablePriorNotice

  /** The elements a notice must state (DES-3). */
  public enum Element {
    /** 事由: the facts the intended decision rests on. */
    GROUNDS(DesignationFinding.NOTICE_WITHOUT_GROUNDS),
    /** 依据: the legal basis of the intended decision. */
    BASIS(DesignationFinding.NOTICE_WITHOUT_BASIS),
    /** 当事人依法享有的权利: the subject's rights (to state views, to object, and the window for it). */
    RIGHTS(DesignationFinding.NOTICE_WITHOUT_RIGHTS),
    /** 送达日期: the date the notice was served; the objection window runs from it. */
    SERVICE_DATE(DesignationFinding.NOTICE_WITHOUT_SERVICE_DATE);

    private final DesignationFinding finding;

    Element(DesignationFinding finding) {
      this.finding = finding;
    }

    /** The finding a notice lacking this element gets. */
    public DesignationFinding finding() {
      return finding;
    }
  }

  /** A builder; only the document number is mandatory. */
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
   * The builder of {@link PriorNotice}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutablePriorNotice.Builder {
    Builder() {}
  }

  /** The notice's document number. */
  public abstract String documentNumber();

  /** The grounds: facts of the case, which may name people, so redacted in {@code toString()}. */
  @Value.Redacted
  public abstract Optional<String> grounds();

  /** The legal bases stated. */
  public abstract ImmutableList<LegalBasis> legalBases();

  /** The statement of the subject's rights. */
  public abstract Optional<String> rights();

  /** The date the notice was served on the subject. */
  public abstract Optional<LocalDate> servedOn();

  /** Every element the notice lacks, in the order of {@link Element}; empty when complete. */
  public ImmutableSet<Element> missingElements() {
    EnumSet<Element> missing = EnumSet.noneOf(Element.class);
    if (grounds().map(String::isBlank).orElse(true)) {
      missing.add(Element.GROUNDS);
    }
    if (legalBases().isEmpty()) {
      missing.add(Element.BASIS);
    }
    if (rights().map(String::isBlank).orElse(true)) {
      missing.add(Element.RIGHTS);
    }
    if (servedOn().isEmpty()) {
      missing.add(Element.SERVICE_DATE);
    }
    return ImmutableSet.copyOf(missing);
  }

  @Value.Check
  void check() {
    checkArgument(!documentNumber().isBlank(), "a notice needs a document number");
  }
}
