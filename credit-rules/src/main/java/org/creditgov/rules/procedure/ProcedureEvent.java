package org.creditgov.rules.procedure;

/**
 * An event of an event-sourced procedure: it belongs to one case and has that case's version after
 * it (1 for the first event).
 *
 * @param <I> the type of the case's id
 */
public interface ProcedureEvent<I> {

  /** The case the event belongs to. */
  I caseId();

  /** The case's version after this event. */
  long version();
}
