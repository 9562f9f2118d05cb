package org.creditgov.rules.sanction;

import com.google.common.collect.ImmutableList;
import java.time.Period;
import java.util.stream.Collectors;
import org.creditgov.core.Bilingual;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectType;
import org.jspecify.annotations.Nullable;

/** A measure with its lookups precomputed for the check: bit masks, the ordinal of its class, its bases. */
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
  /** What measure-specific findings cite: 49号, the seed plan, and the measure's own bases. */
  final ImmutableList<LegalBasis> findingBases;
  /** The subject types, in each language, for findings. */
  final Bilingual subjectTypesText;

  CompiledMeasure(Measure m, MeasureList layer) {
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
    this.findingBases = ImmutableList.<LegalBasis>builder()
        .add(Instruments.STATE_COUNCIL_OPINION_2020_49, Instruments.QINGTONGXIA_PLAN_2022)
        .addAll(m.legalBases()).build();
    this.subjectTypesText = Bilingual.of(
        m.subjectTypes().stream().map(SubjectType::nameZh).collect(Collectors.joining("、")),
        m.subjectTypes().stream().map(SubjectType::nameEn).collect(Collectors.joining(", ")));
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
