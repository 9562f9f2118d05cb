package org.creditgov.privacy.disclosure;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.RuleSetVersion;
import org.immutables.value.Value;

/**
 * What the public credit website may show about one subject on one day (CAT-6): the records
 * shown, the records withheld with why, the findings that concern the whole answer (no catalog in
 * force), and the catalog version applied.
 */
@Value.Immutable
@CreditStyle
public abstract class DisclosureAnswer {

  DisclosureAnswer() {} // subclassed only by the generated implementation

  /** A builder, for readers of the canonical form. */
  public static Builder builder() {
    return new Builder();
  }

  /** The day the answer is for. */
  public abstract LocalDate date();

  /** Where: its catalog is the one in force here. */
  public abstract Jurisdiction jurisdiction();

  /** The subject. Printed masked. */
  @Value.Redacted
  public abstract SubjectRef subject();

  /** The records shown. */
  public abstract ImmutableList<DisclosedItem> shown();

  /** The records withheld, each with why. */
  public abstract ImmutableList<WithheldItem> withheld();

  /** Findings about the whole answer (no catalog in force); empty as a rule. */
  public abstract ImmutableList<Finding> findings();

  /** The catalog layers applied, where one was in force. */
  public abstract Optional<RuleSetVersion> ruleSetVersion();

  /** Builds a {@link DisclosureAnswer}. */
  public static final class Builder extends ImmutableDisclosureAnswer.Builder {
    Builder() {}
  }
}
