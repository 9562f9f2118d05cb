package org.creditgov.rules.sanction;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Period;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.jspecify.annotations.Nullable;

/**
 * A measure with what the check needs precomputed for one resolution: bit masks, the ordinal of its
 * class, its bases, the facts every finding about it carries, and the bases those findings cite.
 */
final class CompiledMeasure {

  final Measure measure;
  final MeasureList layer;
  final String code;
  final int subjectMask;
  final int bodyMask;
  final int minimumSeverity;
  final @Nullable Period maximumDuration;
  final LegalBasis[] bases;
  final boolean rightsReducing;
  final boolean publicMeasure;
  /** What measure-specific findings cite: the procedural bases of the layers in force, then the measure's own. */
  final ImmutableList<LegalBasis> findingBases;
  /** The measure by its names, for findings. */
  final Fact measureFact;
  /** The subject types it applies to, for findings. */
  final Fact coveredTypes;
  /** Its fields, for findings. */
  final Fact fields;
  /** The least class of conduct it answers, for findings. */
  final Fact minimumClass;
  /** Its bases as a decision cites them, for findings. */
  final Fact citations;

  CompiledMeasure(Measure m, MeasureList layer, ImmutableList<LegalBasis> proceduralBases) {
    this.measure = m;
    this.layer = layer;
    this.code = m.code();
    int s = 0;
    for (SubjectType t : m.subjectTypes()) {
      s |= 1 << t.ordinal();
    }
    this.subjectMask = s;
    int b = 0;
    for (BodyKind k : m.bodyKinds()) {
      b |= 1 << k.ordinal();
    }
    this.bodyMask = b;
    this.minimumSeverity = m.minimumSeverity().ordinal();
    this.maximumDuration = m.maximumDuration().orElse(null);
    this.bases = m.legalBases().toArray(new LegalBasis[0]);
    this.rightsReducing = m.kind() == MeasureKind.RIGHTS_REDUCING;
    this.publicMeasure = m.kind().isPublic();
    this.findingBases = ImmutableSet.<LegalBasis>builder().addAll(proceduralBases).addAll(m.legalBases()).build().asList();
    this.measureFact = Fact.term("measure", term(m));
    this.coveredTypes = Fact.terms("coveredTypes", m.subjectTypes().stream().map(Term::of).toList());
    this.fields = Fact.terms("measureFields", fieldTerms(m.fields()));
    this.minimumClass = Fact.term("minimumClass", m.minimumSeverity());
    StringBuilder c = new StringBuilder();
    for (LegalBasis basis : bases) {
      c.append(c.length() == 0 ? "" : "；").append(basis.citation());
    }
    this.citations = Fact.text("citations", c.toString());
  }

  /** A measure as a term: its code and its names. */
  static Term term(Measure m) {
    return Term.of(m.code(), m.nameZh(), m.nameEn());
  }

  /** Fields (领域) as terms: a field is its own name in both languages. */
  static ImmutableList<Term> fieldTerms(Iterable<String> fields) {
    ImmutableList.Builder<Term> b = ImmutableList.builder();
    fields.forEach(f -> b.add(Term.of(f, f, f)));
    return b.build();
  }

  boolean covers(SubjectType type) {
    return (subjectMask & (1 << type.ordinal())) != 0;
  }

  boolean implementedBy(BodyKind kind) {
    return (bodyMask & (1 << kind.ordinal())) != 0;
  }

  /** A basis a decision may cite directly for a rights-reducing measure (SAN-2). */
  static boolean qualifiesForRightsReducing(LegalBasis basis) {
    return basis.atLeast(InstrumentLevel.CENTRAL_POLICY_DOCUMENT) || basis.level() == InstrumentLevel.LOCAL_REGULATION;
  }

  /** The same instrument, whatever article or version dates are cited. */
  static boolean sameInstrument(LegalBasis a, LegalBasis b) {
    return a == b
        || (a.level() == b.level()
            && a.title().equals(b.title())
            && a.issuer().equals(b.issuer())
            && a.documentNumber().equals(b.documentNumber()));
  }
}
