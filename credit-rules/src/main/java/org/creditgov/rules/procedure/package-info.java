/**
 * The mechanism event-sourced procedures share (DES-7, REP-2): an event store SPI with optimistic
 * concurrency that takes the outbox messages of a step with its events, so that a durable store
 * writes both in one transaction (no dual write); its in-memory implementation; and the answer to a
 * command, {@link org.creditgov.rules.procedure.CommandResult} — accepted (one event appended),
 * refused (nothing appended, a verdict with every finding) or a version conflict. Credit repair
 * stands on it; the designation store's in-memory implementation keeps its histories in it.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.rules.procedure;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
