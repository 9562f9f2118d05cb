package org.creditgov.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.rules.sanction.Trigger;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.ChangeKind;
import org.creditgov.rules.sync.Delivery;
import org.creditgov.rules.sync.SyncStore;
import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.spring.actuate.CreditHealthIndicator;
import org.creditgov.spring.actuate.MicrometerCreditMetrics;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The health indicator {@code creditgov} (calendar days left, outbox backlog and age, same-day
 * misses) and the Micrometer metrics (verdicts by outcome and requirement, command results).
 */
class ActuatorConfigurationTest {

  private static final Organisation COMPANY = Organisation.of(SubjectType.LEGAL_PERSON,
      UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某建设工程有限公司");

  @Test
  void theHealthFollowsTheDaysOfCalendarDataLeft() {
    TestClock clock = TestClock.at(LocalDate.of(2026, 6, 1));
    Contexts.runner().withBean(java.time.Clock.class, () -> clock).run(context -> {
      CreditHealthIndicator health = context.getBean("creditgovHealthIndicator", CreditHealthIndicator.class);
      assertThat(health.health().getStatus()).isEqualTo(Status.UP);
      assertThat(calendar(health.health())).containsEntry("coveredUntil", "2026-12-31").containsEntry("daysLeft", 213L);
      clock.set(LocalDate.of(2026, 11, 20)); // 41 days left, under the default 60
      assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
      clock.set(LocalDate.of(2027, 1, 4));
      assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
      assertThat(calendar(health.health())).containsEntry("daysLeft", -4L);
    });
  }

  @Test
  void theCalendarThresholdIsConfigured() {
    TestClock clock = TestClock.at(LocalDate.of(2026, 11, 20));
    Contexts.runner().withBean(java.time.Clock.class, () -> clock).withPropertyValues("creditgov.health.calendar-min-days-left=30")
        .run(context -> assertThat(context.getBean(CreditHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP));
  }

  @Test
  void anUnacknowledgedChangeOlderThanTheMaximumTakesTheServiceOut() {
    TestClock clock = TestClock.at(LocalDate.of(2026, 6, 1));
    Contexts.runner().withBean(java.time.Clock.class, () -> clock).run(context -> {
      SyncStore sync = context.getBean(SyncStore.class);
      Change change = new Change("repair:R-1#3", ChangeKind.REPAIRED, SubjectRef.of(COMPANY), "NAT-SEVERE-LIST",
          "青信修〔2026〕3号", "青铜峡市应急管理局", LocalDate.of(2026, 6, 1), "repair:R-1");
      assertThat(sync.enqueue(change)).hasSize(2);
      CreditHealthIndicator indicator = context.getBean(CreditHealthIndicator.class);
      Health health = indicator.health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(part(health, "outbox")).containsEntry("pending", 0).containsEntry("unacknowledged", 2)
          .containsEntry("oldestUnacknowledgedOn", "2026-06-01");
      clock.set(LocalDate.of(2026, 6, 2));
      clock.advance(Duration.ofHours(1)); // 2026-06-02 01:00 in China: 25 hours after the change's day began
      health = indicator.health();
      assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
      assertThat(part(health, "sameDay")).containsEntry("day", "2026-06-01").containsEntry("missed", 2);
      Delivery unused = sync.acknowledged(SyncTarget.CREDIT_CHINA, change.changeId(), LocalDate.of(2026, 6, 2));
      Delivery unused2 = sync.acknowledged(SyncTarget.SHARING_PLATFORM, change.changeId(), LocalDate.of(2026, 6, 2));
      assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
      assertThat(part(indicator.health(), "outbox")).containsEntry("unacknowledged", 0);
    });
  }

  @Test
  void theHealthIndicatorCanBeSwitchedOff() {
    Contexts.runner().withPropertyValues("management.health.creditgov.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(CreditHealthIndicator.class));
  }

  @Test
  void verdictsAndCommandResultsAreCountedInTheApplicationsRegistry() {
    Contexts.runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      assertThat(context.getBean(CreditMetrics.class)).isInstanceOf(MicrometerCreditMetrics.class);
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      Verdict v = context.getBean(CreditDecisions.class).check(SanctionRequest.builder("NAT-2021-TENDER-BAN", COMPANY,
          LocalDate.of(2026, 6, 1)).jurisdiction(Jurisdiction.of("640381")).implementingBody("青铜峡市公共资源交易中心")
          .bodyKind(BodyKind.PUBLIC_BODY).trigger(Trigger.CONDUCT_FACT).build());
      assertThat(v.findings()).isNotEmpty();
      for (String requirement : v.findings().stream().map(f -> f.requirement().id()).distinct().toList()) {
        assertThat(registry.get("creditgov.verdicts").tag("check", "sanction").tag("outcome", v.outcome().name())
            .tag("requirement", requirement).counter().count()).as(requirement).isEqualTo(1.0);
      }
      assertThat(registry.get("creditgov.outbox.deliveries").counter().count()).isZero();
    });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> calendar(Health health) {
    return (Map<String, Object>) health.getDetails().get("calendar");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> part(Health health, String name) {
    return (Map<String, Object>) health.getDetails().get(name);
  }
}
