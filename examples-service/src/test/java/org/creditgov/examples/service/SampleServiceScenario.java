package org.creditgov.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSetMultimap;
import java.math.BigDecimal;
import org.creditgov.core.RequirementId;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.consent.ConsentMethod;
import org.creditgov.privacy.consent.Founding;
import org.creditgov.privacy.disclosure.DisclosedItem;
import org.creditgov.privacy.disclosure.DisclosureAnswer;
import org.creditgov.privacy.json.PrivacyJson;
import org.creditgov.privacy.query.Audience;
import org.creditgov.privacy.query.QueryFounding;
import org.creditgov.privacy.query.QueryLog;
import org.creditgov.privacy.query.QueryRequest;
import org.creditgov.privacy.query.QueryResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.rules.CreditCheckQuery;
import org.creditgov.rules.designation.Actor;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.DecisionDocument;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.PriorNotice;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.json.DesignationJson;
import org.creditgov.rules.json.RepairJson;
import org.creditgov.rules.json.RequestJson;
import org.creditgov.rules.repair.InformationKind;
import org.creditgov.rules.repair.Material;
import org.creditgov.rules.repair.RepairApplication;
import org.creditgov.rules.repair.RepairCase;
import org.creditgov.rules.repair.RepairCommand;
import org.creditgov.rules.repair.RepairCondition;
import org.creditgov.rules.repair.RepairDecision;
import org.creditgov.rules.repair.RepairRegime;
import org.creditgov.rules.repair.RepairedInformation;
import org.creditgov.rules.repair.io.BundledRepairRegimes;
import org.creditgov.rules.sanction.BusinessContext;
import org.creditgov.rules.sync.ChangeKind;
import org.creditgov.rules.sync.Delivery;
import org.creditgov.rules.sync.SyncStore;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample service on a random port driven over HTTP as a department would (issue 15), the same
 * scenario on each of its stores (a subclass per store: in memory, H2, PostgreSQL): a whole
 * designation — propose, serve notice, objection, a decision refused while the objection is open
 * (an RFC 9457 problem detail carrying the findings' codes), a stale version (409), the answer, the
 * decision — and a repair — apply, accept, approve — that removes the listing, every answer in the
 * canonical JSON forms; the changes in the sync store for every connected system; a credit check
 * with the subject masked; a query through the gateway under consent and the public disclosure view
 * after the repair; the pseudonym key masked by the env endpoint; the decisions counted. One
 * Boot context per subclass, closed after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "creditgov.privacy.pseudonym-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    "creditgov.sync.relay-interval=100ms", "management.endpoint.env.show-values=ALWAYS"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext
abstract class SampleServiceScenario {

  /** The office's clock, moved from step to step as days pass. */
  @TestConfiguration
  static class OfficeClock {
    @Bean
    org.creditgov.testkit.TestClock officeClock() {
      return org.creditgov.testkit.TestClock.at(LocalDate.of(2025, 4, 21));
    }
  }

  static final LegalBasis SAFETY_LAW = LegalBasis.builder().level(InstrumentLevel.LAW).issuer("全国人民代表大会常务委员会")
      .title("中华人民共和国安全生产法").effective(EffectivePeriod.from(LocalDate.of(2021, 9, 1))).build();
  static final Jurisdiction QTX = Jurisdiction.of("640381");
  static final String DEPARTMENT = "青铜峡市应急管理局";
  static final Actor OFFICER = Actor.of(DEPARTMENT, "officer-007", QTX);
  static final String CODE = "91512081MA62K0260E";
  static final Organisation COMPANY = Organisation.of(SubjectType.LEGAL_PERSON, UnifiedSocialCreditCode.parse(CODE),
      "某某化工有限公司");
  static final String PERSON_ID = "53010219200508011X";
  static final DesignationId LISTING = DesignationId.of("QTX-2025-0009");
  static final String LISTING_DOC = "青应急决〔2025〕9号";
  static final String BANK = "宁夏青铜峡农村商业银行";
  static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

  final HttpClient http = HttpClient.newHttpClient();
  final JsonMapper json = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  @Autowired
  org.creditgov.testkit.TestClock clock;

  @Autowired
  SyncStore sync;

  @Autowired
  Clock servicesClock;

  @Autowired
  QueryLog queryLog;

  @Autowired
  WorkingDayCalendar calendar;

  @Autowired
  ListTypeRegistry listTypes;

  @Autowired
  DesignationStore designationStore;

  /** The store's type the subclass runs on ({@code JdbcDesignationStore}, say). */
  abstract Class<? extends DesignationStore> expectedDesignationStore();

  /**
   * Every delivery of the run's changes, once each change has reached the sync store (relayed, for
   * the in-memory stores; in the database since its step's transaction, for the JDBC ones).
   */
  abstract List<Delivery> deliveries() throws Exception;

  /** What the subclass checks of its stores once the designation and the repair are done. */
  abstract void theStoresHoldTheRun(JsonNode designation, List<Delivery> deliveries) throws Exception;

  /** What the subclass checks of the metrics and the health after the run. */
  abstract void theHealthAfterTheRun(HttpResponse<String> health, JsonNode h) throws Exception;

  /** An accepted designation answer is the canonical form: reading it and writing it again gives it back. */
  void isCanonicalDesignationResult(String body) {
    JsonForm<CommandResult> form = DesignationJson.commandResults(calendar, listTypes);
    assertThat(json.readTree(form.encode(form.decode(body)))).isEqualTo(json.readTree(body));
  }

  /** An accepted repair answer is the canonical form. */
  void isCanonicalRepairResult(String body) {
    var form = RepairJson.commandResults();
    assertThat(json.readTree(form.encode(form.decode(body)))).isEqualTo(json.readTree(body));
  }

  HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String command(DesignationCommand c) {
    return DesignationJson.commands(SubjectDirectory.inMemory()).encode(c);
  }

  JsonNode accepted(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode node = json.readTree(r.body());
    assertThat(node.path("result").asString()).isEqualTo("ACCEPTED");
    return node;
  }

  @Test
  @Order(1)
  void aWholeDesignationOverHttp() throws Exception {
    assertThat(servicesClock).as("the services run on the office's clock").isSameAs(clock);
    assertThat(designationStore).as("the store the service runs on").isInstanceOf(expectedDesignationStore());
    HttpResponse<String> subject = post("/subjects",
        "{\"type\":\"LEGAL_PERSON\",\"identifier\":\"" + CODE + "\",\"name\":\"某某化工有限公司\"}");
    assertThat(subject.statusCode()).isEqualTo(201);

    clock.set(LocalDate.of(2025, 4, 21));
    JsonNode proposed = accepted(post("/designations", command(DesignationCommand.propose().id(LISTING)
        .listTypeCode("SAFETY-SEVERE").subject(COMPANY).criteriaVersion("2021-v1").on(LocalDate.of(2025, 4, 21))
        .grounds("2024年发生较大生产安全事故").actor(OFFICER)
        .addDocuments(DocumentRef.of(DocumentRef.Kind.EFFECTIVE_RULING, "青应急罚〔2024〕12号", LocalDate.of(2025, 4, 21))).build())), 201);
    assertThat(proposed.path("format").asString()).isEqualTo("creditgov-command-result/1");
    assertThat(proposed.path("version").asLong()).isEqualTo(1);
    isCanonicalDesignationResult(proposed.toString());

    clock.set(LocalDate.of(2025, 4, 25));
    accepted(step(1, DesignationCommand.serveNotice().actor(OFFICER).notice(PriorNotice.builder().documentNumber("青应急告〔2025〕3号")
        .grounds("较大生产安全事故").addLegalBases(SAFETY_LAW).rights("可在送达之日起10个工作日内提出异议")
        .servedOn(LocalDate.of(2025, 4, 25)).build()).build()), 200);

    clock.set(LocalDate.of(2025, 4, 28));
    accepted(step(2, DesignationCommand.fileObjection().actor(OFFICER)
        .addDocuments(DocumentRef.of(DocumentRef.Kind.OBJECTION, "异议-2025-009", LocalDate.of(2025, 4, 28)))
        .on(LocalDate.of(2025, 4, 28)).build()), 200);

    clock.set(LocalDate.of(2025, 4, 29)); // a decision while the objection is open: refused, with its codes
    HttpResponse<String> refused = step(3, decide(LocalDate.of(2025, 4, 29)));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(refused.body());
    assertThat(problem.path("type").asString()).isEqualTo(Answers.REFUSED.toString());
    assertThat(problem.path("status").asInt()).isEqualTo(422);
    assertThat(problem.path("title").asString()).isEqualTo("The command is refused");
    assertThat(problem.path("result").path("result").asString()).isEqualTo("REFUSED");
    List<String> codes = json.convertValue(problem.path("codes"), List.class);
    assertThat(codes).isNotEmpty().allSatisfy(c -> assertThat(c).startsWith("designation."));
    assertThat(problem.path("result").path("verdict").path("findings").size()).isEqualTo(codes.size());
    assertThat(problem.path("detail").asString()).contains(codes.get(0));
    isCanonicalDesignationResult(problem.path("result").toString());

    clock.set(LocalDate.of(2025, 5, 6));
    accepted(step(3, DesignationCommand.answerObjection().actor(OFFICER).on(LocalDate.of(2025, 5, 6)).upheld(false)
        .addDocuments(DocumentRef.of(DocumentRef.Kind.OBJECTION_REPLY, "异议答复-2025-009", LocalDate.of(2025, 5, 6))).build()), 200);

    HttpResponse<String> stale = step(3, decide(LocalDate.of(2025, 5, 6)));
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
    assertThat(json.readTree(stale.body()).path("type").asString()).isEqualTo(Answers.CONFLICT.toString());
    assertThat(json.readTree(stale.body()).path("result").path("actualVersion").asLong()).isEqualTo(4);

    clock.set(LocalDate.of(2025, 5, 14));
    JsonNode listed = accepted(step(4, decide(LocalDate.of(2025, 5, 14))), 200);
    assertThat(listed.path("version").asLong()).isEqualTo(5);
    isCanonicalDesignationResult(listed.toString());
    JsonNode view = json.readTree(get("/designations/" + LISTING.value()).body());
    assertThat(view.path("statusToday").asString()).isEqualTo("LISTED");
    assertThat(view.path("lastDayListed").asString()).isEqualTo("2028-05-14");
  }

  private HttpResponse<String> step(long version, DesignationCommand c) throws IOException, InterruptedException {
    return post("/designations/" + LISTING.value() + "/commands?expectedVersion=" + version, command(c));
  }

  private static DesignationCommand.Decide decide(LocalDate on) {
    return DesignationCommand.decide().actor(OFFICER).decision(DecisionDocument.builder().documentNumber(LISTING_DOC)
        .decidedOn(on).grounds("较大生产安全事故").addLegalBases(SAFETY_LAW).sanctionMeasureNotice("依法限制参与政府采购、工程招投标")
        .addRemovalConditions("履行行政处罚决定并完成信用修复", "列入期限届满").removalProcedure("向认定部门或信用中国网站提出信用修复申请")
        .remedies("可在六十日内申请行政复议，或在六个月内提起行政诉讼").listingPeriod(Period.ofYears(3)).build()).build();
  }

  @Test
  @Order(2)
  void aRepairOverHttpRemovesTheListingAndItsChangesReachTheSyncStore() throws Exception {
    LocalDate applied = LocalDate.of(2026, 6, 1);
    LocalDate approved = LocalDate.of(2026, 6, 3);
    clock.set(applied);
    RepairedInformation information = new RepairedInformation(InformationKind.SEVERE_LIST, SeverityClass.SERIOUS, QTX,
        RepairCase.NATIONAL, "NAT-SEVERE-LIST", LISTING_DOC, LocalDate.of(2025, 5, 14), Optional.of(LISTING), Set.of());
    JsonNode opened = accepted(post("/repairs/QTX-R-2026-001", RepairJson.APPLICATION.encode(new RepairApplication(
        SubjectRef.of(COMPANY), information, applied, DEPARTMENT, Set.of(Material.PROOF_OF_FULFILMENT, Material.COMMITMENT_LETTER),
        Set.of(RepairCondition.OTHER_BY_LAW)))), 201);
    assertThat(opened.path("format").asString()).isEqualTo("creditgov-repair-command-result/1");
    isCanonicalRepairResult(opened.toString());
    accepted(post("/repairs/QTX-R-2026-001/commands?expectedVersion=1",
        RepairJson.COMMAND.encode(new RepairCommand.Accept(OFFICER, applied))), 200);

    clock.set(approved);
    RepairRegime regime = BundledRepairRegimes.registry().governing(QTX, RepairCase.NATIONAL, applied).orElseThrow();
    JsonNode decided = accepted(post("/repairs/QTX-R-2026-001/commands?expectedVersion=2", RepairJson.COMMAND.encode(
        new RepairCommand.Decide(OFFICER, RepairDecision.approve("青信修〔2026〕3号", approved, "已履行行政处罚决定并作出信用承诺",
            regime.legalBases())))), 200);
    assertThat(decided.path("version").asLong()).isEqualTo(3);
    isCanonicalRepairResult(decided.toString());

    JsonNode view = json.readTree(get("/designations/" + LISTING.value()).body());
    assertThat(view.path("statusToday").asString()).isEqualTo("REMOVED");

    List<Delivery> deliveries = deliveries();
    assertThat(deliveries).extracting(d -> d.change().kind()).contains(ChangeKind.LISTED, ChangeKind.REMOVED, ChangeKind.REPAIRED);
    assertThat(deliveries).extracting(d -> d.target().code()).contains("credit-china", "sharing-platform");
    // one delivery per change and connected system
    assertThat(deliveries).hasSize(2 * (int) deliveries.stream().map(d -> d.change().changeId()).distinct().count());
    theStoresHoldTheRun(view, deliveries);
  }

  @Test
  @Order(3)
  void aCreditCheckAnswersWithTheSubjectMasked() throws Exception {
    clock.set(LocalDate.of(2026, 6, 5));
    assertThat(post("/subjects", "{\"type\":\"NATURAL_PERSON\",\"identifier\":\"" + PERSON_ID + "\",\"name\":\"王小明\"}")
        .body()).doesNotContain(PERSON_ID).doesNotContain("小明");
    CreditCheckQuery query = CreditCheckQuery.builder().subject(COMPANY).context(BusinessContext.TENDERING).jurisdiction(QTX)
        .date(LocalDate.of(2026, 6, 5)).department("青铜峡市发展和改革局")
        .addRecords(CreditRecord.builder().itemCode("BID-PENALTY").subject(COMPANY).decisionDate(LocalDate.of(2026, 4, 1))
            .documentNumber("青财罚〔2026〕8号").issuingDepartment("青铜峡市财政局").severityClass(SeverityClass.SERIOUS)
            .submissionDate(LocalDate.of(2026, 4, 6)).putField("intentional", true).build())
        .build();
    HttpResponse<String> r = post("/credit-checks", RequestJson.creditCheckQueries(SubjectDirectory.inMemory(), id -> Optional.empty())
        .encode(query));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode answer = json.readTree(r.body());
    assertThat(answer.path("subject").path("organisationName").asString()).isEqualTo("某某化工有限公司");
    assertThat(answer.path("context").asString()).isEqualTo("TENDERING");
    assertThat(answer.path("measures").size()).isPositive();
    for (JsonNode m : answer.path("measures")) {
      assertThat(m.path("verdict").path("format").asString()).isEqualTo("creditgov-verdict/1");
    }

    HttpResponse<String> broken = post("/credit-checks", "{\"format\":\"creditgov-credit-check-query/1\",\"subject\":7}");
    assertThat(broken.statusCode()).isEqualTo(400);
    JsonNode problem = json.readTree(broken.body());
    assertThat(problem.path("type").asString()).isEqualTo(Problems.INVALID_REQUEST.toString());
    assertThat(problem.path("codes").size()).isPositive();
    assertThat(problem.path("problems").get(0).path("messageZh").asString()).isNotBlank();
  }

  /**
   * PRI-1, PRI-2, PRI-4, SEC-1, CAT-6, REP-3 over HTTP: the department files its records; a bank
   * queries a person's penalty under her written consent and receives only the consented fields,
   * masked; a query under no consent and one after the withdrawal are refused with their codes,
   * and every query is in the query log; the public disclosure shows the company's penalty and
   * withholds the listing its approved repair took down, though it was shown before the repair.
   */
  @Test
  @Order(4)
  void aQueryThroughTheGatewayAndThePublicDisclosureOverHttp() throws Exception {
    LocalDate today = LocalDate.of(2026, 6, 8);
    clock.set(today);
    NaturalPerson person = NaturalPerson.of("王小明", ResidentIdNumber.parser(clock).parse(PERSON_ID)); // registered in step 3
    CreditRecord listingRecord = CreditRecord.builder().itemCode("NAT-SEVERE-LIST").subject(COMPANY)
        .decisionDate(LocalDate.of(2025, 5, 14)).documentNumber(LISTING_DOC).issuingDepartment(DEPARTMENT)
        .severityClass(SeverityClass.SERIOUS).submissionDate(LocalDate.of(2025, 5, 15))
        .putField("listName", "安全生产领域严重失信主体名单").putField("listingReason", "发生较大生产安全事故")
        .putField("listingBasis", "《中华人民共和国安全生产法》").putField("listingAuthority", DEPARTMENT)
        .putField("listedOn", LocalDate.of(2025, 5, 14)).putField("partyCreditCode", CODE).build();
    CreditRecord companyPenalty = penalty(COMPANY, "青市监罚〔2026〕9号", LocalDate.of(2026, 4, 1)).putField("partyCreditCode", CODE)
        .build();
    CreditRecord personPenalty = penalty(person, "青市监罚〔2026〕7号", LocalDate.of(2026, 3, 2)).putField("partyIdNumber", PERSON_ID)
        .build();
    JsonForm<CreditRecord> records = RequestJson.creditRecords(SubjectDirectory.inMemory());
    for (CreditRecord r : List.of(listingRecord, companyPenalty, personPenalty)) {
      HttpResponse<String> filed = post("/records", records.encode(r));
      assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
      assertThat(filed.body()).contains(r.documentNumber()).doesNotContain(PERSON_ID).doesNotContain("明码标价");
    }

    // the person's written consent to the bank: the penalty's content and fine, for loan approval
    Consent consent = Consent.builder().id("QTX-RCB-2026-7").subject(SubjectRef.of(person)).authorisedParty(BANK)
        .purposeCode("LOAN-APPROVAL").jurisdiction(QTX).putScope("NAT-ADMIN-PENALTY", "penaltyContent")
        .putScope("NAT-ADMIN-PENALTY", "fineAmount").founding(Founding.consent()).method(ConsentMethod.WRITTEN)
        .validFrom(clock.instant()).validUntil(today.plusMonths(3).atStartOfDay(ChinaTime.ZONE).toInstant()).build();
    HttpResponse<String> recorded = post("/consents", PrivacyJson.CONSENT.encode(consent));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    assertThat(json.readTree(recorded.body()).path("format").asString()).isEqualTo("creditgov-verdict/1");
    assertThat(json.readTree(recorded.body()).path("findings").get(0).path("code").asString()).isEqualTo("consent.RECORDED");

    int logged = queryLog.entries().size();
    HttpResponse<String> answered = post("/queries", PrivacyJson.QUERY_REQUEST.encode(loanQuery(person, consent.id())));
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    QueryResult result = PrivacyJson.QUERY_RESULT.decode(answered.body(), "answer");
    assertThat(result.records()).singleElement().satisfies(r -> {
      assertThat(r.documentNumber()).isEqualTo("青市监罚〔2026〕7号");
      assertThat(r.fields()).containsOnlyKeys("penaltyContent", "fineAmount");
    });
    assertThat(answered.body()).doesNotContain(PERSON_ID).doesNotContain("王小明");

    HttpResponse<String> unconsented = post("/queries", PrivacyJson.QUERY_REQUEST.encode(loanQuery(person, "QTX-RCB-NONE")));
    assertThat(refusalCodes(unconsented)).contains("consent.NOT_FOUND");
    assertThat(PrivacyJson.QUERY_RESULT.decode(json.readTree(unconsented.body()).path("result").toString(), "refusal").records())
        .isEmpty();

    HttpResponse<String> notHers = post("/consents/" + consent.id() + "/withdrawal", CoreJson.SUBJECT_REF.encode(SubjectRef.of(COMPANY)));
    assertThat(refusalCodes(notHers)).contains("consent.OTHER_SUBJECT");
    HttpResponse<String> withdrawn = post("/consents/" + consent.id() + "/withdrawal", CoreJson.SUBJECT_REF.encode(SubjectRef.of(person)));
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(refusalCodes(post("/queries", PrivacyJson.QUERY_REQUEST.encode(loanQuery(person, consent.id())))))
        .contains("consent.WITHDRAWN");
    assertThat(queryLog.entries()).hasSize(logged + 3); // every query registered, answered or refused

    String company = CoreJson.SUBJECT_REF.encode(SubjectRef.of(COMPANY));
    DisclosureAnswer now = disclosure("/disclosure?jurisdiction=640381", company);
    assertThat(now.shown()).extracting(DisclosedItem::documentNumber).containsExactly("青市监罚〔2026〕9号");
    assertThat(now.withheld()).singleElement().satisfies(w -> {
      assertThat(w.documentNumber()).isEqualTo(LISTING_DOC);
      assertThat(w.findings()).anySatisfy(f -> assertThat(f.requirement()).isEqualTo(RequirementId.REP_3));
    });
    DisclosureAnswer before = disclosure("/disclosure?jurisdiction=640381&date=2026-05-01", company);
    assertThat(before.shown()).extracting(DisclosedItem::documentNumber).contains(LISTING_DOC);
    assertThat(post("/disclosure?jurisdiction=64038", company).statusCode()).isEqualTo(400);
  }

  private static CreditRecord.Builder penalty(org.creditgov.core.subject.Subject subject, String number, LocalDate decided) {
    return CreditRecord.builder().itemCode("NAT-ADMIN-PENALTY").subject(subject).putField("violationType", "未按规定明码标价")
        .putField("violationFacts", "在经营场所未标明商品价格").putField("penaltyBasis", "《中华人民共和国价格法》第四十二条")
        .putField("penaltyContent", "罚款").putField("fineAmount", new BigDecimal("5000.00"))
        .putField("decidingAuthority", "青铜峡市市场监督管理局").decisionDate(decided).documentNumber(number)
        .issuingDepartment("青铜峡市市场监督管理局").severityClass(SeverityClass.GENERAL).submissionDate(decided.plusDays(3));
  }

  private static QueryRequest loanQuery(NaturalPerson person, String consentId) {
    return QueryRequest.builder().requestId("RCB-LOAN-" + consentId).actor(org.creditgov.privacy.query.Actor.of(BANK, "loan-officer-07"))
        .purposeCode("LOAN-APPROVAL").subject(SubjectRef.of(person)).jurisdiction(QTX)
        .fields(ImmutableSetMultimap.of("NAT-ADMIN-PENALTY", "penaltyContent", "NAT-ADMIN-PENALTY", "fineAmount"))
        .founding(QueryFounding.underConsent(consentId)).audience(Audience.SHARING).build();
  }

  /** A refusal is a 422 problem detail whose codes are its result's findings' codes. */
  private List<String> refusalCodes(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(r.body());
    assertThat(problem.path("type").asString()).isEqualTo("https://creditgov.org/problems/refused");
    assertThat(r.body()).doesNotContain(PERSON_ID);
    return json.convertValue(problem.path("codes"), List.class);
  }

  private DisclosureAnswer disclosure(String path, String subject) throws IOException, InterruptedException {
    HttpResponse<String> r = post(path, subject);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return PrivacyJson.DISCLOSURE_ANSWER.decode(r.body(), "disclosure");
  }

  @Test
  @Order(5)
  void theKeyIsMaskedByTheEnvEndpointAndTheDecisionsAreCounted() throws Exception {
    HttpResponse<String> env = get("/actuator/env/creditgov.privacy.pseudonym-key");
    assertThat(env.statusCode()).isEqualTo(200);
    assertThat(env.body()).doesNotContain(KEY).contains("******");
    assertThat(get("/actuator/env").body()).doesNotContain(KEY);

    JsonNode commands = json.readTree(get("/actuator/metrics/creditgov.commands?tag=procedure:designation&tag=result:ACCEPTED")
        .body());
    assertThat(commands.path("measurements").get(0).path("value").asDouble()).isEqualTo(5.0);
    JsonNode refused = json.readTree(get("/actuator/metrics/creditgov.commands?tag=result:REFUSED").body());
    assertThat(refused.path("measurements").get(0).path("value").asDouble()).isEqualTo(1.0);
    HttpResponse<String> health = get("/actuator/health/creditgov");
    JsonNode h = json.readTree(health.body());
    assertThat(h.path("details").path("calendar").path("coveredUntil").asString()).isEqualTo("2026-12-31");
    assertThat(health.body()).doesNotContain(CODE);
    theHealthAfterTheRun(health, h);
  }
}
