package org.creditgov.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.creditgov.core.Bilingual;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.RuleSetVersion;
import org.creditgov.core.verdict.Verdict;

/**
 * Seeded generators of the values the canonical JSON forms carry, for round-trip properties: legal
 * bases of every level (local ones with their jurisdiction, optional parts present or not),
 * rule-set versions of one to three layers, subject references, facts of every kind with names in
 * random order, findings of given types and verdicts. Free texts include quotes, backslashes,
 * control characters, line breaks and characters beyond the BMP. Pure functions of the random
 * source.
 */
public final class CanonicalGenerators {

  private static final String[] TEXTS = {
    "", "事由", "“引号”", "\"quoted\"", "back\\slash", "tab\tand\nline", "𠮷野家", "\u0001control", "<&>", "{brace}",
    "{{double}}", "'single'"
  };
  private static final String[] DIVISIONS = {"640000", "640300", "640381", "110000", "110105", "510000", "650000"};

  private CanonicalGenerators() {}

  /** A text of 1 to 3 random pieces, never empty. */
  public static String text(SplittableRandom r) {
    StringBuilder s = new StringBuilder("t");
    for (int i = r.nextInt(3); i >= 0; i--) {
      s.append(TEXTS[r.nextInt(TEXTS.length)]);
    }
    return s.toString();
  }

  /** A date between 1990 and 2040. */
  public static LocalDate date(SplittableRandom r) {
    return LocalDate.of(1990, 1, 1).plusDays(r.nextInt(50 * 365));
  }

  /** An effective period from a random date, open or ending 1 to 5,000 days later. */
  public static EffectivePeriod effective(SplittableRandom r) {
    LocalDate from = date(r);
    return r.nextBoolean() ? EffectivePeriod.from(from) : EffectivePeriod.between(from, from.plusDays(1 + r.nextInt(5000)));
  }

  /** A legal basis of a random level; a local one names a jurisdiction, a normative document sometimes. */
  public static LegalBasis legalBasis(SplittableRandom r) {
    InstrumentLevel level = InstrumentLevel.values()[r.nextInt(InstrumentLevel.values().length)];
    LegalBasis.Builder b = LegalBasis.builder().level(level).issuer("机关" + text(r)).title("依据" + text(r))
        .effective(effective(r));
    if (r.nextBoolean()) {
      b.documentNumber("文〔" + (2000 + r.nextInt(26)) + "〕" + r.nextInt(300) + "号");
    }
    if (r.nextBoolean()) {
      b.article("第" + (1 + r.nextInt(90)) + "条");
    }
    if (level.isLocal() || (level == InstrumentLevel.NORMATIVE_DOCUMENT && r.nextBoolean())) {
      b.jurisdiction(Jurisdiction.of(DIVISIONS[r.nextInt(DIVISIONS.length)]));
    }
    return b.build();
  }

  /** A rule-set version of 1 to 3 layers. */
  public static RuleSetVersion ruleSetVersion(SplittableRandom r) {
    List<RuleSetVersion.Layer> layers = new ArrayList<>();
    for (int i = r.nextInt(3); i >= 0; i--) {
      layers.add(new RuleSetVersion.Layer(r.nextBoolean() ? "catalog" : "list-types", "v-" + r.nextInt(1000) + "." + i,
          date(r)));
    }
    return RuleSetVersion.of(layers);
  }

  /** A subject reference: an organisation by a credit code, or a person by an identity number. */
  public static SubjectRef subjectRef(SplittableRandom r) {
    if (r.nextBoolean()) {
      SubjectType[] organisations = {SubjectType.LEGAL_PERSON, SubjectType.UNINCORPORATED_ORGANISATION, SubjectType.INDIVIDUAL_BUSINESS};
      return SubjectRef.of(organisations[r.nextInt(3)], IdentifierGenerators.validUscc(r));
    }
    return SubjectRef.of(SubjectType.NATURAL_PERSON, IdentifierGenerators.validResidentId(r, LocalDate.of(2025, 1, 1)));
  }

  /** A term with tricky names. */
  public static Term term(SplittableRandom r) {
    return Term.of("C" + r.nextInt(1000), "名" + text(r), "name " + text(r));
  }

  /** A fact of a random kind named {@code name}. */
  public static Fact fact(SplittableRandom r, String name) {
    switch (r.nextInt(11)) {
      case 0:
        return Fact.date(name, date(r));
      case 1:
        return Fact.instant(name, Instant.ofEpochSecond(1_500_000_000L + r.nextInt(500_000_000), r.nextBoolean() ? 0 : r.nextInt(1_000_000_000)));
      case 2:
        return Fact.period(name, Period.of(r.nextInt(5), r.nextInt(24), r.nextInt(40)));
      case 3:
        return Fact.workingDays(name, r.nextInt(100));
      case 4:
        return Fact.count(name, r.nextLong());
      case 5:
        return Fact.amount(name, BigDecimal.valueOf(r.nextLong(100_000_000L), r.nextInt(4)));
      case 6:
        return Fact.code(name, "CODE-" + r.nextInt(10_000) + text(r));
      case 7:
        return Fact.term(name, term(r));
      case 8: {
        List<Term> terms = new ArrayList<>();
        for (int i = r.nextInt(3); i >= 0; i--) {
          terms.add(term(r));
        }
        return Fact.terms(name, terms);
      }
      case 9:
        return Fact.text(name, text(r));
      default:
        return Fact.text(name, Bilingual.of("中" + text(r), "en " + text(r)));
    }
  }

  /** 0 to 4 facts with distinct names in random order. */
  public static Fact[] facts(SplittableRandom r) {
    int n = r.nextInt(5);
    Fact[] facts = new Fact[n];
    for (int i = 0; i < n; i++) {
      facts[i] = fact(r, "f" + ((r.nextInt(90) * 5) + i)); // distinct: i differs modulo 5
    }
    return facts;
  }

  /** A finding of one of {@code types} with 1 to 3 legal bases and random facts (of any names: not for its texts). */
  public static Finding finding(SplittableRandom r, List<? extends FindingType> types) {
    Finding.Builder b = Finding.builder().type(types.get(r.nextInt(types.size())));
    for (int i = r.nextInt(3); i >= 0; i--) {
      b.addLegalBases(legalBasis(r));
    }
    return b.addFacts(facts(r)).build();
  }

  /** A verdict of 0 to 4 findings of {@code types}, with a rule-set version or none. */
  public static Verdict verdict(SplittableRandom r, List<? extends FindingType> types) {
    Verdict.Builder b = Verdict.builder();
    for (int i = r.nextInt(5); i > 0; i--) {
      b.addFindings(finding(r, types));
    }
    if (r.nextBoolean()) {
      b.ruleSetVersion(ruleSetVersion(r));
    }
    return b.build();
  }
}
