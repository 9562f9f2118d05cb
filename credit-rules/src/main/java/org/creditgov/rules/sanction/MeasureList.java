package org.creditgov.rules.sanction;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.jurisdiction.JurisdictionLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.time.EffectivePeriod;
import org.immutables.value.Value;

/**
 * One version of one layer of the dishonesty sanction-measure list (SAN-1), layered and
 * effective-dated like the catalog (CAT-4): the national basic list (全国失信惩戒措施基础清单) when
 * its jurisdiction is national, otherwise a provincial, prefecture or county supplement (补充清单).
 * It has an id, title, edition, the period it is in force, the instrument that issued it and its
 * measures.
 *
 * <p>Building a list checks it whole and fails with a {@link MeasureListFormatException} listing
 * every problem: duplicate measure codes; a rights-reducing measure of the national list that
 * cites no law, administrative regulation or central policy document (SAN-2); a measure of a
 * supplement that cites none of those nor a local regulation of the supplement's jurisdiction or a
 * higher one (supplements rest on local regulations); a local instrument of another jurisdiction.
 * The rules between layers are checked by {@link MeasureListRegistry.Builder#build()}.
 */
@Value.Immutable
@CreditStyle
public abstract class MeasureList {

  MeasureList() {} // subclassed only by the generated ImmutableMeasureList

  /**
   * A builder. Mandatory: id, titleZh, edition, jurisdiction, effective, legalBasis; {@code
   * example} defaults to false.
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
   * The builder of {@link MeasureList}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableMeasureList.Builder {
    Builder() {}
  }

  /** The stable id of this version, unique in a registry (e.g. {@code cn-national-measures-2021}). */
  public abstract String id();

  /** The title in Simplified Chinese. */
  public abstract String titleZh();

  /** The title in English, where given. */
  public abstract Optional<String> titleEn();

  /** The edition (版本), such as {@code 2021}. */
  public abstract String edition();

  /** The jurisdiction of the layer: national for the basic list. */
  public abstract Jurisdiction jurisdiction();

  /** When this version is in force. */
  public abstract EffectivePeriod effective();

  /** The instrument that issued this list version. */
  public abstract LegalBasis legalBasis();

  /** The measures, in order. */
  public abstract ImmutableList<Measure> measures();

  /** Whether this is an illustrative example rather than an official list. */
  @Value.Default
  public boolean example() {
    return false;
  }

  /** Where the list's content comes from. */
  public abstract Optional<String> source();

  /** What about the list as a whole is not confirmed by a primary source; empty if all is. */
  public abstract ImmutableList<String> unconfirmed();

  /** Where the list was loaded from (a file or resource name), for problem locations; not part of its value. */
  @Value.Auxiliary
  public abstract Optional<String> origin();

  /** Whether this is the national basic list. */
  public boolean isNational() {
    return jurisdiction().level() == JurisdictionLevel.NATIONAL;
  }

  /** Whether this version is in force on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return effective().contains(date);
  }

  /** The measure of the given code in this list alone. */
  public Optional<Measure> measure(String code) {
    return Optional.ofNullable(measuresByCode().get(code));
  }

  /** The version name a verdict carries: {@code id@from}. */
  public String version() {
    return id() + '@' + effective().from();
  }

  /** The name problems are reported under: the origin, else the id. */
  String sourceName() {
    return origin().orElse(id());
  }

  @Value.Lazy
  ImmutableMap<String, Measure> measuresByCode() {
    ImmutableMap.Builder<String, Measure> b = ImmutableMap.builder();
    measures().forEach(m -> b.put(m.code(), m));
    return b.buildKeepingLast();
  }

  /** @throws MeasureListFormatException listing every problem of this list taken alone */
  @Value.Check
  void check() {
    ListRules.throwIfAny(ListRules.listProblems(this));
  }

  /** The id, edition, jurisdiction, period and size. */
  @Override
  public String toString() {
    return id() + " (" + edition() + ", " + jurisdiction() + ", " + effective() + ", " + measures().size() + " measures)";
  }
}
