package org.creditgov.bench.json;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.RuleSetVersion;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationFacts;
import org.creditgov.rules.designation.DesignationFinding;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.ListTypeRef;
import org.creditgov.rules.designation.io.BundledListTypes;

/**
 * The values the JSON benchmark writes and reads: a typical verdict of the designation procedure
 * (three findings, each with its facts and the three legal bases a Qingtongxia verdict cites, and
 * the list-type version), a typical event (the proposal: actor, three legal bases, one document,
 * the list type by code and version, the subject by reference), and plain records of the same
 * shape for Jackson databind's baseline.
 */
final class JsonBenchData {

  private JsonBenchData() {}

  static final LocalDate DAY = LocalDate.of(2025, 5, 13);
  static final RuleSetVersion VERSION = BundledListTypes.registry().inForce("SAFETY-SEVERE", Jurisdiction.of("640381"), DAY)
      .orElseThrow().version();
  static final ImmutableList<LegalBasis> BASES = BundledListTypes.registry()
      .inForce("SAFETY-SEVERE", Jurisdiction.of("640381"), DAY).orElseThrow().legalBases();

  static Verdict verdict() {
    Term listType = BundledListTypes.registry().inForce("SAFETY-SEVERE", Jurisdiction.of("640381"), DAY).orElseThrow()
        .listType().term();
    return Verdict.builder()
        .addFindings(Finding.of(DesignationFinding.OBJECTION_WINDOW_NOT_PASSED, BASES,
            Fact.date(DesignationFacts.OBJECTION_DEADLINE.name(), DAY)))
        .addFindings(Finding.of(DesignationFinding.LISTING_PERIOD_OUT_OF_RANGE, BASES,
            Fact.period(DesignationFacts.PERIOD.name(), Period.ofYears(4)),
            Fact.period(DesignationFacts.MINIMUM_PERIOD.name(), Period.ofYears(1)),
            Fact.period(DesignationFacts.MAXIMUM_PERIOD.name(), Period.ofYears(3))))
        .addFindings(Finding.of(DesignationFinding.MINOR_EXCLUDED, BASES, Fact.term(DesignationFacts.LIST_TYPE.name(), listType),
            Fact.date(DesignationFacts.DATE.name(), DAY)))
        .ruleSetVersion(VERSION)
        .build();
  }

  static DesignationEvent event() {
    return DesignationEvent.Proposed.builder().designationId(DesignationId.of("QTX-2025-0001")).version(1)
        .actor(Actor.of("青铜峡市应急管理局", "officer-007", Jurisdiction.of("640381"))).on(DAY.minusDays(22))
        .recordedAt(Instant.parse("2025-04-21T02:00:00Z")).addAllLegalBases(BASES)
        .addDocuments(DocumentRef.of(DocumentRef.Kind.EFFECTIVE_RULING, "青应急罚〔2024〕12号", DAY.minusDays(22)))
        .listType(new ListTypeRef("SAFETY-SEVERE", VERSION))
        .subject(SubjectRef.of(SubjectType.LEGAL_PERSON, "91512081MA62K0260E"))
        .criteriaVersion("2021-v1").grounds("2024年发生较大生产安全事故，造成3人死亡").build();
  }

  // ---------------------------------------------------------------- plain records, for databind's baseline

  /** An effective period. */
  public record EffectiveDto(String from, String until) {}

  /** A legal basis. */
  public record LegalBasisDto(String level, String issuer, String title, String documentNumber, String article,
      EffectiveDto effective, String jurisdiction) {}

  /** A rule-set layer. */
  public record LayerDto(String kind, String id, String effectiveFrom) {}

  /** A finding. */
  public record FindingDto(String code, String requirement, String severity, List<LegalBasisDto> legalBases,
      Map<String, Map<String, Object>> facts) {}

  /** A verdict. */
  public record VerdictDto(String format, String outcome, List<LayerDto> ruleSetVersion, List<FindingDto> findings) {}

  /** An actor. */
  public record ActorDto(String department, String officerId, String jurisdiction) {}

  /** A document reference. */
  public record DocumentDto(String kind, String number, String issuedOn) {}

  /** A list type by code and version. */
  public record ListTypeRefDto(String code, List<LayerDto> version) {}

  /** A subject by reference. */
  public record SubjectRefDto(String type, String identifier) {}

  /** The proposal event. */
  public record ProposedDto(String format, String type, String designationId, long version, ActorDto actor, String on,
      String recordedAt, List<LegalBasisDto> legalBases, List<DocumentDto> documents, ListTypeRefDto listType,
      SubjectRefDto subject, String criteriaVersion, String grounds) {}

  static LegalBasisDto dto(LegalBasis b) {
    return new LegalBasisDto(b.level().name(), b.issuer(), b.title(), b.documentNumber().orElse(null),
        b.article().orElse(null), new EffectiveDto(b.effective().from().toString(),
            b.effective().until().map(LocalDate::toString).orElse(null)),
        b.jurisdiction().map(Jurisdiction::code).orElse(null));
  }

  static List<LayerDto> dto(RuleSetVersion v) {
    List<LayerDto> layers = new ArrayList<>();
    v.layers().forEach(l -> layers.add(new LayerDto(l.kind(), l.id(), l.effectiveFrom().toString())));
    return layers;
  }

  static VerdictDto dto(Verdict v) {
    List<FindingDto> findings = new ArrayList<>();
    for (Finding f : v.findings()) {
      Map<String, Map<String, Object>> facts = new LinkedHashMap<>();
      for (Fact fact : f.facts()) {
        Object value = fact.value() instanceof Term t ? Map.of("code", t.code(), "zh", t.nameZh(), "en", t.nameEn())
            : fact.value().toString();
        facts.put(fact.name(), Map.of(fact.kind().name().toLowerCase(java.util.Locale.ROOT), value));
      }
      findings.add(new FindingDto(f.code(), f.requirement().name(), f.severity().name(),
          f.legalBases().stream().map(JsonBenchData::dto).toList(), facts));
    }
    return new VerdictDto("creditgov-verdict/1", v.outcome().name(), dto(v.ruleSetVersion().orElseThrow()), findings);
  }

  static ProposedDto dto(DesignationEvent e) {
    DesignationEvent.Proposed p = (DesignationEvent.Proposed) e;
    return new ProposedDto("creditgov-designation-event/1", "PROPOSED", p.designationId().value(), p.version(),
        new ActorDto(p.actor().department(), p.actor().officerId(), p.actor().jurisdiction().code()), p.on().toString(),
        p.recordedAt().toString(), p.legalBases().stream().map(JsonBenchData::dto).toList(),
        p.documents().stream().map(d -> new DocumentDto(d.kind().name(), d.number(), d.issuedOn().toString())).toList(),
        new ListTypeRefDto(p.listType().code(), dto(p.listType().version())),
        new SubjectRefDto(p.subject().type().name(), p.subject().identifier()), p.criteriaVersion(), p.grounds());
  }
}
