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
 *   <li>strict builders: an attribute may be set once, and {@code build()} fails with an
 *       {@link IllegalStateException} naming every mandatory attribute that is missing;
 *   <li>Guava immutable collections in fields and returns (Immutables uses them when Guava is
 *       present);
 *   <li>attributes marked {@code @Value.Redacted} print as {@code ***} in {@code toString()}, so
 *       personal data never reaches a log line through a value;
 *   <li>no {@code from(...)} copy of arbitrary instances and no {@code with*} copies: values are
 *       built once, from their builder.
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    strictBuilder = true,
    redactedMask = "***",
    jdkOnly = false,
    defaults = @Value.Immutable(copy = false),
    optionalAcceptNullable = false,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    allParameters = false,
    depluralize = true,
    depluralizeDictionary = {"basis:bases"})
public @interface CreditStyle {}
