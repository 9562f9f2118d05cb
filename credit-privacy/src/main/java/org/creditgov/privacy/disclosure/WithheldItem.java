package org.creditgov.privacy.disclosure;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.text.Term;
import org.creditgov.core.verdict.Finding;
import org.immutables.value.Value;

/**
 * One record the public credit website may not show (CAT-6, REP-3), and why: every finding, each
 * with its requirement id and legal basis.
 */
@Value.Immutable
@CreditStyle
public abstract class WithheldItem {

  WithheldItem() {} // subclassed only by the generated implementation

  /** A builder, for readers of the canonical form. */
  public static Builder builder() {
    return new Builder();
  }

  /** The item, by code and names (its code only, when the catalog does not have it). */
  public abstract Term item();

  /** The date of the decision the record rests on. */
  public abstract LocalDate decisionDate();

  /** The decision's document number. */
  public abstract String documentNumber();

  /** Why it is withheld; never empty. */
  public abstract ImmutableList<Finding> findings();

  @Value.Check
  void check() {
    if (findings().isEmpty()) {
      throw new IllegalArgumentException("a withheld item says why");
    }
  }

  /** Builds a {@link WithheldItem}. */
  public static final class Builder extends ImmutableWithheldItem.Builder {
    Builder() {}
  }
}
