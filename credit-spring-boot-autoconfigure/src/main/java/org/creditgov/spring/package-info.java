/**
 * Spring Boot 4 auto-configuration of the credit-governance library (issue 15): the reference data
 * (catalogs, measure and incentive lists, list types, repair regimes, the working-day calendar),
 * the checkers, masking and pseudonyms, the stores, the designation, repair and query services,
 * the audit log and the outbox relay, configured under the prefix {@code creditgov} ({@link
 * CreditGovProperties}). Every bean backs off when the application defines its own.
 */
@org.jspecify.annotations.NullMarked
@com.google.errorprone.annotations.CheckReturnValue
package org.creditgov.spring;
