package org.creditgov.rules.sanction;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Period;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectType;
import org.immutables.value.Value;

/**
 * One measure of a dishonesty sanction-measure list (失信惩戒措施清单, SAN-1): its stable code, names,
 * {@link MeasureKind kind}, the legal bases it rests on (SAN-2), the conduct and the lists it
 * targets, the fields of conduct it fits (SAN-3 relevance), the least severity class of conduct it
 * may answer and its maximum duration (SAN-3 proportionality), the subject types it applies to,
 * whether it may apply to minors (SAN-4), who implements it, and the business contexts it is
 * applied in (OPS-1).
 *
 * <p>Building a measure checks it alone and fails with a {@link MeasureListFormatException} listing
 * every problem (located at pointers relative to the measure, in the source {@code measure CODE});
 * the rules that depend on the list's layer (the level of the bases, SAN-2) are checked when the
 * {@link MeasureList} is built. {@link #unconfirmed()} names what could not be confirmed in a
 * primary text.
 */
@Value.Immutable
@CreditStyle
public abstract class Measure {

  Measure() {} // subclassed only by the generated ImmutableMeasure

  /**
   * A builder. Mandatory: code, nameZh, nameEn, kind, targetConduct, implementingBody,
   * minimumSeverity; at least one legal basis, field, context, subject type and body kind.
   */
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
   * The builder of {@link Measure}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }

  /** The stable code, unique in its list and the layers above it. */
  public abstract String code();

  /** The name in Simplified Chinese. */
  public abstract String nameZh();

  /** The name in English. */
  public abstract String nameEn();

  /** The kind of measure. */
  public abstract MeasureKind kind();

  /** The legal bases the list gives for the measure, cited directly (SAN-2); never empty. */
  public abstract ImmutableList<LegalBasis> legalBases();

  /** The conduct the measure targets, as the list words it (实施对象). */
  public abstract String targetConduct();

  /** The codes of the lists ({@code ListType} codes) whose members the measure targets; may be empty. */
  public abstract ImmutableSet<String> targetLists();

  /** The fields (领域) of conduct the measure fits (SAN-3 relevance); never empty. */
  public abstract ImmutableSet<String> fields();

  /** The business contexts the measure is applied in (OPS-1); never empty. */
  public abstract ImmutableSet<BusinessContext> contexts();

  /** The subject types the measure may apply to; never empty. */
  public abstract ImmutableSet<SubjectType> subjectTypes();

  /** Who implements the measure, as the list words it (实施主体). */
  public abstract String implementingBody();

  /** The kinds of body that may implement it: public bodies for public measures; never empty. */
  public abstract ImmutableSet<BodyKind> bodyKinds();

  /** The least severity class of conduct the measure may answer (SAN-3 proportionality). */
  public abstract SeverityClass minimumSeverity();

  /** The longest the measure may last, where the basis sets a limit (SAN-3). */
  public abstract Optional<Period> maximumDuration();

  /** Whether the measure may apply to a minor (SAN-4); no unless its basis says so. */
  @Value.Default
  public boolean appliesToMinors() {
    return false;
  }

  /**
   * Whether the measure applies to the legal representative or person in charge of a listed
   * organisation (a natural person resting on the organisation's listing), rather than to the
   * listed subject itself.
   */
  @Value.Default
  public boolean appliesToResponsiblePersons() {
    return false;
  }

  /** Where the measure's content comes from. */
  public abstract Optional<String> source();

  /** The attributes not confirmed by a primary source, one note each; empty if all are. */
  public abstract ImmutableList<String> unconfirmed();

  /** @throws MeasureListFormatException listing every problem of the measure taken alone (SAN-1 … SAN-4) */
  @Value.Check
  void check() {
    ListRules.throwIfAny(ListRules.measureProblems(this, "measure " + code()));
  }

  /** The code, kind and English name. */
  @Override
  public String toString() {
    return "Measure[" + code() + ", " + kind() + ", " + nameEn() + "]";
  }
}
