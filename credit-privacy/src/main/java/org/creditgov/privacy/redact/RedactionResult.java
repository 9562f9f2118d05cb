package org.creditgov.privacy.redact;

import com.google.common.collect.ImmutableList;
import org.creditgov.core.CreditStyle;
import org.creditgov.privacy.mask.DataKind;
import org.immutables.value.Value;

/**
 * What {@link Redactor#redact(String)} returns (PRI-3): the redacted text and every span found in
 * the input, in order. {@code toString} prints the spans but not the text.
 */
@Value.Immutable
@CreditStyle
public abstract class RedactionResult {

  RedactionResult() {} // subclassed only by the generated ImmutableRedactionResult

  /** The input with every redacted span replaced. */
  @Value.Redacted
  public abstract String text();

  /** The spans found in the input, ordered by start, not overlapping. */
  public abstract ImmutableList<Span> spans();

  /**
   * The spans of one kind.
   *
   * @throws NullPointerException if {@code kind} is null
   */
  public ImmutableList<Span> spans(DataKind kind) {
    java.util.Objects.requireNonNull(kind, "kind");
    return spans().stream().filter(s -> s.kind() == kind).collect(ImmutableList.toImmutableList());
  }
}
