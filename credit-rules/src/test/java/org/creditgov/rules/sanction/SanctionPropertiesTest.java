package org.creditgov.rules.sanction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.creditgov.core.ruleset.RuleSetFinding;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.testkit.SanctionGenerators;
import org.creditgov.testkit.SanctionGenerators.Violation;
import org.creditgov.testkit.SanctionRequestSpec;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/** Properties of the sanction check (SAN-1 … SAN-6) over seeded random measures and requests. */
class SanctionPropertiesTest {


  /** A random list of a few measures, one of which the request is about. */
  private record Case(Measure measure, SanctionChecker checker, SanctionRequestSpec valid) {}

  private static Case randomCase(SplittableRandom r) {
    List<Measure> measures = new ArrayList<>();
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      measures.add(SanctionGenerators.measure(r, "GEN-" + i));
    }
    Measure m = measures.get(r.nextInt(n));
    MeasureList list = SanctionGenerators.national("gen-national", EffectivePeriod.from(SanctionGenerators.LISTS_FROM), measures);
    SanctionChecker checker = SanctionChecker.of(MeasureListRegistry.builder().addList(list).build());
    return new Case(m, checker, SanctionGenerators.valid(r, m, SanctionGenerators.date(r)));
  }

  /** The case's valid request with up to {@code attempts} random violations applied (those the measure admits). */
  private static SanctionRequestSpec broken(SplittableRandom r, Case c, int attempts) {
    SanctionRequestSpec spec = c.valid();
    for (int i = 0; i < attempts; i++) {
      spec = SanctionGenerators.violate(r, c.measure(), spec, Violation.values()[r.nextInt(Violation.values().length)]).orElse(spec);
    }
    return spec;
  }

  private static List<FindingType> types(Verdict v) {
    return v.findings().stream().map(Finding::type).map(FindingType.class::cast).toList();
  }

  @Test
  void aValidRequestHasNoFindingAndNamesTheListVersion() {
    Seeds.forEachSeed(300, seed -> {
      Case c = randomCase(Seeds.random(seed));
      Verdict v = c.checker().check(c.valid().build());
      assertThat(v.findings()).as("%s for %s", c.valid(), c.measure()).isEmpty();
      assertThat(v.outcome()).isEqualTo(Outcome.ALLOWED);
      assertThat(v.ruleSetVersion().map(Object::toString)).contains("measure-list:gen-national@2020-01-01");
    });
  }

  @Test
  void aRequestViolatingExactlyOneRuleGetsExactlyThatFinding() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      Case c = randomCase(r);
      int tried = 0;
      for (Violation violation : Violation.values()) {
        Optional<SanctionRequestSpec> broken = SanctionGenerators.violate(r, c.measure(), c.valid(), violation);
        if (broken.isEmpty()) {
          continue;
        }
        tried++;
        Verdict v = c.checker().check(broken.get().build());
        assertThat(types(v)).as("%s: %s for %s", violation, v, c.measure()).containsExactly(violation.finding());
        assertThat(v.outcome()).isNotEqualTo(Outcome.ALLOWED);
      }
      assertThat(tried).isGreaterThanOrEqualTo(12); // the violations every measure admits
    });
  }

  @Test
  void addingAViolationNeverTurnsADenialIntoAnAllowance() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      Case c = randomCase(r);
      SanctionRequestSpec spec = c.valid();
      boolean denied = false;
      int steps = 1 + r.nextInt(6);
      for (int i = 0; i < steps; i++) {
        Violation violation = Violation.values()[r.nextInt(Violation.values().length)];
        Optional<SanctionRequestSpec> next = SanctionGenerators.violate(r, c.measure(), spec, violation);
        if (next.isEmpty()) {
          continue;
        }
        spec = next.get();
        Verdict v = c.checker().check(spec.build());
        if (denied) {
          assertThat(v.isAllowed()).as("after adding %s: %s", violation, v).isFalse();
        }
        denied |= !v.isAllowed();
      }
    });
  }

  @Test
  void equalRequestsGetEqualVerdictsFromEveryThread() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      Case c = randomCase(r);
      SanctionRequestSpec spec = broken(r, c, 3);
      SanctionRequest one = spec.build();
      SanctionRequest two = spec.build();
      assertThat(one).isEqualTo(two).isNotSameAs(two);
      Verdict expected = c.checker().check(one);
      List<Verdict> parallel = IntStream.range(0, 16).parallel().mapToObj(i -> c.checker().check(i % 2 == 0 ? one : two)).toList();
      assertThat(parallel).allSatisfy(v -> assertThat(v).isEqualTo(expected));
    });
  }

  @Test
  void everyFindingCitesARequirementAndALegalBasisAndNoPersonalData() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      Case c = randomCase(r);
      SanctionRequestSpec spec = broken(r, c, 4);
      SanctionRequest request = spec.build();
      Verdict v = c.checker().check(request);
      StringBuilder printed = new StringBuilder(request.toString()).append(v);
      for (Finding f : v.findings()) {
        if (f.type() == RuleSetFinding.NOT_IN_FORCE) { // the rule-set finding serves CAT-4, the layering rules
          assertThat(f.requirement()).isEqualTo(org.creditgov.core.RequirementId.CAT_4);
        } else {
          assertThat(f.requirement().id()).startsWith("SAN-");
        }
        assertThat(f.legalBases()).isNotEmpty();
        assertThat(f.messageZh()).isNotBlank();
        assertThat(f.messageEn()).isNotBlank();
        printed.append(f.messageZh()).append(f.messageEn()).append(f.message(Locale.CHINA));
      }
      if (request.subject() instanceof NaturalPerson p) {
        assertThat(printed.toString()).doesNotContain(p.name()).doesNotContain(p.document().number())
            .doesNotContain(p.birthDate().toString());
      }
    });
  }

  @Test
  void aRequestIsJudgedByTheListVersionInForceOnItsDate() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      Measure m = SanctionGenerators.measure(r, "GEN-0");
      Measure other = SanctionGenerators.measure(r, "GEN-1");
      LocalDate switchDate = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(3 * 365));
      MeasureList v1 = SanctionGenerators.national("gen-v1", EffectivePeriod.between(SanctionGenerators.LISTS_FROM, switchDate), List.of(m, other));
      MeasureList v2 = SanctionGenerators.national("gen-v2", EffectivePeriod.from(switchDate), List.of(other)); // GEN-0 dropped
      SanctionChecker both = SanctionChecker.of(MeasureListRegistry.builder().addList(v2).addList(v1).build());
      SanctionChecker onlyV1 = SanctionChecker.of(MeasureListRegistry.builder().addList(v1).build());
      SanctionChecker onlyV2 = SanctionChecker.of(MeasureListRegistry.builder().addList(v2).build());

      LocalDate before = switchDate.minusDays(1 + r.nextInt(300));
      SanctionRequestSpec spec = SanctionGenerators.valid(r, m, before);
      Verdict old = both.check(spec.build());
      assertThat(old.findings()).isEmpty();
      assertThat(old).isEqualTo(onlyV1.check(spec.build()));
      assertThat(old.ruleSetVersion().map(Object::toString)).contains("measure-list:gen-v1@2020-01-01");

      spec.date = switchDate.plusDays(r.nextInt(300));
      Verdict now = both.check(spec.build());
      assertThat(types(now)).containsExactly(SanctionFinding.MEASURE_NOT_ON_LIST);
      assertThat(now).isEqualTo(onlyV2.check(spec.build()));
      assertThat(now.ruleSetVersion().map(Object::toString)).contains("measure-list:gen-v2@" + switchDate);
    });
  }

  @Test
  void aShortenedMaximumIsAppliedFromTheDayItTakesEffect() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      Measure m = SanctionGenerators.measure(r, "GEN-0");
      LocalDate switchDate = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(365));
      Measure.Builder shorter = Measure.builder().code(m.code()).nameZh(m.nameZh()).nameEn(m.nameEn()).kind(m.kind())
          .addAllLegalBases(m.legalBases()).targetConduct(m.targetConduct()).addAllTargetLists(m.targetLists())
          .addAllFields(m.fields()).addAllContexts(m.contexts()).addAllSubjectTypes(m.subjectTypes())
          .implementingBody(m.implementingBody()).addAllBodyKinds(m.bodyKinds()).minimumSeverity(m.minimumSeverity())
          .appliesToMinors(m.appliesToMinors()).maximumDuration(Period.ofMonths(3));
      MeasureList v1 = SanctionGenerators.national("gen-v1", EffectivePeriod.between(SanctionGenerators.LISTS_FROM, switchDate), List.of(m));
      MeasureList v2 = SanctionGenerators.national("gen-v2", EffectivePeriod.from(switchDate), List.of(shorter.build()));
      SanctionChecker checker = SanctionChecker.of(MeasureListRegistry.builder().addList(v1).addList(v2).build());
      SanctionRequestSpec spec = SanctionGenerators.valid(r, m, switchDate.minusDays(1));
      spec.duration = Optional.of(Period.ofMonths(4));
      boolean longerThanOld = m.maximumDuration().isPresent() && m.maximumDuration().get().toTotalMonths() < 4;
      assertThat(types(checker.check(spec.build()))).isEqualTo(
          longerThanOld ? List.of(SanctionFinding.LONGER_THAN_MAXIMUM) : List.of());
      spec.date = switchDate;
      assertThat(types(checker.check(spec.build()))).containsExactly(SanctionFinding.LONGER_THAN_MAXIMUM);
    });
  }

  @Test
  void messagesNameTheMeasureAndWriteDatesAndPeriodsForAClerk() {
    java.util.regex.Pattern iso = java.util.regex.Pattern.compile("\\bP\\d+[YMD]|\\d{4}-\\d{2}-\\d{2}");
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      Case c = randomCase(r);
      SanctionRequestSpec spec = broken(r, c, 4);
      Verdict v = c.checker().check(spec.build());
      for (Finding f : v.findings()) {
        assertThat(f.messageZh()).as(f.code()).doesNotContainPattern(iso);
        assertThat(f.messageEn()).as(f.code()).doesNotContainPattern(iso);
        // with a list in force, the measure is named by its names (with none, only its code is known)
        f.fact(SanctionFacts.MEASURE).filter(t -> v.ruleSetVersion().isPresent() && t.code().equals(c.measure().code()))
            .ifPresent(t -> {
          assertThat(t.nameZh()).isEqualTo(c.measure().nameZh());
          assertThat(f.messageZh()).contains(c.measure().nameZh());
          assertThat(f.messageEn()).contains(c.measure().nameEn());
        });
        if (f.type() == SanctionFinding.LONGER_THAN_MAXIMUM) {
          Period max = f.fact(SanctionFacts.MAXIMUM).orElseThrow();
          assertThat(max).isEqualTo(c.measure().maximumDuration().orElseThrow());
          assertThat(f.fact(SanctionFacts.MAXIMUM_LAST_DAY)).contains(spec.date.plus(max));
          assertThat(f.fact(SanctionFacts.PROPOSED_LAST_DAY).orElseThrow()).isAfter(spec.date.plus(max));
        }
      }
    });
  }
}
