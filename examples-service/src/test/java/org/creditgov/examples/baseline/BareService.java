package org.creditgov.examples.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baseline of {@code CreditCheckLoad}: a Boot application on the sample service's class path
 * (webmvc, actuator, JDBC, H2, Jackson) with every auto-configuration of the starter excluded and
 * one controller that answers {@code POST /credit-checks} with a fixed body of the credit check's
 * size, without reading the request. What it measures is what Boot, Tomcat and the JVM cost on this
 * machine before the library does anything. Its own package, so that the sample's component scan
 * does not find it.
 */
@SpringBootApplication
@RestController
public class BareService {

  /** The answer: as long as the credit check's (1.5 KB). */
  static final String ANSWER = "{\"answer\":\"" + "x".repeat(1536) + "\"}";

  /** Creates the application (Spring does). */
  public BareService() {}

  @PostMapping(path = "/credit-checks", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  String answer(@RequestBody String body) {
    return ANSWER;
  }

  /** The application, the starter's auto-configurations excluded. */
  public static SpringApplication application() {
    SpringApplication app = new SpringApplication(BareService.class);
    app.setDefaultProperties(Map.of("spring.autoconfigure.exclude", String.join(",", starterAutoConfigurations())));
    return app;
  }

  /** The starter's auto-configurations, as its imports file lists them. */
  static List<String> starterAutoConfigurations() {
    String name = "META-INF/spring/" + AutoConfiguration.class.getName() + ".imports";
    List<String> classes = new ArrayList<>();
    try {
      for (var url : java.util.Collections.list(BareService.class.getClassLoader().getResources(name))) {
        try (InputStream in = url.openStream()) {
          for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.trim().startsWith("org.creditgov.")) {
              classes.add(line.trim());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    if (classes.isEmpty()) {
      throw new IllegalStateException("the starter's auto-configurations were not found on the class path");
    }
    return classes;
  }
}
