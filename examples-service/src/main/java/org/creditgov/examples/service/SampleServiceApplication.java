package org.creditgov.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

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
   * Starts the service.
   *
   * @param args Spring Boot's command-line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(SampleServiceApplication.class, args);
  }
}
