package org.creditgov.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.Bilingual;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.immutables.value.Value;

/**
 * One field of a catalog item (CAT-3): its name, value type, whether it is required, its
 * {@link Sensitivity} and an optional {@link FieldFormat} and maximum length. A record holding a
 * field the item does not define is collecting beyond the catalog (CAT-1).
 *
 * <pre>{@code
 * FieldSpec code = FieldSpec.builder()
 *     .name("creditCode").type(FieldType.TEXT).required(true)
 *     .sensitivity(Sensitivity.PUBLIC).format(FieldFormat.USCC).build();
 * }</pre>
 */
@Value.Immutable
@CreditStyle
public abstract class FieldSpec {

  FieldSpec() {} // subclassed only by the generated ImmutableFieldSpec

  /** A builder; name, type and sensitivity are mandatory, {@code required} defaults to false. */
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
   * The builder of {@link FieldSpec}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableFieldSpec.Builder {
    Builder() {}
  }

  /** The field's name, the key of its value in a {@link CreditRecord}. */
  public abstract String name();

  /** A label for people in Chinese (as forms show it), where the catalog gives one. */
  public abstract Optional<String> label();

  /** A label for people in English, where the catalog gives one. */
  public abstract Optional<String> labelEn();

  /**
   * The field as messages name it (CAT-3): its name as the code, its Chinese label (else its name)
   * and its English label (else its name).
   */
  @Value.Lazy
  public Term term() {
    return Term.of(name(), label().orElse(name()), labelEn().orElse(name()));
  }

  /** The type of the value. */
  public abstract FieldType type();

  /** Whether every record of the item must hold a value (CAT-5, complete collection). */
  @Value.Default
  public boolean required() {
    return false;
  }

  /** How sensitive the value is (CAT-3, CAT-6). */
  public abstract Sensitivity sensitivity();

  /** A format the value must have, beyond its type. */
  public abstract Optional<FieldFormat> format();

  /** The maximum length of a text value, in characters (code points). */
  public abstract OptionalInt maxLength();

  /**
   * @throws CatalogFormatException listing every problem (CAT-3): a malformed name, a format for
   *     another type, a maximum length on a field that is not text or below 1, a blank label
   */
  @Value.Check
  void check() {
    List<DataProblem> problems = new ArrayList<>();
    String source = "field " + name();
    if (!CatalogRules.isFieldName(name())) {
      problems.add(CatalogProblemType.INVALID_FIELD_NAME.at(source, "/name", Fact.code("value", name())));
    }
    if (format().isPresent() && !format().get().appliesTo().contains(type())) {
      problems.add(CatalogProblemType.FORMAT_NOT_FOR_TYPE.at(source, "/format", Fact.term("format", format().get()),
          Fact.term("type", type()), Fact.terms("types", format().get().appliesTo().stream().map(Term::of).toList())));
    }
    if (maxLength().isPresent() && type() != FieldType.TEXT) {
      problems.add(CatalogProblemType.MAX_LENGTH_NOT_FOR_TYPE.at(source, "/maxLength", Fact.term("type", type())));
    } else if (maxLength().isPresent() && maxLength().getAsInt() < 1) {
      problems.add(DataProblem.of(DataProblemType.OUT_OF_RANGE, source, "/maxLength",
          Fact.text("limit", Bilingual.of("不小于1", "at least 1"))));
    }
    if (label().filter(String::isBlank).isPresent()) {
      problems.add(DataProblem.of(DataProblemType.BLANK, source, "/label"));
    }
    if (labelEn().filter(String::isBlank).isPresent()) {
      problems.add(DataProblem.of(DataProblemType.BLANK, source, "/labelEn"));
    }
    CatalogFormatException.throwIfAny(CatalogRules.serving(problems, RequirementId.CAT_3));
  }
}
