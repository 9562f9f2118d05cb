/**
 * The actuator side of the starter: the health of the library's moving parts (calendar coverage,
 * audit checkpoint age, outbox backlog, same-day sync misses) and its Micrometer metrics (verdicts,
 * command results, outbox deliveries).
 */
@org.jspecify.annotations.NullMarked
@com.google.errorprone.annotations.CheckReturnValue
package org.creditgov.spring.actuate;
