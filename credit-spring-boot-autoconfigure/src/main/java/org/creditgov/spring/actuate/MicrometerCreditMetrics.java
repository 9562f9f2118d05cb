package org.creditgov.spring.actuate;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.TreeSet;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.spring.CreditMetrics;

/**
 * {@link CreditMetrics} in a Micrometer registry (OPS-2):
 *
 * <ul>
 *   <li>{@code creditgov.verdicts} — verdicts, tagged {@code check} (sanction, credit-check,
 *       incentive, designation, repair), {@code outcome} (ALLOWED, NEEDS_REVIEW, REFUSED) and
 *       {@code requirement} (each requirement id the verdict's findings cite, once per verdict;
 *       {@code none} for a verdict without findings);
 *   <li>{@code creditgov.commands} — command results, tagged {@code procedure} (designation,
 *       repair), {@code command} (PROPOSE, SERVE_NOTICE … APPLY, ACCEPT …) and {@code result}
 *       (ACCEPTED, REFUSED, CONFLICT);
 *   <li>{@code creditgov.outbox.deliveries} — deliveries created by the outbox relay;
 *   <li>{@code creditgov.outbox.failures} — runs of the outbox relay that failed.
 * </ul>
 *
 * <p>No tag holds personal data: codes and outcomes only.
 */
public final class MicrometerCreditMetrics implements CreditMetrics {

  private final MeterRegistry registry;
  private final Counter deliveries;
  private final Counter failures;

  /** Metrics in {@code registry}. */
  public MicrometerCreditMetrics(MeterRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
    this.deliveries = Counter.builder("creditgov.outbox.deliveries")
        .description("Deliveries the outbox relay created, one per change and connected system").register(registry);
    this.failures = Counter.builder("creditgov.outbox.failures")
        .description("Runs of the outbox relay that failed").register(registry);
  }

  @Override
  public void verdict(String check, Verdict verdict) {
    Set<String> requirements = new TreeSet<>();
    for (Finding f : verdict.findings()) {
      requirements.add(f.requirement().id());
    }
    if (requirements.isEmpty()) {
      requirements.add("none");
    }
    for (String requirement : requirements) {
      Counter.builder("creditgov.verdicts").description("Verdicts given, by check, outcome and requirement cited")
          .tag("check", check).tag("outcome", verdict.outcome().name()).tag("requirement", requirement)
          .register(registry).increment();
    }
  }

  @Override
  public void commandResult(String procedure, String command, String result) {
    Counter.builder("creditgov.commands").description("Command results, by procedure, command and result")
        .tag("procedure", procedure).tag("command", command).tag("result", result).register(registry).increment();
  }

  @Override
  public void outboxDelivered(int count) {
    deliveries.increment(count);
  }

  @Override
  public void outboxFailed() {
    failures.increment();
  }

  @Override
  public String toString() {
    return "MicrometerCreditMetrics[" + registry.getClass().getSimpleName() + "]";
  }
}
