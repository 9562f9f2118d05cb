package org.creditgov.rules.procedure;

/** The result of an {@link EventStore#append}: stored, or a version conflict with nothing stored. */
public sealed interface AppendResult {

  /**
   * The events (and their outbox messages) were stored.
   *
   * @param version the case's version now
   */
  record Appended(long version) implements AppendResult {}

  /**
   * The stored version was not the expected one; nothing was stored.
   *
   * @param expectedVersion the version expected
   * @param actualVersion the version found
   */
  record Conflict(long expectedVersion, long actualVersion) implements AppendResult {}
}
