package org.creditgov.core.archfixture;

import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * A value type as {@code @CreditStyle} asks for it: its public API names only itself and its nested
 * {@code Builder}, which alone may extend the generated builder. The rule must not report it.
 */
@Value.Immutable
@CreditStyle
public abstract class FollowsTheStyle {

  FollowsTheStyle() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this value's attribute. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** A value of the given name. */
  public static FollowsTheStyle of(String name) {
    return builder().name(name).build();
  }

  /** The one attribute. */
  public abstract String name();

  /** The builder. */
  public static final class Builder extends ImmutableFollowsTheStyle.Builder {
    Builder() {}
  }
}
