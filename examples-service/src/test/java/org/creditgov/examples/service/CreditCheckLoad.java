package org.creditgov.examples.service;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.examples.baseline.BareService;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.CreditCheckQuery;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.json.RequestJson;
import org.creditgov.rules.sanction.BusinessContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fixed-rate load generator for the credit check over HTTP (issue 15's performance figures), run
 * by hand, never by the build: it starts the sample service on a free loopback port, reports how
 * long the context took to be ready on the bundled data, then sends {@code POST /credit-checks} at
 * a fixed rate (open loop: each request's latency is counted from the moment it was due, so a
 * stalled server is not hidden by fewer requests), first to warm up, then to measure, and prints
 * the latency percentiles. Arguments: rate per second (200), measured seconds (20), warm-up seconds
 * (10), then {@code --baseline} to measure {@link BareService} instead (the same class path, none of
 * the starter's beans, a fixed answer of the same size), and any of Spring Boot's own ({@code
 * --spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration}
 * to measure on the in-memory stores, say).
 *
 * <pre>
 * mvn -B -o -q -pl examples-service -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=/tmp/svc-cp.txt -Dmdep.includeScope=test
 * java -cp examples-service/target/test-classes:examples-service/target/classes:$(cat /tmp/svc-cp.txt) \
 *     org.creditgov.examples.service.CreditCheckLoad 200 20 10
 * </pre>
 */
public final class CreditCheckLoad {

  private CreditCheckLoad() {}

  /**
   * Runs the measurement.
   *
   * @param args rate per second, measured seconds, warm-up seconds
   * @throws Exception if the service does not start or a request cannot be sent
   */
  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;

    List<String> more = new ArrayList<>(Arrays.asList(args).subList(Math.min(3, args.length), args.length));
    boolean baseline = more.remove("--baseline");
    long before = System.nanoTime();
    SpringApplication app = baseline ? BareService.application() : new SpringApplication(SampleServiceApplication.class);
    System.out.println(baseline ? "baseline: BareService (the starter's auto-configurations excluded)" : "the sample service");
    BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);
    app.setApplicationStartup(startup);
    List<String> springArgs = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
        "--logging.level.root=WARN"));
    springArgs.addAll(more); // more of Spring Boot's arguments
    ConfigurableApplicationContext context = app.run(springArgs.toArray(new String[0]));
    long readyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);
    System.out.printf("ready: SpringApplication.run %d ms; JVM start to ready %d ms%n", readyMs,
        ManagementFactory.getRuntimeMXBean().getUptime());
    // the slowest bean instantiations (their own time includes their dependencies' that were created for them)
    startup.drainBufferedTimeline().getEvents().stream()
        .filter(e -> e.getStartupStep().getName().equals("spring.beans.instantiate"))
        .sorted((a, b) -> b.getDuration().compareTo(a.getDuration())).limit(8)
        .forEach(e -> System.out.printf("  %5d ms  %s%n", e.getDuration().toMillis(),
            e.getStartupStep().getTags().iterator().next().getValue()));
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();

    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String base = "http://127.0.0.1:" + port;
    String code = "91512081MA62K0260E";
    if (!baseline) {
      send(http, base + "/subjects", "{\"type\":\"LEGAL_PERSON\",\"identifier\":\"" + code + "\",\"name\":\"某某化工有限公司\"}");
    }
    Organisation company = Organisation.of(SubjectType.LEGAL_PERSON, UnifiedSocialCreditCode.parse(code), "某某化工有限公司");
    LocalDate today = LocalDate.now(org.creditgov.core.time.ChinaTime.systemClock());
    CreditCheckQuery query = CreditCheckQuery.builder().subject(company).context(BusinessContext.TENDERING)
        .jurisdiction(Jurisdiction.of("640381")).date(today).department("青铜峡市发展和改革局")
        .addRecords(CreditRecord.builder().itemCode("BID-PENALTY").subject(company).decisionDate(today.minusDays(60))
            .documentNumber("青财罚〔2026〕8号").issuingDepartment("青铜峡市财政局").severityClass(SeverityClass.SERIOUS)
            .submissionDate(today.minusDays(55)).putField("intentional", true).build())
        .build();
    String body = RequestJson.creditCheckQueries(SubjectDirectory.inMemory(), id -> Optional.empty()).encode(query);
    HttpResponse<String> first = send(http, base + "/credit-checks", body);
    System.out.printf("one answer: HTTP %d, %d bytes%n", first.statusCode(), first.body().length());

    run(http, base + "/credit-checks", body, rate, warmup, "warm-up");
    long[] latencies = run(http, base + "/credit-checks", body, rate, seconds, "measured");
    Arrays.sort(latencies);
    System.out.printf("latency (µs, from the moment each request was due): p50 %d  p90 %d  p99 %d  p99.9 %d  max %d%n",
        pct(latencies, 50), pct(latencies, 90), pct(latencies, 99), pct(latencies, 99.9), latencies[latencies.length - 1]);
    context.close();
  }

  private static HttpResponse<String> send(HttpClient http, String url, String body) throws Exception {
    return http.send(post(url, body), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest post(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  /** Sends {@code rate × seconds} requests, each at its due time; the latencies in µs. */
  private static long[] run(HttpClient http, String url, String body, int rate, int seconds, String what) throws Exception {
    int n = rate * seconds;
    long[] latencies = new long[n];
    AtomicInteger errors = new AtomicInteger();
    CompletableFuture<?>[] all = new CompletableFuture<?>[n];
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      int index = i;
      all[i] = http.sendAsync(post(url, body), HttpResponse.BodyHandlers.ofString()).thenAccept(r -> {
        latencies[index] = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - due);
        if (r.statusCode() != 200) {
          errors.incrementAndGet();
        }
      });
    }
    CompletableFuture.allOf(all).join();
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf("%s: %d requests in %.1f s (%.0f/s), %d not 200%n", what, n, elapsed, n / elapsed, errors.get());
    return latencies;
  }

  private static long pct(long[] sorted, double p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
