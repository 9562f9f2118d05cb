package org.creditgov.privacy.disclosure;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.text.Term;
import org.creditgov.core.verdict.Finding;
import org.immutables.value.Value;

/**
 * One record the public credit website may not show (CAT-6, REP-3), and why: every finding, each
 * with its requirement id and legal basis.
 */
@Value.Immutable(builder = false)
@CreditStyle
public abstract class WithheldItem {

  WithheldItem() {} // subclassed only by the generated implementation

  /**
   * An item withheld, with why.
   *
   * @throws IllegalArgumentException if {@code findings} is empty
   * @throws NullPointerException if an argument or element is null
   */
  public static WithheldItem of(Term item, LocalDate decisionDate, String documentNumber, List<Finding> findings) {
    return ImmutableWithheldItem.of(item, decisionDate, documentNumber, (Iterable<? extends Finding>) findings); // the generated factory, not this one
  }

  /** The item, by code and names (its code only, when the catalog does not have it). */
  @Value.Parameter
  public abstract Term item();

  /** The date of the decision the record rests on. */
  @Value.Parameter
  public abstract LocalDate decisionDate();

  /** The decision's document number. */
  @Value.Parameter
  public abstract String documentNumber();

  /** Why it is withheld; never empty. */
  @Value.Parameter
  public abstract ImmutableList<Finding> findings();

  @Value.Check
  void check() {
    if (findings().isEmpty()) {
      throw new IllegalArgumentException("a withheld item says why");
    }
  }
}
