package org.creditgov.privacy.mask;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.creditgov.core.catalog.FieldFormat;
import org.creditgov.core.catalog.FieldSpec;

/**
 * Masks the value of a catalog field for an audience (PRI-3, CAT-6): a field whose catalog
 * sensitivity is personal is masked by the profile's rule for the kind its format names (an ID
 * number as {@link DataKind#RESIDENT_ID}, a credit code as {@link DataKind#USCC}), and hidden whole
 * when the catalog names no kind the library can mask by (a phone number in a free-text field, a
 * date, an amount); any other field is returned as it is. Secrets are not masked here: they are
 * never disclosed at all, and the callers withhold them before masking.
 */
public final class FieldMasking {

  private FieldMasking() {}

  /**
   * The kind a field's values are masked as, where its format names one.
   *
   * @throws NullPointerException if {@code spec} is null
   */
  public static Optional<DataKind> kindOf(FieldSpec spec) {
    Optional<FieldFormat> format = requireNonNull(spec, "spec").format();
    if (format.isEmpty()) {
      return Optional.empty();
    }
    switch (format.get()) {
      case RESIDENT_ID:
      case PERSON_ID:
      case FOREIGN_PERMANENT_RESIDENT_ID:
        return Optional.of(DataKind.RESIDENT_ID);
      case USCC:
        return Optional.of(DataKind.USCC);
      default:
        return Optional.empty();
    }
  }

  /**
   * The value of {@code spec}'s field as {@code profile}'s audience may see it: masked if the field
   * is personal (a string by its kind's rule, else with every character hidden), else unchanged.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Object mask(FieldSpec spec, Object value, MaskingProfile profile) {
    requireNonNull(value, "value");
    requireNonNull(profile, "profile");
    if (!spec.sensitivity().isPersonal()) {
      return value;
    }
    String text = value instanceof String ? (String) value : value.toString();
    Optional<DataKind> kind = kindOf(spec);
    if (kind.isPresent()) {
      String masked = profile.mask(kind.get(), text);
      return masked == null ? "" : masked;
    }
    return hideAll(text);
  }

  /** Every code point of {@code text} as one {@code *}: nothing shows. */
  static String hideAll(String text) {
    int n = text.codePointCount(0, text.length());
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append('*');
    }
    return s.toString();
  }
}
