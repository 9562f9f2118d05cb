package org.creditgov.privacy.consent;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.Period;
import java.util.Optional;
import org.creditgov.core.Bilingual;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.text.Term;
import org.immutables.value.Value;

/**
 * One purpose of a purpose catalog (PRI-1, PRI-2, SEC-1): what credit information may be used
 * for, on which foundings, with which catalog fields at most (minimisation: a query for the
 * purpose gets no other field), for how long a consent to it may last at most, whether the
 * consent must be written (征信业管理条例 Art. 18) and whether sensitive personal information may
 * serve it at all.
 */
@Value.Immutable
@CreditStyle
public abstract class Purpose implements Bilingual {

  Purpose() {} // subclassed only by the generated implementation

  /**
   * A builder. Mandatory: code, nameZh, nameEn, maximumValidity; at least one founding, one field
   * and one legal basis.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this purpose's values, to vary them. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The stable code, unique across the layers in force ({@code org.creditgov.core.ruleset.Codes}). */
  public abstract String code();

  /** The name in Simplified Chinese, as a clerk reads it. */
  @Override
  public abstract String nameZh();

  /** The name in English. */
  @Override
  public abstract String nameEn();

  /** The foundings a use for this purpose may rest on. */
  public abstract ImmutableSet<FoundingKind> foundings();

  /** The longest a consent to this purpose may last, counted by the Civil Code's rule. */
  public abstract Period maximumValidity();

  /** Whether a consent to it must be given in writing (征信业管理条例 Art. 18 for credit queries). */
  @Value.Default
  public boolean writtenConsentRequired() {
    return false;
  }

  /** Whether sensitive personal information may serve it, given a separate consent (PIPL Arts. 28–29). */
  @Value.Default
  public boolean sensitiveAllowed() {
    return false;
  }

  /** The catalog items the purpose needs, each with the fields it needs: nothing else is ever given for it. */
  public abstract ImmutableSetMultimap<String, String> fields();

  /** The legal bases of the purpose. */
  public abstract ImmutableList<LegalBasis> legalBases();

  /** Where its content comes from. */
  public abstract Optional<String> source();

  /** What in it is not confirmed by a primary source; empty if all is. */
  public abstract ImmutableList<String> unconfirmed();

  /** The purpose as a titled value for messages: its code and names. */
  public Term term() {
    return Term.of(code(), nameZh(), nameEn());
  }

  /** Whether {@code founding} may serve it. */
  public boolean allows(FoundingKind founding) {
    return foundings().contains(founding);
  }

  /** Whether the purpose needs {@code field} of {@code item}. */
  public boolean needs(String item, String field) {
    return fields().containsEntry(item, field);
  }

  @Value.Check
  void check() {
    if (nameZh().isBlank() || nameEn().isBlank()) {
      throw new IllegalArgumentException("a purpose has a Chinese and an English name");
    }
    if (foundings().isEmpty() || fields().isEmpty() || legalBases().isEmpty()) {
      throw new IllegalArgumentException("purpose " + code() + " names its foundings, fields and legal bases");
    }
    if (maximumValidity().isNegative() || maximumValidity().isZero()) {
      throw new IllegalArgumentException("purpose " + code() + " allows a consent of some positive length");
    }
  }

  /** Builds a {@link Purpose}. */
  public static final class Builder extends ImmutablePurpose.Builder {
    Builder() {}
  }
}
