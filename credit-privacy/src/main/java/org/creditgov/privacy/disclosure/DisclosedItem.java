package org.creditgov.privacy.disclosure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
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
@Value.Immutable
@CreditStyle
public abstract class DisclosedItem {

  DisclosedItem() {} // subclassed only by the generated implementation

  /** A builder, for readers of the canonical form. */
  public static Builder builder() {
    return new Builder();
  }

  /** The item, by code and names. */
  public abstract Term item();

  /** The date of the decision the record rests on. */
  public abstract LocalDate decisionDate();

  /** The decision's document number. */
  public abstract String documentNumber();

  /** The last day it is shown; empty where the catalog sets no end. */
  public abstract Optional<LocalDate> lastDayPublished();

  /** The fields shown, personal ones masked (as {@code MaskingProfile.PUBLIC}). */
  public abstract ImmutableMap<String, Object> fields();

  /** Why it is shown, and each field left out with why. */
  public abstract ImmutableList<Finding> findings();

  /** Builds a {@link DisclosedItem}. */
  public static final class Builder extends ImmutableDisclosedItem.Builder {
    Builder() {}
  }
}
