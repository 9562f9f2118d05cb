package org.creditgov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The library's logging policy, checked over every line a test suite's scenarios logged: no line
 * holds personal data (a valid resident ID number, a mobile or bank-card number), and the library
 * never logs at ERROR (it answers with verdicts and exceptions; the application decides what is an
 * error). Extend it in a test class that runs last — {@code @Order(Integer.MAX_VALUE)} with JUnit's
 * {@code ClassOrderer$OrderAnnotation} as the default class order — in a JVM started with {@code
 * -Dslf4j.provider=org.creditgov.testkit.CapturingLoggerProvider}.
 *
 * <pre>{@code
 * @Order(Integer.MAX_VALUE)
 * class LoggingPolicyTest extends LoggingPolicySuite {}
 * }</pre>
 */
public abstract class LoggingPolicySuite {

  /** For subclasses. */
  protected LoggingPolicySuite() {}

  /** The capturing provider was SLF4J's provider: the other checks saw every line. */
  @Test
  void everyLineOfTheSuiteWasCaptured() {
    assertTrue(LogCapture.active(), "run with -Dslf4j.provider=" + CapturingLoggerProvider.class.getName());
  }

  /** No line logged by any test of the suite holds personal data (the value is never printed). */
  @Test
  void noLineHoldsPersonalData() {
    List<String> leaks = new ArrayList<>();
    ImmutableList<LogCapture.Line> lines = LogCapture.lines();
    for (int i = 0; i < lines.size(); i++) {
      LogCapture.Line l = lines.get(i);
      for (String found : PersonalDataInText.find(l.message() + " " + l.throwable())) {
        leaks.add("line " + i + " (" + l.level() + " " + l.logger() + "): " + found);
      }
    }
    assertEquals(List.of(), leaks, "personal data in " + lines.size() + " captured log lines");
  }

  /** The library never logs at ERROR. */
  @Test
  void theLibraryNeverLogsAtError() {
    List<String> errors = new ArrayList<>();
    for (LogCapture.Line l : LogCapture.lines()) {
      if (l.logger().startsWith("org.creditgov.") && l.level().equals("ERROR")) {
        errors.add(l.toString());
      }
    }
    assertEquals(List.of(), errors, "the library logged at ERROR");
  }
}
