package org.creditgov.bench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.creditgov.store.jdbc.DesignationRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The published list on a date for 100,000 designations (DES-6), in milliseconds: {@code
 * JdbcDesignationStore.publishedListOn} reading the maintained projection (a third of the
 * designations listed on the date, others expired, removed or never listed), beside a plain SELECT
 * of the same columns into an array. Target: under 50 ms. The projection's rows are written with
 * plain JDBC for the set-up (appending 100,000 histories would take minutes); the benchmark checks
 * both contenders count the same rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PublishedListBenchmark {

  static final int DESIGNATIONS = 100_000;
  static final LocalDate ON = LocalDate.of(2025, 6, 1);

  private BenchDatabase db;
  int listed;

  @Setup(Level.Trial)
  public void start() throws SQLException {
    db = new BenchDatabase();
    try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
        "INSERT INTO creditgov_designation (designation_id, version, list_type_code, subject_type, subject_id, department,"
            + " status, proposed_on, listed_from, listed_until, decision_number) VALUES (?, 4, 'GEN-1', 'LEGAL_PERSON', ?,"
            + " '测试局', ?, ?, ?, ?, ?)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < DESIGNATIONS; i++) {
        LocalDate from = ON.minusDays(i % 900);
        boolean decided = i % 5 != 0;
        s.setString(1, "PL-" + i);
        s.setString(2, String.format("91640381%09dX", i));
        s.setString(3, decided ? "LISTED" : "PROPOSED");
        s.setObject(4, from.minusDays(20));
        s.setObject(5, decided ? from : null);
        s.setObject(6, decided ? from.plusDays(i % 3 == 0 ? 100 : 400) : null);
        s.setString(7, decided ? "决-" + i : null);
        s.addBatch();
        if (i % 1000 == 999) {
          s.executeBatch();
        }
      }
      s.executeBatch();
      c.commit();
    }
    db.execute("ANALYZE creditgov_designation");
    listed = db.stores.designations().publishedListOn(ON).size();
    if (listed != plainSelect().size() || listed == 0) {
      throw new IllegalStateException("the contenders disagree: " + listed + " and " + plainSelect().size());
    }
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    db.close();
  }

  /** The library: the published list from the projection. */
  @Benchmark
  public List<DesignationRow> store() {
    return db.stores.designations().publishedListOn(ON);
  }

  /** The baseline: the same rows with a plain SELECT, into arrays of their columns. */
  @Benchmark
  public List<Object[]> plainSelect() throws SQLException {
    List<Object[]> out = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
        "SELECT designation_id, version, list_type_code, subject_type, subject_id, department, status, proposed_on,"
            + " listed_from, listed_until, decision_number FROM creditgov_designation WHERE listed_from <= ? AND listed_until > ?")) {
      s.setObject(1, ON);
      s.setObject(2, ON);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
              rs.getObject(10, LocalDate.class), rs.getString(11)});
        }
      }
    }
    return out;
  }
}
