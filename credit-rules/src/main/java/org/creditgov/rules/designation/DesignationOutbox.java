package org.creditgov.rules.designation;

/**
 * Where changes of list membership go (SPI): publication on the credit website, sharing with the
 * platform, and credit repair react to {@link ListingChange}s (DES-6, REP-3).
 *
 * <p>{@link DesignationService} calls {@link #publish} after the event is stored, before it returns
 * the result, on the caller's thread. The outbox pattern proper — a message stored in the same
 * transaction as the event and relayed later — is the implementation's to provide: a database
 * implementation writes the message beside the event row; {@link InMemoryDesignationOutbox} simply
 * queues it. An implementation must not throw for a message it cannot deliver now: it keeps it and
 * retries, because the event is already stored.
 */
@FunctionalInterface
public interface DesignationOutbox {

  /** Accepts one change for delivery. */
  void publish(ListingChange change);
}
