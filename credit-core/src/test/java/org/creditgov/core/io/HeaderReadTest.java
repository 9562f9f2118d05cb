package org.creditgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.creditgov.core.Bilingual;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.ruleset.RuleSetKind;
import org.junit.jupiter.api.Test;

/** The header and the legal bases every rule-set format shares, read once for all readers (CAT-4, LB-1). */
class HeaderReadTest {

  private static final List<DocumentRead.Format> FORMAT =
      List.of(new DocumentRead.Format("creditgov-test-header/1", "test-header-1.schema.json", RequirementId.SAN_1));
  private static final RuleSetKind KIND = RuleSetKind.of("test-kind", Bilingual.of("测试", "test"), RequirementId.SAN_1, false,
      p -> new ReferenceDataException("test data", p));

  private static final String INSTRUMENTS = """
      "instruments": {
        "law": {"level": "LAW", "issuer": "全国人民代表大会常务委员会", "title": "某法", "effective": {"from": "2021-01-01"}},
        "plan": {"level": "NORMATIVE_DOCUMENT", "issuer": "某县人民政府办公室", "title": "某县方案",
                 "effective": {"from": "2022-05-12"}, "jurisdiction": "640381"}
      }""";

  private static DocumentRead read(String json) {
    return DocumentRead.of(JsonDocument.parse(json, "h.json"), FORMAT);
  }

  @Test
  void aHeaderIsReadWithItsIssuerProceduralBasesAndDefaults() {
    DocumentRead r = read("""
        {"format": "creditgov-test-header/1", "id": "qtx-1", "title": {"zh": "测试", "en": "Test"}, "jurisdiction": "640381",
         "effective": {"from": "2025-01-01"}, "legalBasis": {"ref": "law", "article": "第三条"}, "proceduralBases": ["plan"],
         "source": "来源", "unconfirmed": ["某事"], %s}
        """.formatted(INSTRUMENTS));
    LegalBasisRead bases = new LegalBasisRead(r);
    RuleSetHeader h = HeaderRead.read(r, bases, "", KIND).orElseThrow();
    assertThat(r.problems()).isEmpty();
    assertThat(h.id()).isEqualTo("qtx-1");
    assertThat(h.titleEn()).contains("Test");
    assertThat(h.edition()).as("the year it takes effect, where the format lets it be left out").isEqualTo("2025");
    assertThat(h.jurisdiction()).isEqualTo(Jurisdiction.of("640381"));
    assertThat(h.legalBasis().article()).contains("第三条");
    assertThat(h.legalBasis().level()).isEqualTo(InstrumentLevel.LAW);
    assertThat(h.proceduralBases()).singleElement().satisfies(b -> assertThat(b.title()).isEqualTo("某县方案"));
    assertThat(h.origin()).contains("h.json");
    assertThat(h.originPointer()).isEmpty();
    assertThat(bases.instruments()).containsOnlyKeys("law", "plan");
  }

  @Test
  void oneListOfLegalBasesIsTheIssuerThenTheProceduralBasesAndTheJurisdictionDefaultsToNational() {
    DocumentRead r = read("""
        {"format": "creditgov-test-header/1", "id": "r-1", "title": {"zh": "规则"}, "series": "national",
         "effective": {"from": "2026-04-01"}, "legalBases": ["law", {"ref": "law", "article": "第九条"}], %s}
        """.formatted(INSTRUMENTS));
    RuleSetHeader h = HeaderRead.read(r, new LegalBasisRead(r), "", KIND).orElseThrow();
    assertThat(h.jurisdiction()).isEqualTo(Jurisdiction.national());
    assertThat(h.series()).contains("national");
    assertThat(h.legalBasis().article()).isEmpty();
    assertThat(h.proceduralBases()).extracting(b -> b.article().orElseThrow()).containsExactly("第九条");
  }

  @Test
  void aBrokenHeaderIsEmptyWithEveryProblemAndTheEntriesAreStillReadable() {
    DocumentRead r = read("""
        {"format": "creditgov-test-header/1", "id": "bad id", "title": {"zh": "测试"}, "jurisdiction": "990000",
         "effective": {"from": "2025-01-01", "until": "2024-01-01"}, "legalBasis": "nope", "proceduralBases": ["plan"],
         "entries": [{"code": "A"}], %s}
        """.formatted(INSTRUMENTS));
    Optional<RuleSetHeader> h = HeaderRead.read(r, new LegalBasisRead(r), "", KIND);
    assertThat(h).isEmpty();
    assertThat(r.problems()).extracting(DataProblem::code, DataProblem::pointer).containsExactlyInAnyOrder(
        tuple("data.INVALID_FORM", "/id"),
        tuple("data.UNKNOWN_JURISDICTION", "/jurisdiction"),
        tuple("data.EMPTY_EFFECTIVE_PERIOD", "/effective/until"),
        tuple("data.UNKNOWN_REFERENCE", "/legalBasis"));
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.line()).isPresent());
    assertThat(r.bind("/entries/0/code", String.class)).contains("A");
  }

  @Test
  void theHeadersOwnRulesAreReportedForTheKindsRequirement() {
    DocumentRead r = read("""
        {"format": "creditgov-test-header/1", "id": "nx-1", "title": {"zh": "测试"}, "jurisdiction": "640000",
         "effective": {"from": "2025-01-01"}, "legalBasis": "law", "proceduralBases": ["plan"], %s}
        """.formatted(INSTRUMENTS));
    assertThat(HeaderRead.read(r, new LegalBasisRead(r), "", KIND)).isPresent();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("data.BASIS_OF_OTHER_JURISDICTION");
      assertThat(p.pointer()).isEqualTo("/proceduralBases/0");
      assertThat(p.requirement()).contains(RequirementId.SAN_1);
      assertThat(p.messageZh()).contains("青铜峡市");
    });
  }
}
