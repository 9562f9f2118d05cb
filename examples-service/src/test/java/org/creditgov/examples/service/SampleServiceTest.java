package org.creditgov.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.InMemoryDesignationStore;
import org.creditgov.rules.sync.Delivery;
import org.creditgov.spring.InMemoryOutboxRelay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The sample service's scenario on the starter's in-memory stores (no DataSource: Boot's JDBC
 * auto-configuration excluded): the outbox relay moves the changes into the in-memory sync store,
 * counted by the metrics; no connected system acknowledges them, so the health is out of service.
 */
@TestPropertySource(properties = "spring.autoconfigure.exclude="
    + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@Import(SampleServiceScenario.OfficeClock.class)
class SampleServiceTest extends SampleServiceScenario {

  @Autowired
  InMemoryOutboxRelay relay;

  @Override
  Class<? extends DesignationStore> expectedDesignationStore() {
    return InMemoryDesignationStore.class;
  }

  @Override
  List<Delivery> deliveries() {
    relay.runNow(); // as the schedule does every 100 ms
    assertThat(relay.pending()).isZero();
    return sync.deliveries();
  }

  @Override
  void theStoresHoldTheRun(JsonNode designation, List<Delivery> deliveries) {
    assertThat(deliveries).allSatisfy(d -> assertThat(d.acknowledgedOn()).isEmpty());
  }

  @Override
  void theHealthAfterTheRun(HttpResponse<String> health, JsonNode h) throws Exception {
    JsonNode deliveries = json.readTree(get("/actuator/metrics/creditgov.outbox.deliveries").body());
    assertThat(deliveries.path("measurements").get(0).path("value").asDouble()).isEqualTo(sync.deliveries().size());
    assertThat(h.path("details").path("outbox").path("unacknowledged").asInt()).isEqualTo(sync.deliveries().size());
    // the listing of 2025 was never acknowledged by a connected system: the service is out
    assertThat(h.path("status").asString()).isEqualTo("OUT_OF_SERVICE");
    assertThat(health.statusCode()).isEqualTo(503);
  }
}
