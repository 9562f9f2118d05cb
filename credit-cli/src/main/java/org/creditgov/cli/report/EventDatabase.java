package org.creditgov.cli.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import org.creditgov.cli.EmbeddedDatabase;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.repair.RepairId;
import org.creditgov.store.jdbc.JdbcStores;

/**
 * The designation and repair events of the embedded database in a directory (OPS-2): the H2 file
 * database of {@link JdbcStores#embedded} that the demo and a county's own deployment write, read
 * without changing it ({@link EmbeddedDatabase}).
 */
final class EventDatabase implements EventSource {

  private final Path directory;

  private EventDatabase(Path directory) {
    this.directory = directory;
  }

  /** The database in {@code directory}. */
  static EventDatabase in(Path directory) {
    return new EventDatabase(requireNonNull(directory, "directory"));
  }

  @Override
  public void forEach(Visitor visitor) throws IOException {
    try (JdbcStores stores = EmbeddedDatabase.open(directory)) {
      for (DesignationId id : stores.designations().ids()) {
        for (DesignationEvent e : stores.designations().load(id)) {
          visitor.designation(e);
        }
      }
      for (RepairId id : stores.repairs().ids()) {
        for (RepairEvent e : stores.repairs().load(id)) {
          visitor.repair(e);
        }
      }
    }
  }

  @Override
  public String name() {
    return directory.toString();
  }
}
