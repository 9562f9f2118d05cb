/**
 * Same-day sync (当日同步, REP-3): every change of a subject's credit information — listed, removed,
 * repaired, publication stopped, sharing stopped — goes to each connected system (Credit China, the
 * sharing platform, department systems) with per-target delivery state and acknowledgements,
 * idempotent by (target, change id), and a report of what missed the day per target and
 * department. {@link org.creditgov.rules.sync.Change}s are written to the outbox with the events
 * that cause them ({@link org.creditgov.rules.procedure.EventStore#append}): no dual write.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.rules.sync;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
