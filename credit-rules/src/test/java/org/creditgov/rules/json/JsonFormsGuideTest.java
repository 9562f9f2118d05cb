package org.creditgov.rules.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.DecisionDocument;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.PriorNotice;
import org.creditgov.rules.designation.io.BundledListTypes;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/** The JSON examples of docs/json-forms.md are what the library writes for the demo's designation. */
class JsonFormsGuideTest {

  private static List<String> examples() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "docs", "json-forms.md"), StandardCharsets.UTF_8);
    List<String> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("<!-- checked by JsonFormsGuideTest")) {
        examples.add(lines.get(i + 2));
      }
    }
    return examples;
  }

  @Test
  void theGuidesExamplesAreWhatTheDemosDesignationWrites() throws IOException {
    TestClock clock = TestClock.at(LocalDate.of(2025, 4, 21).atTime(10, 0));
    DesignationStore store = DesignationStore.inMemory();
    DesignationService service = DesignationService.builder().store(store)
        .clock(clock).listTypes(BundledListTypes.registry()).build();
    Actor officer = Actor.of("青铜峡市应急管理局", "officer-007", Jurisdiction.of("640381"));
    Organisation company = Organisation.of(SubjectType.LEGAL_PERSON, UnifiedSocialCreditCode.parse("91512081MA62K0260E"),
        "某某化工有限公司");
    LegalBasis safetyLaw = LegalBasis.builder().level(InstrumentLevel.LAW).issuer("全国人民代表大会常务委员会")
        .title("中华人民共和国安全生产法").effective(EffectivePeriod.from(LocalDate.of(2021, 9, 1))).build();
    DesignationId id = DesignationId.of("QTX-2025-0001");
    LocalDate proposed = LocalDate.of(2025, 4, 21);
    CommandResult.Accepted p = (CommandResult.Accepted) service.propose(DesignationCommand.propose().id(id)
        .listTypeCode("SAFETY-SEVERE").subject(company).criteriaVersion("2021-v1").on(proposed)
        .grounds("2024年发生较大生产安全事故").actor(officer)
        .addDocuments(DocumentRef.of(DocumentRef.Kind.EFFECTIVE_RULING, "青应急罚〔2024〕12号", proposed)).build());
    LocalDate served = LocalDate.of(2025, 4, 25);
    clock.set(served);
    assertThat(service.execute(id, 1, DesignationCommand.serveNotice().actor(officer).notice(PriorNotice.builder()
        .documentNumber("青应急告〔2025〕3号").grounds("较大生产安全事故").addLegalBases(safetyLaw)
        .rights("可在送达之日起10个工作日内提出异议").servedOn(served).build()).build()).isAccepted()).isTrue();
    LocalDate early = LocalDate.of(2025, 5, 13);
    clock.set(early);
    Verdict refused = ((CommandResult.Refused) service.execute(id, 2, DesignationCommand.decide().actor(officer)
        .decision(DecisionDocument.builder().documentNumber("青应急决〔2025〕7号").decidedOn(early).grounds("较大生产安全事故")
            .addLegalBases(safetyLaw).sanctionMeasureNotice("依法限制参与政府采购、工程招投标")
            .addRemovalConditions("履行行政处罚决定并完成信用修复", "列入期限届满").removalProcedure("向认定部门提出信用修复申请")
            .remedies("可申请行政复议或提起行政诉讼").listingPeriod(java.time.Period.ofYears(3)).build()).build())).verdict();

    List<String> examples = examples();
    assertThat(examples).hasSize(2);
    assertThat(CoreJson.VERDICT.encode(refused)).isEqualTo(examples.get(0));
    assertThat(CoreJson.VERDICT.decode(examples.get(0))).isEqualTo(refused);
    DesignationEvent proposal = p.event();
    assertThat(DesignationJson.EVENT.encode(proposal)).isEqualTo(examples.get(1));
    assertThat(DesignationJson.EVENT.decode(examples.get(1))).isEqualTo(proposal);
  }
}
