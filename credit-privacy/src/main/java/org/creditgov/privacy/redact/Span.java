package org.creditgov.privacy.redact;

import org.creditgov.core.CreditStyle;
import org.creditgov.privacy.mask.DataKind;
import org.immutables.value.Value;

/**
 * One piece of personal (or organisation) information found in a text (PRI-3): its kind and its
 * place as UTF-16 indices into the input, {@code text.substring(start(), end())}. A span holds no
 * text, so printing it reveals nothing.
 */
@Value.Immutable
@CreditStyle
public abstract class Span {

  Span() {} // subclassed only by the generated ImmutableSpan

  /**
   * A span of the given kind over {@code [start, end)}.
   *
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalArgumentException if {@code start} is negative or {@code end <= start}
   */
  public static Span of(DataKind kind, int start, int end) {
    return ImmutableSpan.of(kind, start, end);
  }

  /** What was found. */
  @Value.Parameter
  public abstract DataKind kind();

  /** The UTF-16 index of its first char in the input. */
  @Value.Parameter
  public abstract int start();

  /** The UTF-16 index one past its last char in the input. */
  @Value.Parameter
  public abstract int end();

  @Value.Check
  void check() {
    if (start() < 0 || end() <= start()) {
      throw new IllegalArgumentException("a span needs 0 <= start < end: " + start() + ", " + end());
    }
  }
}
