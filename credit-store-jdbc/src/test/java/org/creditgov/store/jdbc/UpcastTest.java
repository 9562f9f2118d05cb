package org.creditgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import javax.sql.DataSource;
import org.creditgov.core.json.JsonForm;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.json.DesignationJson;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Old rows are upcast on read (DES-7): with a form whose version 2 renamed a key of version 1, a
 * row written in version 1 (by hand, as an older library wrote it) reads back through the form's
 * upcaster as the same event, beside rows of the current version, and the format column names
 * each row's version.
 */
class UpcastTest {

  /** Version 2 of the designation event, in which version 1's {@code date} became {@code on}. */
  static final JsonForm<DesignationEvent> V2 = JsonForm.builder("designation-event", 2, DesignationJson.EVENT.codec())
      .upcaster(1, UpcastTest::renameDateToOn).build();

  static ObjectNode renameDateToOn(ObjectNode v1) {
    ObjectNode v2 = v1.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> i = v1.properties().iterator(); i.hasNext(); ) {
      Map.Entry<String, JsonNode> e = i.next();
      v2.set(e.getKey().equals("date") ? "on" : e.getKey(), e.getValue()); // in place: the key order stays
    }
    return v2;
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aRowOfTheOlderVersionIsUpcastOnRead(TestDatabases.Kind kind) throws Exception {
    LocalDate day = LocalDate.of(2025, 3, 3);
    Procedures procedures = new Procedures(5);
    TestClock clock = TestClock.at(day);
    DataSource ds = TestDatabases.fresh(kind);
    JdbcStores stores = JdbcStores.builder(ds).clock(clock).listTypes(procedures.listTypes).designationEvents(V2).build();
    stores.migrate();
    procedures.readyToDecide(procedures.service(stores.designations(), clock), "U-1", procedures.subject(), day);
    DesignationId id = DesignationId.of("U-1");
    var events = stores.designations().load(id);
    assertThat(events).hasSize(3);

    // the first event rewritten as version 1 wrote it
    String v1 = V2.encode(events.get(0)).replace("\"format\":\"creditgov-designation-event/2\"",
        "\"format\":\"creditgov-designation-event/1\"").replace("\"on\":", "\"date\":");
    assertThat(v1).contains("\"date\":\"2025-03-03\"");
    try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
        "UPDATE creditgov_event SET format = ?, payload = ? WHERE stream_id = 'U-1' AND version = 1")) {
      s.setString(1, "creditgov-designation-event/1");
      s.setString(2, v1);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    assertThat(stores.designations().load(id)).isEqualTo(events);
    assertThat(JdbcDesignationStoreTest.count(ds,
        "SELECT COUNT(*) FROM creditgov_event WHERE format = 'creditgov-designation-event/2'")).isEqualTo(2);
  }
}
