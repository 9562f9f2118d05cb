package org.creditgov.bench.sanction;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.Status;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.ConductFact;
import org.creditgov.rules.sanction.Intent;
import org.creditgov.rules.sanction.Measure;
import org.creditgov.rules.sanction.MeasureList;
import org.creditgov.rules.sanction.MeasureListRegistry;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.rules.sanction.Trigger;
import org.creditgov.testkit.SanctionGenerators;
import org.creditgov.testkit.SanctionGenerators.Violation;
import org.creditgov.testkit.SanctionRequestSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link SanctionChecker#check(SanctionRequest)} against national lists of 100 and 10,000
 * generated measures (target: at least 1,000,000 verdicts per second on one core with all findings
 * computed, and flat in the list's size), beside a baseline in the same run: a hand-written loop
 * doing the same lookups and comparisons (the list version by date, a {@link HashMap} lookup of
 * the measure, subject type and body kind, facts' documents, dates, fields and classes, the cited
 * basis, the duration, the listing's status, the subject's age) but building no verdict and no
 * finding. Half the 64 requests are valid, half break one to three rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SanctionCheckBenchmark {

  private static final int REQUESTS = 64; // a power of two: the index wraps with a mask

  /** The number of measures on the list. */
  @Param({"100", "10000"})
  public int measures;

  private SanctionChecker checker;
  private SanctionRequest[] requests;
  private Map<String, Plain> plain;
  private long listFrom;
  private int next;
  /** The mean number of findings per request, for the record. */
  double findingsPerRequest;

  /** The plain form of a measure the baseline compares against. */
  private static final class Plain {
    final EnumSet<SubjectType> subjects;
    final EnumSet<BodyKind> bodies;
    final Set<String> fields;
    final int minimum;
    final Period maximum;
    final List<LegalBasis> bases;
    final boolean rightsReducing;
    final boolean minors;

    Plain(Measure m) {
      subjects = EnumSet.copyOf(m.subjectTypes());
      bodies = EnumSet.copyOf(m.bodyKinds());
      fields = new HashSet<>(m.fields());
      minimum = m.minimumSeverity().ordinal();
      maximum = m.maximumDuration().orElse(null);
      bases = m.legalBases();
      rightsReducing = m.kind() == org.creditgov.rules.sanction.MeasureKind.RIGHTS_REDUCING;
      minors = m.appliesToMinors();
    }
  }

  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(20_260_501L + measures);
    List<Measure> all = new ArrayList<>(measures);
    for (int i = 0; i < measures; i++) {
      all.add(SanctionGenerators.measure(r, "GEN-" + i));
    }
    MeasureList list = SanctionGenerators.national("bench-national", EffectivePeriod.from(SanctionGenerators.LISTS_FROM), all);
    checker = SanctionChecker.of(MeasureListRegistry.builder().addList(list).build());
    listFrom = SanctionGenerators.LISTS_FROM.toEpochDay();
    requests = new SanctionRequest[REQUESTS];
    int withFindings = 0;
    for (int i = 0; i < REQUESTS; i++) {
      Measure m = all.get(r.nextInt(all.size()));
      SanctionRequestSpec spec = SanctionGenerators.valid(r, m, SanctionGenerators.date(r));
      if (i % 2 == 1) {
        int violations = 1 + r.nextInt(3);
        for (int applied = 0; applied < violations; ) {
          Violation v = Violation.values()[1 + r.nextInt(Violation.values().length - 1)]; // not NO_LIST_IN_FORCE
          Optional<SanctionRequestSpec> broken = SanctionGenerators.violate(r, m, spec, v);
          if (broken.isPresent()) {
            spec = broken.get();
            applied++;
          }
        }
      }
      requests[i] = spec.build();
      Verdict verdict = checker.check(requests[i]);
      withFindings += verdict.findings().size();
      if ((i % 2 == 0) != verdict.findings().isEmpty()) {
        throw new IllegalStateException("request " + i + " should " + (i % 2 == 0 ? "not " : "") + "have findings: " + verdict);
      }
    }
    findingsPerRequest = withFindings / (double) REQUESTS;
    plain = new HashMap<>();
    all.forEach(m -> plain.put(m.code(), new Plain(m)));
  }

  /** The library's check, with its verdict and every finding (their messages are formatted lazily, when read). */
  @Benchmark
  public Verdict check() {
    return checker.check(requests[next++ & (REQUESTS - 1)]);
  }

  /** The baseline: the same lookups and comparisons in a plain loop, answering only how many rules failed. */
  @Benchmark
  public int baselineHandWrittenLoop() {
    SanctionRequest q = requests[next++ & (REQUESTS - 1)];
    LocalDate date = q.date();
    if (date.toEpochDay() < listFrom) {
      return -1;
    }
    Plain m = plain.get(q.measureCode());
    if (m == null) {
      return -2;
    }
    int failures = 0;
    SubjectType type = q.subject().type();
    failures += m.subjects.contains(type) ? 0 : 1;
    failures += m.bodies.contains(q.bodyKind()) ? 0 : 1;
    List<ConductFact> facts = q.conductFacts();
    failures += facts.isEmpty() ? 1 : 0;
    boolean relevant = false;
    int worst = -1;
    boolean leniency = false;
    for (int i = 0; i < facts.size(); i++) {
      ConductFact f = facts.get(i);
      failures += f.document().isPresent() ? 0 : 1;
      failures += f.date().isAfter(date) ? 1 : 0;
      if (m.fields.contains(f.field())) {
        relevant = true;
        worst = Math.max(worst, f.severityClass().ordinal());
      }
      leniency |= f.forceMajeure() || f.intent() != Intent.INTENTIONAL || f.severityClass().ordinal() == 0;
    }
    failures += !facts.isEmpty() && !relevant ? 1 : 0;
    failures += worst >= 0 && worst < m.minimum ? 1 : 0;
    boolean direct = false;
    for (LegalBasis c : q.citedBases()) {
      for (LegalBasis b : m.bases) {
        if (c.level() == b.level() && c.title().equals(b.title()) && c.issuer().equals(b.issuer())
            && c.documentNumber().equals(b.documentNumber())) {
          direct |= (!m.rightsReducing || c.atLeast(InstrumentLevel.CENTRAL_POLICY_DOCUMENT)) && c.inForceOn(date);
        }
      }
    }
    failures += direct ? 0 : 1;
    Optional<Period> duration = q.duration();
    if (duration.isPresent() && m.maximum != null && date.plus(duration.get()).isAfter(date.plus(m.maximum))) {
      failures++;
    }
    if (q.listing().isPresent()) {
      failures += q.listing().get().statusOn(date) == Status.LISTED ? 0 : 1;
      failures += q.listing().get().isOf(q.subject()) ? 0 : 1;
    }
    boolean minor = q.subject().isMinorOn(date);
    failures += minor && !m.minors ? 1 : 0;
    failures += (leniency || minor) && q.leniencyAssessment().isEmpty() ? 1 : 0;
    failures += !q.bodyKind().isPublic() && q.requiredBy().isPresent() ? 1 : 0;
    failures += q.trigger() == Trigger.CREDIT_SCORE ? 1 : 0;
    return failures;
  }
}
