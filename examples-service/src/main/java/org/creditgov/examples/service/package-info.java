/**
 * A sample Spring Boot service on the credit-governance starter (issue 15): a designation (propose →
 * serve notice → objection → answer → decide) and a repair (apply → accept → decide, which removes
 * the listing) driven over HTTP in the canonical JSON forms, and the workflow credit check with the
 * subject masked in its answer. Refusals and malformed requests are RFC 9457 problem details
 * carrying the finding or problem codes.
 */
@org.jspecify.annotations.NullMarked
@com.google.errorprone.annotations.CheckReturnValue
package org.creditgov.examples.service;
