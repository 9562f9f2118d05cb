package org.creditgov.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.Delivery;
import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.spring.OutboxDispatcherLifecycle;
import org.creditgov.spring.SyncSender;
import org.creditgov.store.jdbc.JdbcDesignationStore;
import org.creditgov.store.jdbc.JdbcOutbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;

/**
 * The sample service's scenario on credit-store-jdbc's stores over a database (a subclass per
 * database): every step's events, projection and outbox rows are in the database; the outbox
 * dispatcher the starter runs delivers each change to both connected systems (here two recording
 * senders standing in for Credit China and the sharing platform), which acknowledge it, so the
 * health is up.
 */
abstract class SampleServiceOnDatabase extends SampleServiceScenario {

  /** What the connected systems received: target code and change id. */
  static final class ConnectedSystems {
    final Queue<String> received = new ConcurrentLinkedQueue<>();

    void receive(String target, Change change) {
      received.add(target + " " + change.changeId());
    }
  }

  /** A sender per connected system, each recording what it acknowledges. */
  @TestConfiguration
  static class Senders {
    @Bean
    ConnectedSystems connectedSystems() {
      return new ConnectedSystems();
    }

    @Bean
    SyncSender creditChinaSender(ConnectedSystems systems) {
      return SyncSender.to(SyncTarget.CREDIT_CHINA, c -> systems.receive("credit-china", c));
    }

    @Bean
    SyncSender sharingPlatformSender(ConnectedSystems systems) {
      return SyncSender.to(SyncTarget.SHARING_PLATFORM, c -> systems.receive("sharing-platform", c));
    }
  }

  @Autowired
  DataSource dataSource;

  @Autowired
  ConnectedSystems systems;

  @Autowired
  OutboxDispatcherLifecycle dispatcher;

  /** The database's product name, as its driver says it ({@code H2}, {@code PostgreSQL}). */
  abstract String expectedDatabase();

  @Override
  Class<? extends DesignationStore> expectedDesignationStore() {
    return JdbcDesignationStore.class;
  }

  @Override
  List<Delivery> deliveries() throws Exception {
    assertThat(sync).isInstanceOf(JdbcOutbox.class);
    assertThat(dispatcher.isRunning()).isTrue();
    // the rows were written in each step's transaction; the dispatcher sends them within moments
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (sync.deliveries().stream().anyMatch(d -> d.acknowledgedOn().isEmpty())) {
      assertThat(System.nanoTime()).as("every delivery acknowledged by its connected system").isLessThan(deadline);
      Thread.sleep(20);
    }
    return sync.deliveries();
  }

  @Override
  void theStoresHoldTheRun(JsonNode designation, List<Delivery> deliveries) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
      // the designation's history is its events in the database, its projection beside them
      long version = designation.path("version").asLong();
      assertThat(count(c, "SELECT COUNT(*) FROM creditgov_event WHERE stream_type = 'designation' AND stream_id = ?",
          LISTING.value())).isEqualTo(version);
      assertThat(rows(c, "SELECT status, version FROM creditgov_designation WHERE designation_id = ?", LISTING.value()))
          .containsExactly("REMOVED " + version);
      assertThat(count(c, "SELECT COUNT(*) FROM creditgov_event WHERE stream_type = 'repair' AND stream_id = ?",
          "QTX-R-2026-001")).isEqualTo(3);
      assertThat(rows(c, "SELECT status, version FROM creditgov_repair WHERE repair_id = ?", "QTX-R-2026-001"))
          .containsExactly("APPROVED 3");
      // the subject's details in the subject directory's own table, apart from the events
      assertThat(rows(c, "SELECT subject_type, display_name FROM cg_subject WHERE subject_id = ?", CODE))
          .containsExactly("LEGAL_PERSON 某某化工有限公司");
      // one outbox row per change and connected system, each acknowledged
      assertThat(rows(c, "SELECT target, change_id, state FROM creditgov_outbox"))
          .containsExactlyInAnyOrderElementsOf(deliveries.stream()
              .map(d -> d.target().code() + " " + d.change().changeId() + " ACKNOWLEDGED").toList());
    }
    // and the connected systems received each change once at least (a change may be sent again after a lease)
    assertThat(systems.received).containsAll(deliveries.stream().map(d -> d.target().code() + " " + d.change().changeId())
        .toList());
  }

  @Override
  void theHealthAfterTheRun(HttpResponse<String> health, JsonNode h) throws Exception {
    // the dispatcher's counts as meters: every delivery acknowledged (once at least), no attempt failed
    JsonNode acknowledged = json.readTree(get("/actuator/metrics/creditgov.outbox.acknowledged").body());
    assertThat(acknowledged.path("measurements").get(0).path("value").asDouble())
        .isGreaterThanOrEqualTo(sync.deliveries().size()).isPositive();
    JsonNode failures = json.readTree(get("/actuator/metrics/creditgov.outbox.send.failures").body());
    assertThat(failures.path("measurements").get(0).path("value").asDouble()).isZero();
    assertThat(h.path("details").path("outbox").path("unacknowledged").asInt()).isZero();
    assertThat(h.path("details").path("outbox").path("pending").asInt()).isZero();
    assertThat(h.path("status").asString()).isEqualTo("UP");
    assertThat(health.statusCode()).isEqualTo(200);
  }

  private static long count(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, arg);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        return r.getLong(1);
      }
    }
  }

  private static List<String> rows(Connection c, String sql, String... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setString(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        List<String> rows = new ArrayList<>();
        int n = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<String> columns = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            columns.add(r.getString(i));
          }
          rows.add(String.join(" ", columns));
        }
        return rows;
      }
    }
  }
}
