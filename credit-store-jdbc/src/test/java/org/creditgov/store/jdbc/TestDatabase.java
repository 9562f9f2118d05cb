package org.creditgov.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** A database the tests of a class share, migrated by Flyway, emptied before each test that asks. */
interface TestDatabase {

  /** The tables of the privacy stores and the subject directory, children first. */
  String[] TABLES = {"cg_query_review", "cg_query_entry", "cg_consent_party", "cg_consent", "cg_subject"};

  /** The database. */
  DataSource dataSource();

  /** Migrates {@code dataSource} from the library's migrations. */
  static MigrateResult migrate(DataSource dataSource) {
    return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/creditgov").load().migrate();
  }

  /** Deletes every row of the privacy stores and the subject directory. */
  default void clear() {
    execute(dataSource(), "DELETE FROM cg_query_review", "DELETE FROM cg_query_entry", "DELETE FROM cg_consent_party",
        "DELETE FROM cg_consent", "DELETE FROM cg_subject");
  }

  /** Runs statements, each on its own (auto-commit). */
  static void execute(DataSource dataSource, String... sql) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
