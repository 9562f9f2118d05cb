package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.Bilingual;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.ruleset.LayeredRuleSet;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.ruleset.RuleSetKind;
import org.immutables.value.Value;

/**
 * One version of one layer of the catalog of public credit information (CAT-4): the national
 * basic catalog (全国公共信用信息基础目录) when its jurisdiction is national, otherwise a provincial,
 * prefecture or county supplement (补充目录). Its {@link #header()} says what every layered rule set
 * says of itself — id, titles, edition, jurisdiction, the period it is in force, the instrument that
 * issued it and the instruments its verdicts cite for their procedure ({@link
 * RuleSetHeader#proceduralBases()}) — and it holds its categories and items, whose codes are its
 * entries ({@link #entryCodes()}).
 *
 * <p>Building a catalog checks it whole and fails with a {@link CatalogFormatException} listing
 * every problem: its header's ({@link RuleSetHeader#problems()}), duplicate category or item codes,
 * items naming unknown categories, and items whose legal bases do not reach the level CAT-2 requires
 * (law, administrative regulation or central policy document; for a supplement also a local
 * regulation of its own jurisdiction or a higher one) or cite a local instrument of another
 * jurisdiction ({@link CatalogRules}). The rules between layers (no overlapping versions, no
 * supplement redefining a higher layer's item) are the registry's ({@link CatalogRegistry}).
 */
@Value.Immutable
@CreditStyle
public abstract class Catalog implements LayeredRuleSet {

  /**
   * The kind of rule set a catalog is: code {@code catalog}, its layering serving CAT-4, resolved only
   * where a national basic catalog is in force, founded on 国办发〔2020〕49号, refused with a {@link
   * CatalogFormatException}.
   */
  public static final RuleSetKind KIND = RuleSetKind.of("catalog",
      Bilingual.of("公共信用信息目录", "catalog of public credit information"), RequirementId.CAT_4, true,
      CatalogFormatException::new);

  Catalog() {} // subclassed only by the generated ImmutableCatalog

  /** A builder. Mandatory: the header; categories and items may be added. */
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

  /** The header: id, titles, edition, layer, period, issuing instrument, procedural bases, provenance. */
  @Override
  public abstract RuleSetHeader header();

  /** The categories, in order. */
  public abstract ImmutableList<Category> categories();

  /** The items, in order. */
  public abstract ImmutableList<CatalogItem> items();

  /** The codes of the items, in order: a supplement may not redefine a higher layer's (CAT-4). */
  @Override
  @Value.Lazy
  public ImmutableList<String> entryCodes() {
    return items().stream().map(CatalogItem::code).collect(ImmutableList.toImmutableList());
  }

  /** {@code /items/<index>/code}. */
  @Override
  public String entryCodePointer(int index) {
    return "/items/" + index + "/code";
  }

  /** The item of the given code in this catalog alone. */
  public Optional<CatalogItem> item(String code) {
    return Optional.ofNullable(itemsByCode().get(code));
  }

  /** The category of the given code. */
  public Optional<Category> category(String code) {
    return categories().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  @Value.Lazy
  ImmutableMap<String, CatalogItem> itemsByCode() {
    ImmutableMap.Builder<String, CatalogItem> b = ImmutableMap.builder();
    items().forEach(i -> b.put(i.code(), i));
    return b.buildKeepingLast();
  }

  /** Every problem of this catalog taken alone, located in its source (CAT-2, CAT-3, CAT-4). */
  List<DataProblem> problems() {
    String source = header().sourceName();
    List<DataProblem> problems = new ArrayList<>(CatalogRules.serving(header().problems(), RequirementId.CAT_4));
    problems.addAll(CatalogRules.contentProblems(source,
        categories().stream().map(Category::code).toList(),
        items().stream().map(CatalogItem::code).toList(),
        items().stream().map(CatalogItem::categoryCode).toList()));
    for (int i = 0; i < items().size(); i++) {
      problems.addAll(CatalogRules.basisProblems(jurisdiction(), items().get(i), source, "/items/" + i));
    }
    return problems;
  }

  /** @throws CatalogFormatException listing every problem of this catalog taken alone */
  @Value.Check
  void check() {
    CatalogFormatException.throwIfAny(problems());
  }

  /** {@code cn-national-2024 (2024, 000000 全国, [2024-03-04, …), 9 items)}. */
  @Override
  public String toString() {
    return id() + " (" + header().edition() + ", " + jurisdiction() + ", " + effective() + ", " + items().size() + " items)";
  }
}
