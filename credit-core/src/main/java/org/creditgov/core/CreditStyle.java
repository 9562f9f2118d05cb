package org.creditgov.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project (DESIGN.md, "Values"): every value type of every module
 * is annotated {@code @CreditStyle @Value.Immutable}.
 *
 * <ul>
 *   <li>the generated implementation ({@code ImmutableX}) and its builder are package-private: the
 *       public API is the hand-written abstract type alone. A value type with a public builder
 *       declares it by hand, {@code public static final class Builder extends ImmutableX.Builder
 *       { Builder() {} }}, with {@code public static Builder builder()}; the generated setters then
 *       return {@code X.Builder} and {@code build()} returns {@code X} ({@code
 *       overshadowImplementation}). Static factories return the abstract type too;
 *   <li>{@code build()} fails with an {@link IllegalStateException} naming every mandatory
 *       attribute that is missing; an attribute set twice keeps the last value, so that a builder
 *       from {@code toBuilder()} can change what it copied;
 *   <li>copies: the builder has {@code from(X)}, and a value type offers {@code toBuilder()} (and
 *       a {@code with…} for an attribute callers commonly vary) to prepare a value once and vary it;
 *   <li>Guava immutable collections in fields and returns (Immutables uses them when Guava is
 *       present);
 *   <li>attributes marked {@code @Value.Redacted} print as {@code ***} in {@code toString()}, so
 *       personal data never reaches a log line through a value;
 *   <li>{@code add…} names are depluralised by English rules and the dictionary below
 *       ({@code addCitedBasis}, {@code addSeverityClass}, {@code addSeries});
 *   <li>the generated classes carry no annotation of a library a user need not have: only the
 *       annotations in {@code allowedClasspathAnnotations} (JSpecify's, which every module exports)
 *       are written into them, not Immutables' own {@code @Generated} nor Error Prone's, so code
 *       compiled against the jars with {@code -Xlint:all -Werror} sees no classfile warning.
 * </ul>
 *
 * <p>The style itself is kept in the source only ({@link RetentionPolicy#SOURCE}): a value type's
 * class file does not name it, so a user's compiler never loads Immutables' {@code Value.Style}
 * through it. The annotation processor reads it from the source being compiled. Generated types
 * keep Immutables' names ({@code ImmutableX}, {@code ImmutableX.Builder}); the architecture test
 * finds them by these names and checks that no public signature names one.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    redactedMask = "***",
    jdkOnly = false,
    optionalAcceptNullable = false,
    allParameters = false,
    depluralize = true,
    depluralizeDictionary = {"basis:bases", "class:classes", "series:series"},
    allowedClasspathAnnotations = {org.jspecify.annotations.Nullable.class, org.jspecify.annotations.NullMarked.class,
        com.google.errorprone.annotations.CanIgnoreReturnValue.class})
public @interface CreditStyle {}
