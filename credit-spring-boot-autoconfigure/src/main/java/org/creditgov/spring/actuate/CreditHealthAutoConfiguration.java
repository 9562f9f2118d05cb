package org.creditgov.spring.actuate;

import java.time.Clock;
import org.creditgov.audit.AuditLog;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.sync.SyncStore;
import org.creditgov.spring.CreditGovProperties;
import org.creditgov.spring.CreditServicesAutoConfiguration;
import org.creditgov.spring.OutboxBacklog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The health indicator {@code creditgov} ({@link CreditHealthIndicator}) when Spring Boot's health
 * support is on the class path and {@code management.health.creditgov.enabled} is not false. Backs
 * off when the application defines its own {@link CreditHealthIndicator}.
 */
@AutoConfiguration(after = CreditServicesAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnEnabledHealthIndicator("creditgov")
public class CreditHealthAutoConfiguration {

  /** Creates the configuration (Spring does). */
  public CreditHealthAutoConfiguration() {}

  /** The indicator, its parts those the context has. */
  @Bean
  @ConditionalOnMissingBean
  public CreditHealthIndicator creditgovHealthIndicator(Clock clock, WorkingDayCalendar calendar,
      CreditGovProperties properties, ObjectProvider<AuditLog> audit, ObjectProvider<SyncStore> sync,
      ObjectProvider<OutboxBacklog> backlogs) {
    return new CreditHealthIndicator(clock, calendar, properties.getHealth(), audit.getIfAvailable(),
        sync.getIfAvailable(), backlogs.orderedStream().toList());
  }
}
