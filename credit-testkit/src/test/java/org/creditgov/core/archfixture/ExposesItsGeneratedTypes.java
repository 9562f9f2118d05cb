package org.creditgov.core.archfixture;

import java.util.List;
import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * Violates "no public signature names a generated type" in each way the rule looks for: a return
 * type, a parameter's type argument, a field, a type parameter's bound, and a public type extending
 * the generated builder that is not the value type's own nested {@code Builder} (which is allowed).
 */
@Value.Immutable
@CreditStyle
public abstract class ExposesItsGeneratedTypes {

  ExposesItsGeneratedTypes() {}

  /** Violates: returns the generated builder. */
  public static ImmutableExposesItsGeneratedTypes.Builder builder() {
    return new Builder();
  }

  /** Violates: a generated type as a type argument of a parameter. */
  public static int count(List<ImmutableExposesItsGeneratedTypes> values) {
    return values.size();
  }

  /** Violates: a generated type as a type parameter's bound. */
  public static <T extends ImmutableExposesItsGeneratedTypes> T same(T value) {
    return value;
  }

  /** Violates: a field of a generated type. */
  public static final ImmutableExposesItsGeneratedTypes EXAMPLE =
      (ImmutableExposesItsGeneratedTypes) new Builder().name("x").build();

  /** The one attribute. */
  public abstract String name();

  /** The value type's own builder, as the style asks for it: not reported. */
  public static final class Builder extends ImmutableExposesItsGeneratedTypes.Builder {
    Builder() {}
  }

  /** Violates: a public type that extends a generated type and is not the value type's nested {@code Builder}. */
  public static class MoreBuilder extends ImmutableExposesItsGeneratedTypes.Builder {
    MoreBuilder() {}
  }
}
