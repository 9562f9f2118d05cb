package org.creditgov.cli.report;

import java.io.IOException;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.repair.RepairEvent;

/**
 * Where {@code credit report oversight} reads the designation and repair events from (OPS-2): an
 * exported JSON Lines file ({@link EventFile}) or the embedded database ({@link EventDatabase}). A source hands every event it holds, in any order, to the visitor.
 */
public interface EventSource {

  /** Receives the events of a source. */
  interface Visitor {
    /** One designation event. */
    void designation(DesignationEvent event);

    /** One repair event. */
    void repair(RepairEvent event);
  }

  /**
   * Hands every event to {@code visitor}.
   *
   * @throws IOException if the events cannot be read
   * @throws org.creditgov.core.data.ReferenceDataException if an event is not in its canonical
   *     form (the problem names its line); nothing has then been reported
   */
  void forEach(Visitor visitor) throws IOException;

  /** What the source is, for messages: a file name. */
  String name();
}
