package org.creditgov.spring.actuate;

import io.micrometer.core.instrument.MeterRegistry;
import org.creditgov.spring.CreditAuditAutoConfiguration;
import org.creditgov.spring.CreditMetrics;
import org.creditgov.spring.CreditStoresAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The starter's Micrometer metrics ({@link MicrometerCreditMetrics}) when Micrometer is on the class
 * path: in the application's {@link MeterRegistry} if it has one, otherwise counted nowhere. Backs
 * off when the application defines its own {@link CreditMetrics}.
 */
@AutoConfiguration(after = CreditAuditAutoConfiguration.class, before = CreditStoresAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
public class CreditMetricsAutoConfiguration {

  /** Creates the configuration (Spring does). */
  public CreditMetricsAutoConfiguration() {}

  /** The metrics, in the application's registry (looked up when the bean is created). */
  @Bean
  @ConditionalOnMissingBean
  public CreditMetrics creditGovMetrics(ObjectProvider<MeterRegistry> registry) {
    MeterRegistry r = registry.getIfAvailable();
    return r == null ? CreditMetrics.noOp() : new MicrometerCreditMetrics(r);
  }
}
