package org.creditgov.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;

/**
 * One H2 file database in PostgreSQL mode in a temporary directory per test class (the embedded
 * default); migrated; behind H2's own pool; the directory deleted after the class's last test.
 */
final class H2Database extends ClassDatabase {

  private @Nullable Path directory;
  private @Nullable JdbcConnectionPool dataSource;

  /** The URL of the file database in {@code directory}, in PostgreSQL mode, open until shut down. */
  static String url(Path directory) {
    return "jdbc:h2:file:" + directory.resolve("creditgov").toAbsolutePath()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  }

  /** A pool of connections to the file database in {@code directory} (H2's own). */
  static JdbcConnectionPool at(Path directory) {
    return JdbcConnectionPool.create(url(directory), "", "");
  }

  /** Shuts the database down (as a process that stops does) and opens it again from its files. */
  DataSource reopen() {
    JdbcConnectionPool old = (JdbcConnectionPool) dataSource();
    TestDatabase.execute(old, "SHUTDOWN");
    old.dispose();
    dataSource = at(directory());
    return dataSource;
  }

  @Override
  void start() throws IOException {
    directory = Files.createTempDirectory("creditgov-h2-");
    dataSource = at(directory);
    TestDatabase.migrate(dataSource);
  }

  @Override
  void stop() throws IOException {
    if (dataSource != null) {
      TestDatabase.execute(dataSource, "SHUTDOWN");
      dataSource.dispose();
      dataSource = null;
    }
    if (directory != null) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
      directory = null;
    }
  }

  /** The database's directory. */
  Path directory() {
    return requireNonNull(directory, "started before the class's tests");
  }

  @Override
  public DataSource dataSource() {
    return requireNonNull(dataSource, "started before the class's tests");
  }
}
