package org.creditgov.privacy.disclosure;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.creditgov.core.catalog.CreditRecord;

/**
 * The repair and publication state of records as the disclosure view reads it (REP-3): whether a
 * record stopped being published, when, why and by which document. A department's repair records
 * answer it; {@link #inMemory()} keeps stops by item code and document number.
 */
@FunctionalInterface
public interface PublicationStates {

  /** The stop of {@code record}, if its publication was stopped. */
  Optional<PublicationStop> stopOf(CreditRecord record);

  /** No record is ever stopped. */
  static PublicationStates none() {
    return r -> Optional.empty();
  }

  /** Stops in memory. */
  static InMemory inMemory() {
    return new InMemory();
  }

  /** {@link PublicationStates} in memory, by item code and document number. Thread-safe. */
  final class InMemory implements PublicationStates {
    private final Map<String, PublicationStop> stops = new ConcurrentHashMap<>();

    private InMemory() {}

    /** Records that the record of {@code itemCode} and {@code documentNumber} stopped. */
    public InMemory stop(String itemCode, String documentNumber, PublicationStop stop) {
      stops.put(requireNonNull(itemCode, "itemCode") + '\u0000' + requireNonNull(documentNumber, "documentNumber"),
          requireNonNull(stop, "stop"));
      return this;
    }

    @Override
    public Optional<PublicationStop> stopOf(CreditRecord record) {
      return Optional.ofNullable(stops.get(record.itemCode() + '\u0000' + record.documentNumber()));
    }

    @Override
    public String toString() {
      return "PublicationStates.InMemory[" + stops.size() + " stops]";
    }
  }
}
