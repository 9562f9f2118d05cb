package org.creditgov.core.catalog;

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
 * One version of one layer of the catalog of public credit information (CAT-4): the national
 * basic catalog (全国公共信用信息基础目录) when its jurisdiction is national, otherwise a provincial,
 * prefecture or county supplement (补充目录). It has an id, title, edition, the period it is in
 * force, its own legal basis, its categories and its items.
 *
 * <p>Building a catalog checks it whole and fails with a {@link CatalogFormatException} listing
 * every problem: duplicate category or item codes, items naming unknown categories, and items
 * whose legal bases do not reach the level CAT-2 requires (law, administrative regulation or
 * central policy document; for a supplement also a local regulation of its own jurisdiction or a
 * higher one) or that cite a local instrument of another jurisdiction. Rules between layers (no
 * redefinition of a higher layer's item, no overlapping versions) are checked by {@link
 * CatalogRegistry.Builder#build()}.
 */
@Value.Immutable
@CreditStyle
public abstract class Catalog {

  Catalog() {} // subclassed only by the generated ImmutableCatalog

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
   * The builder of {@link Catalog}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableCatalog.Builder {
    Builder() {}
  }

  /** The stable id of this catalog version, unique in a registry (e.g. {@code cn-national-2024}). */
  public abstract String id();

  /** The title in Simplified Chinese. */
  public abstract String titleZh();

  /** The title in English, where given. */
  public abstract Optional<String> titleEn();

  /** The edition (版本), such as {@code 2024}. */
  public abstract String edition();

  /** The jurisdiction of the layer: national for the basic catalog. */
  public abstract Jurisdiction jurisdiction();

  /** When this version is in force. */
  public abstract EffectivePeriod effective();

  /** The instrument that issued this catalog version. */
  public abstract LegalBasis legalBasis();

  /** The categories, in order. */
  public abstract ImmutableList<Category> categories();

  /** The items, in order. */
  public abstract ImmutableList<CatalogItem> items();

  /** Whether this is an illustrative example rather than an official catalog. */
  @Value.Default
  public boolean example() {
    return false;
  }

  /** Where the catalog's content comes from. */
  public abstract Optional<String> source();

  /** What about the catalog as a whole is not confirmed by a primary source; empty if all is. */
  public abstract ImmutableList<String> unconfirmed();

  /**
   * Where this catalog was loaded from (a file or resource name), for problem locations; not part
   * of its value.
   */
  @Value.Auxiliary
  public abstract Optional<String> origin();

  /** Whether this is the national basic catalog (its jurisdiction is national). */
  public boolean isNational() {
    return jurisdiction().level() == JurisdictionLevel.NATIONAL;
  }

  /** Whether this version is in force on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return effective().contains(date);
  }

  /** The item of the given code in this catalog alone. */
  public Optional<CatalogItem> item(String code) {
    return Optional.ofNullable(itemsByCode().get(code));
  }

  /** The category of the given code. */
  public Optional<Category> category(String code) {
    return categories().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** The name problems are reported under: the origin, else the id. */
  String sourceName() {
    return origin().orElse(id());
  }

  @Value.Lazy
  ImmutableMap<String, CatalogItem> itemsByCode() {
    ImmutableMap.Builder<String, CatalogItem> b = ImmutableMap.builder();
    items().forEach(i -> b.put(i.code(), i));
    return b.buildKeepingLast();
  }

  /** @throws CatalogFormatException listing every problem of this catalog taken alone */
  @Value.Check
  void check() {
    CatalogRules.throwIfAny(CatalogRules.catalogProblems(this));
  }

  /** The id, edition, jurisdiction and period: {@code cn-national-2024 (2024, 000000 全国, [2024-03-04, …))}. */
  @Override
  public String toString() {
    return id() + " (" + edition() + ", " + jurisdiction() + ", " + effective() + ", " + items().size() + " items)";
  }
}
