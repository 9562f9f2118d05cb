package org.creditgov.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.catalog.CatalogProblem.Reason;
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

  /** A label for people (in Chinese, as forms show it), where the catalog gives one. */
  public abstract Optional<String> label();

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
   * @throws CatalogFormatException listing every problem: a blank or malformed name, a format
   *     for another type, a maximum length on a non-text field or below 1
   */
  @Value.Check
  void check() {
    List<CatalogProblem> problems = new ArrayList<>();
    String source = "field " + name();
    if (!CatalogRules.isValidName(name())) {
      problems.add(
          CatalogProblem.of(
              Reason.INVALID_VALUE, source, "/name",
              "a field name is 1 to 64 letters, digits, '_', '-' or '.', starting with a letter: '" + name() + "'"));
    }
    if (format().isPresent() && !format().get().appliesTo().contains(type())) {
      problems.add(
          CatalogProblem.of(
              Reason.FORMAT_NOT_FOR_TYPE, source, "/format",
              "format " + format().get() + " applies to " + format().get().appliesTo() + ", not to " + type()));
    }
    if (maxLength().isPresent() && (type() != FieldType.TEXT || maxLength().getAsInt() < 1)) {
      problems.add(
          CatalogProblem.of(
              Reason.INVALID_VALUE, source, "/maxLength",
              "maxLength must be at least 1 and applies to TEXT fields only"));
    }
    if (label().isPresent() && label().get().isBlank()) {
      problems.add(CatalogProblem.of(Reason.INVALID_VALUE, source, "/label", "a label must not be blank"));
    }
    CatalogRules.throwIfAny(problems);
  }
}
