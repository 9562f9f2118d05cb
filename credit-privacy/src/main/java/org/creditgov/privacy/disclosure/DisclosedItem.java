package org.creditgov.privacy.disclosure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.text.Term;
import org.creditgov.core.verdict.Finding;
import org.immutables.value.Value;

/**
 * One record the public credit website may show (CAT-6, PRI-3): its item, decision date and
 * document number, the last day it is shown (where its window ends), its fields with personal ones
 * masked for the public and secrets left out, and the findings of what was left out and why it is
 * shown.
 */
@Value.Immutable(builder = false)
@CreditStyle
public abstract class DisclosedItem {

  DisclosedItem() {} // subclassed only by the generated implementation

  /**
   * An item shown. The collections are taken as they are when already immutable (no copy: the view
   * builds hundreds of these per call).
   *
   * @throws NullPointerException if an argument or element is null
   */
  public static DisclosedItem of(Term item, LocalDate decisionDate, String documentNumber, Optional<LocalDate> lastDayPublished,
      Map<String, ?> fields, List<Finding> findings) {
    return ImmutableDisclosedItem.of(item, decisionDate, documentNumber, lastDayPublished, fields, (Iterable<? extends Finding>) findings); // the generated factory
  }

  /** The item, by code and names. */
  @Value.Parameter
  public abstract Term item();

  /** The date of the decision the record rests on. */
  @Value.Parameter
  public abstract LocalDate decisionDate();

  /** The decision's document number. */
  @Value.Parameter
  public abstract String documentNumber();

  /** The last day it is shown; empty where the catalog sets no end. */
  @Value.Parameter
  public abstract Optional<LocalDate> lastDayPublished();

  /** The fields shown, personal ones masked (as {@code MaskingProfile.PUBLIC}). */
  @Value.Parameter
  public abstract ImmutableMap<String, Object> fields();

  /** Why it is shown, and each field left out with why. */
  @Value.Parameter
  public abstract ImmutableList<Finding> findings();
}
