package org.creditgov.bench.consent;

import com.google.common.collect.ImmutableSetMultimap;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.privacy.CatalogAccess;
import org.creditgov.privacy.Pseudonymizer;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.consent.ConsentMethod;
import org.creditgov.privacy.consent.ConsentRegistry;
import org.creditgov.privacy.consent.Founding;
import org.creditgov.privacy.consent.InMemoryConsentStore;
import org.creditgov.privacy.io.BundledPurposes;
import org.creditgov.privacy.query.InMemoryRecordSource;
import org.creditgov.privacy.query.QueryGateway;
import org.creditgov.privacy.query.QueryRequest;
import org.creditgov.privacy.query.SubjectTokens;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Authorising a query (PRI-2, SEC-1) for a subject who has {@code consents} consents (100 or
 * 10,000, spread over 50 parties and 4 purposes, a quarter of them expired or withdrawn), over 1,024
 * queries per invocation asking for {@value #HOT} of them:
 *
 * <ul>
 *   <li>{@link #byConsentId} — {@code ConsentRegistry.authorise}: the gateway's path, a query naming
 *       its consent; every check of subject, party, purpose, window, withdrawal, uses and scope, at the
 *       clock's instant, with its verdict and findings;
 *   <li>{@link #bySubject} — {@code ConsentRegistry.check(subject, party, purpose, fields)}: finding an
 *       active consent among the subject's;
 *   <li>{@link #handWritten} — the baseline: a {@code HashMap} of plain records and the same
 *       comparisons written inline, answering a boolean, no verdict;
 *   <li>{@link #gatewayQuery} — the whole gateway for a query with no records to fetch: purposes and
 *       catalog in force, minimisation, consent, review flags, the subject's HMAC pseudonym, the log
 *       entry (into a log that only counts).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ConsentAuthorisationBenchmark {

  static final int QUERIES = 1024;
  /**
   * How many distinct consents the queries ask for, in both runs: the subject's other consents sit in
   * the store. (Drawing the queries from all 10,000 measures the CPU caches as much as the
   * registry: the hand-written baseline then slows by the same factor.)
   */
  static final int HOT = 100;
  static final Jurisdiction QTX = Jurisdiction.of("640381");
  static final SubjectRef SUBJECT = SubjectRef.of(SubjectType.NATURAL_PERSON, "53010219200508011X");
  static final Instant NOW = LocalDateTime.of(2026, 9, 28, 10, 0).atZone(ChinaTime.ZONE).toInstant();
  static final String[] PURPOSES = {"LOAN-APPROVAL", "ADMIN-LICENSING", "PUBLIC-DISCLOSURE", "LOAN-APPROVAL"};
  static final ImmutableSetMultimap<String, String> FIELDS =
      ImmutableSetMultimap.of("NAT-ADMIN-PENALTY", "penaltyContent", "NAT-ADMIN-PENALTY", "fineAmount");

  /** How many consents the subject has. */
  @Param({"100", "10000"})
  public int consents;

  ConsentRegistry registry;
  QueryGateway gateway;
  CountingLog log;
  String[] ids;
  String[] parties;
  String[] purposes;
  QueryRequest[] requests;
  final Map<String, Plain> plain = new HashMap<>();

  /** A consent as the hand-written baseline keeps it. */
  record Plain(String subject, String party, String purpose, long from, long until, boolean withdrawn,
      ImmutableSetMultimap<String, String> scope) {}

  /** Records the subject's consents through the registry (each judged as when it is recorded) and picks the queries. */
  @Setup(Level.Trial)
  public void setUp() {
    java.time.Clock clock = java.time.Clock.fixed(NOW, ChinaTime.ZONE);
    CatalogAccess catalogs = CatalogAccess.of(BundledCatalogs.registry(clock));
    registry = ConsentRegistry.builder().purposes(BundledPurposes.registry()).catalogs(catalogs)
        .store(new InMemoryConsentStore()).clock(clock).build();
    SplittableRandom r = new SplittableRandom(0xC0_5E_47L);
    for (int i = 0; i < consents; i++) {
      String party = "授权机构" + (i % 50);
      String purpose = PURPOSES[(i / 50) % 4];
      boolean expired = r.nextInt(8) == 0;
      Instant until = expired ? NOW.minusSeconds(1) : LocalDate.of(2026, 12, 29).atStartOfDay(ChinaTime.ZONE).toInstant();
      Consent c = Consent.builder().id("C-" + i).subject(SUBJECT).authorisedParty(party).purposeCode(purpose).jurisdiction(QTX)
          .scope(purpose.equals("ADMIN-LICENSING") ? ImmutableSetMultimap.of("NAT-ADMIN-PENALTY", "penaltyContent") : FIELDS)
          .founding(Founding.consent()).method(ConsentMethod.WRITTEN).validFrom(NOW.minusSeconds(86_400 * 30)).validUntil(until).build();
      if (expired) { // recorded while valid, expired since: record it under a clock in the past
        c = c.toBuilder().validFrom(NOW.minusSeconds(86_400 * 60)).build();
      }
      ConsentRegistry recorder = expired
          ? ConsentRegistry.builder().purposes(registry.purposes()).catalogs(catalogs).store(registry.store())
              .clock(java.time.Clock.fixed(NOW.minusSeconds(86_400 * 40), ChinaTime.ZONE)).build()
          : registry;
      org.creditgov.privacy.consent.ConsentResult recorded = recorder.record(c);
      if (!recorded.accepted()) {
        throw new IllegalStateException("a bench consent is refused: " + recorded.verdict());
      }
      boolean withdrawn = !expired && r.nextInt(8) == 0;
      if (withdrawn) {
        registry.withdraw(c.id(), SUBJECT);
      }
      plain.put(c.id(), new Plain(SUBJECT.identifier(), party, purpose, c.validFrom().toEpochMilli(), until.toEpochMilli(),
          withdrawn, c.scope()));
    }
    ids = new String[QUERIES];
    parties = new String[QUERIES];
    purposes = new String[QUERIES];
    requests = new QueryRequest[QUERIES];
    int[] queried = new int[HOT]; // the consents the queries ask for: the same number whatever the subject holds
    for (int k = 0; k < HOT; k++) {
      queried[k] = r.nextInt(consents);
    }
    for (int q = 0; q < QUERIES; q++) {
      int i = queried[r.nextInt(HOT)];
      ids[q] = "C-" + i;
      parties[q] = "授权机构" + (i % 50);
      purposes[q] = PURPOSES[(i / 50) % 4];
      requests[q] = QueryRequest.builder().requestId("R-" + q).actor(org.creditgov.privacy.query.Actor.of(parties[q], "officer-1"))
          .purposeCode(purposes[q]).subject(SUBJECT).jurisdiction(QTX).fields(FIELDS)
          .founding(org.creditgov.privacy.query.QueryFounding.underConsent(ids[q]))
          .audience(org.creditgov.privacy.query.Audience.SHARING).build();
    }
    log = new CountingLog();
    Pseudonymizer p = Pseudonymizer.of("bench", "0123456789abcdef0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII));
    int[] next = {0};
    gateway = QueryGateway.builder().consents(registry).catalogs(catalogs).records(new InMemoryRecordSource()).log(log)
        .tokens(SubjectTokens.of(p)).clock(clock).ids(() -> "Q-" + next[0]++).build();
  }

  /** The gateway's path: the query names its consent. Returns how many were authorised. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int byConsentId() {
    int allowed = 0;
    for (int q = 0; q < QUERIES; q++) {
      Verdict v = registry.authorise(ids[q], SUBJECT, parties[q], purposes[q], FIELDS);
      if (v.isAllowed()) {
        allowed++;
      }
    }
    return allowed;
  }

  /** Any active consent of the subject for the party and purpose. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int bySubject() {
    int allowed = 0;
    for (int q = 0; q < QUERIES; q++) {
      if (registry.check(SUBJECT, parties[q], purposes[q], FIELDS).isAllowed()) {
        allowed++;
      }
    }
    return allowed;
  }

  /** The baseline: the same comparisons over plain records, written inline, a boolean per query. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int handWritten() {
    long now = NOW.toEpochMilli();
    int allowed = 0;
    for (int q = 0; q < QUERIES; q++) {
      Plain c = plain.get(ids[q]);
      if (c != null && c.subject.equals(SUBJECT.identifier()) && c.party.equals(parties[q]) && c.purpose.equals(purposes[q])
          && !c.withdrawn && now >= c.from && now < c.until && c.scope.entries().containsAll(FIELDS.entries())) {
        allowed++;
      }
    }
    return allowed;
  }

  /** The whole gateway for a query with no records to fetch. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int gatewayQuery() {
    int allowed = 0;
    for (QueryRequest request : requests) {
      if (gateway.query(request).authorised()) {
        allowed++;
      }
    }
    return allowed;
  }
}
