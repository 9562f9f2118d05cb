package org.creditgov.cli.mask;

import static java.util.Objects.requireNonNull;

import java.util.function.Predicate;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.jspecify.annotations.Nullable;

/**
 * One masked column (or JSON Lines field) of a run, and its tally (PRI-3): values read, masked,
 * kept as they were (an organisation's public credit code under the public profile, a value
 * already masked), empty, and — for identifier kinds — invalid identifiers. The value written is
 * always {@link MaskingProfile#mask(DataKind, String)} of the value read. Not thread-safe.
 */
final class ColumnMask {

  private final String label;
  private final DataKind kind;
  private final MaskingProfile profile;
  private final @Nullable Predicate<String> valid;
  private final int index;
  long values;
  long masked;
  long kept;
  long empty;
  long invalid;

  ColumnMask(String label, DataKind kind, MaskingProfile profile, @Nullable Predicate<String> valid, int index) {
    this.label = requireNonNull(label, "label");
    this.kind = requireNonNull(kind, "kind");
    this.profile = requireNonNull(profile, "profile");
    this.valid = valid;
    this.index = index;
  }

  /** The column's name as given or found in the header. */
  String label() {
    return label;
  }

  /** Its kind. */
  DataKind kind() {
    return kind;
  }

  /** Its position in a CSV row (0-based), or -1 for a JSON Lines field. */
  int index() {
    return index;
  }

  /** Whether identifiers of this kind are validated. */
  boolean validates() {
    return valid != null;
  }

  /** A missing value (a JSON Lines field absent or null). */
  void missing() {
    values++;
    empty++;
  }

  /** The masked value, counted. */
  String mask(String value) {
    values++;
    String out = profile.mask(kind, value);
    if (out == null || out.isEmpty()) {
      empty++;
      return out == null ? "" : out;
    }
    if (out.equals(value)) {
      kept++;
    } else {
      masked++;
    }
    Predicate<String> v = valid;
    if (v != null && !v.test(kind.normalise(value))) {
      invalid++;
    }
    return out;
  }
}
