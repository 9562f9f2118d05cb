package org.creditgov.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.rules.designation.io.BundledListTypes;
import org.creditgov.rules.repair.io.BundledRepairRegimes;
import org.creditgov.store.jdbc.JdbcStores;

/**
 * The embedded database in a directory, opened to be read: the H2 file database of {@link
 * JdbcStores#embedded} that the demo and a county's own deployment write. Nothing is migrated and
 * nothing is written: a command that reads it ({@code credit check --database}, {@code credit
 * report oversight --database}) leaves it as it found it, and a directory holding no database is
 * an I/O error, not a new empty database.
 */
public final class EmbeddedDatabase {

  /** The file H2 keeps the database in, inside the directory. */
  public static final String FILE = "creditgov.mv.db";

  private EmbeddedDatabase() {}

  /**
   * The stores of the database in {@code directory}, with the bundled list types and repair
   * regimes to replay their events; the caller closes them.
   *
   * @throws NoSuchFileException if {@code directory} holds no database
   */
  public static JdbcStores open(Path directory) throws NoSuchFileException {
    Path file = directory.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    // the stores are only read: no step is dated by this clock
    return JdbcStores.embedded(directory).clock(ChinaTime.systemClock()).listTypes(BundledListTypes.registry())
        .repairRegimes(BundledRepairRegimes.registry()).build();
  }
}
