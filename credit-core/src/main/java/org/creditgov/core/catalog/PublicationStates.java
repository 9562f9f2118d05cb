package org.creditgov.core.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The repair and publication state of records (REP-3): whether a record stopped being published
 * or shared, when, why and by which document. A department's repair records answer it (credit-rules'
 * repair procedure keeps one up to date); {@link #inMemory()} keeps stops by item code, document
 * number and {@link StopKind}.
 */
@FunctionalInterface
public interface PublicationStates {

  /** The stop of {@code record}'s publication, if its publication was stopped. */
  default Optional<PublicationStop> stopOf(CreditRecord record) {
    return stopOf(record, StopKind.PUBLICATION);
  }

  /** The stop of {@code kind} of {@code record}, if it was stopped. */
  Optional<PublicationStop> stopOf(CreditRecord record, StopKind kind);

  /** No record is ever stopped. */
  static PublicationStates none() {
    return (r, k) -> Optional.empty();
  }

  /** Stops in memory. */
  static InMemory inMemory() {
    return new InMemory();
  }

  /**
   * {@link PublicationStates} in memory, by item code, document number and kind; a later stop of
   * the same kind replaces the earlier. Thread-safe.
   */
  final class InMemory implements PublicationStates {
    /** A stop's key: its parts' own (cached) hashes are combined, so a lookup builds no string. */
    private record Key(String itemCode, String documentNumber, StopKind kind) {}

    private final Map<Key, PublicationStop> stops = new ConcurrentHashMap<>();

    private InMemory() {}

    /** Records that the record of {@code itemCode} and {@code documentNumber} stopped as {@code stop} says. */
    public InMemory stop(String itemCode, String documentNumber, PublicationStop stop) {
      stops.put(new Key(requireNonNull(itemCode, "itemCode"), requireNonNull(documentNumber, "documentNumber"),
          requireNonNull(stop, "stop").kind()), stop);
      return this;
    }

    @Override
    public Optional<PublicationStop> stopOf(CreditRecord record, StopKind kind) {
      return Optional.ofNullable(stops.get(new Key(record.itemCode(), record.documentNumber(), kind)));
    }

    @Override
    public String toString() {
      return "PublicationStates.InMemory[" + stops.size() + " stops]";
    }
  }
}
