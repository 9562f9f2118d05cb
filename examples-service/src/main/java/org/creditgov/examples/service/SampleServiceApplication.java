package org.creditgov.examples.service;

import org.creditgov.privacy.query.InMemoryRecordSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The sample service: everything it uses comes from the starter's auto-configuration; it adds only
 * its controllers. Run it with {@code mvn -pl examples-service -am compile exec:java}; set
 * {@code CREDITGOV_PRIVACY_PSEUDONYMKEY} (Base64, 32 bytes or more) to enable the query gateway.
 */
@SpringBootApplication
public class SampleServiceApplication {

  /** Creates the application (Spring does). */
  public SampleServiceApplication() {}

  /**
   * The department's own record system, which the query gateway and the disclosure view read: in
   * the sample, records filed with {@code POST /records} and kept in memory (the starter's record
   * source backs off for it). A real service puts its records system behind {@code RecordSource}.
   */
  @Bean
  InMemoryRecordSource departmentRecords() {
    return new InMemoryRecordSource();
  }

  /**
   * Starts the service.
   *
   * @param args Spring Boot's command-line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(SampleServiceApplication.class, args);
  }
}
