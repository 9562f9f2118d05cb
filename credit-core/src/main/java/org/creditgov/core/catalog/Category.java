package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.ruleset.Codes;
import org.creditgov.core.text.Fact;
import org.immutables.value.Value;

/**
 * A category of a catalog (信息类别, such as 行政管理信息), which items name by code. Where the
 * category's name or position could not be confirmed from a primary text, {@link #unconfirmed()}
 * says so.
 */
@Value.Immutable
@CreditStyle
public abstract class Category {

  Category() {} // subclassed only by the generated ImmutableCategory

  /** A builder; code, nameZh and nameEn are mandatory. */
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
   * The builder of {@link Category}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableCategory.Builder {
    Builder() {}
  }

  /** The code items refer to. */
  public abstract String code();

  /** The name in Simplified Chinese. */
  public abstract String nameZh();

  /** The name in English. */
  public abstract String nameEn();

  /** What about the category is not confirmed by a primary source, one note each; empty if all is. */
  public abstract ImmutableList<String> unconfirmed();

  /** @throws CatalogFormatException listing a malformed code or blank names (CAT-3) */
  @Value.Check
  void check() {
    List<DataProblem> problems = new ArrayList<>();
    String source = "category " + code();
    if (!Codes.isValid(code())) {
      problems.add(DataProblem.of(DataProblemType.INVALID_CODE, source, "/code", Fact.code("value", code())));
    }
    if (nameZh().isBlank()) {
      problems.add(DataProblem.of(DataProblemType.BLANK, source, "/name/zh"));
    }
    if (nameEn().isBlank()) {
      problems.add(DataProblem.of(DataProblemType.BLANK, source, "/name/en"));
    }
    CatalogFormatException.throwIfAny(CatalogRules.serving(problems, RequirementId.CAT_3));
  }
}
