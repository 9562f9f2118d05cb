package org.creditgov.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.Schemas;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.json.JsonFormException;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.Timeliness;
import org.creditgov.rules.procedure.CommandResult;
import org.creditgov.rules.procedure.EventStore;
import org.creditgov.rules.procedure.InMemoryEventStore;
import org.creditgov.rules.repair.InformationKind;
import org.creditgov.rules.repair.Material;
import org.creditgov.rules.repair.Repair;
import org.creditgov.rules.repair.RepairApplication;
import org.creditgov.rules.repair.RepairCase;
import org.creditgov.rules.repair.RepairCommand;
import org.creditgov.rules.repair.RepairCondition;
import org.creditgov.rules.repair.RepairDecision;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.repair.RepairId;
import org.creditgov.rules.repair.RepairService;
import org.creditgov.rules.repair.RepairedInformation;
import org.creditgov.rules.repair.StepTiming;
import org.creditgov.rules.repair.io.BundledRepairRegimes;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.ChangeKind;
import org.creditgov.rules.sync.Delivery;
import org.creditgov.rules.sync.DeliveryState;
import org.creditgov.rules.sync.SyncRelay;
import org.creditgov.rules.sync.SyncStore;
import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.testkit.CanonicalGenerators;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The canonical forms of repair and same-day sync (REP-2, REP-3): generated applications,
 * commands, events, changes and deliveries of every kind, and what a real procedure makes, are
 * encoded, validated against their schemas, decoded to equal values and encoded again to the same
 * text; broken documents are refused with one located problem.
 */
class RepairJsonTest {

  /** A JSON text in a document, escapes included. */
  private static final String STRING = "\"(?:[^\"\\\\]|\\\\.)*\"";

  private static final String[] DIVISIONS = {"000000", "640000", "640381", "110105"};

  private static <T> void roundTrip(JsonForm<T> form, T value) {
    String json = form.encode(value);
    List<DataProblem> problems = Schemas.bundled().validate(JsonDocument.parse(json, "x.json"), form.schema());
    assertThat(problems).as(json).isEmpty();
    T back = form.decode(json);
    assertThat(back).as(json).isEqualTo(value);
    assertThat(form.encode(back)).isEqualTo(json);
  }

  private static String text(SplittableRandom r) {
    return CanonicalGenerators.text(r);
  }

  private static <E extends Enum<E>> E any(SplittableRandom r, Class<E> type) {
    E[] all = type.getEnumConstants();
    return all[r.nextInt(all.length)];
  }

  private static <E extends Enum<E>> Set<E> some(SplittableRandom r, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if (r.nextInt(3) == 0) {
        set.add(e);
      }
    }
    return set;
  }

  private static List<LegalBasis> bases(SplittableRandom r) {
    List<LegalBasis> bases = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      bases.add(CanonicalGenerators.legalBasis(r));
    }
    return bases;
  }

  static Actor actor(SplittableRandom r) {
    return Actor.of("部门" + text(r), "officer-" + r.nextInt(100), Jurisdiction.of(DIVISIONS[r.nextInt(DIVISIONS.length)]));
  }

  static RepairedInformation information(SplittableRandom r) {
    InformationKind kind = any(r, InformationKind.class);
    Set<String> characteristics = new TreeSet<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      characteristics.add("c" + r.nextInt(10));
    }
    return new RepairedInformation(kind, any(r, SeverityClass.class), Jurisdiction.of(DIVISIONS[r.nextInt(DIVISIONS.length)]),
        r.nextBoolean() ? RepairCase.NATIONAL : "series-" + r.nextInt(5), "ITEM-" + r.nextInt(50), "文〔" + r.nextInt(99) + "〕号",
        CanonicalGenerators.date(r),
        kind == InformationKind.SEVERE_LIST || r.nextBoolean() ? Optional.of(DesignationId.of("D-" + r.nextInt(1000)))
            : Optional.empty(),
        characteristics);
  }

  static RepairApplication application(SplittableRandom r) {
    RepairedInformation i = information(r);
    return new RepairApplication(CanonicalGenerators.subjectRef(r), i, i.decisionDate().plusDays(r.nextInt(2000)),
        "部门" + text(r), some(r, Material.class), some(r, RepairCondition.class));
  }

  static StepTiming timing(SplittableRandom r) {
    Timeliness t = any(r, Timeliness.class);
    return new StepTiming(t, t == Timeliness.NOT_COMPUTABLE ? Optional.empty() : Optional.of(CanonicalGenerators.date(r)),
        t == Timeliness.OVERDUE ? OptionalInt.of(1 + r.nextInt(30)) : OptionalInt.empty(), r.nextInt(4) == 0);
  }

  static RepairDecision decision(SplittableRandom r) {
    RepairDecision d = r.nextBoolean()
        ? RepairDecision.approve("修〔" + r.nextInt(99) + "〕号", CanonicalGenerators.date(r), text(r), bases(r))
        : RepairDecision.refuse("修〔" + r.nextInt(99) + "〕号", CanonicalGenerators.date(r), text(r), bases(r), text(r));
    return r.nextBoolean() ? d.withExtension() : d;
  }

  static RepairCommand command(SplittableRandom r, int kind) {
    LocalDate on = CanonicalGenerators.date(r);
    return switch (kind) {
      case 0 -> new RepairCommand.Accept(actor(r), on);
      case 1 -> new RepairCommand.Reject(actor(r), on, r.nextBoolean() ? "" : text(r));
      case 2 -> new RepairCommand.Decide(actor(r), decision(r));
      default -> new RepairCommand.Withdraw(on);
    };
  }

  static Optional<StepTiming> maybeTiming(SplittableRandom r) {
    return r.nextBoolean() ? Optional.of(timing(r)) : Optional.empty();
  }

  static RepairEvent event(SplittableRandom r, int kind) {
    RepairId id = RepairId.of("R-" + r.nextInt(1000));
    long version = 1 + r.nextInt(10);
    String department = "部门" + text(r);
    LocalDate on = CanonicalGenerators.date(r);
    Instant at = Instant.ofEpochSecond(1_600_000_000L + r.nextInt(200_000_000), r.nextBoolean() ? 0 : r.nextInt(1_000_000) * 1000);
    return switch (kind) {
      case 0 -> new RepairEvent.Applied(id, version, department, on, at, application(r), "repair-" + text(r), maybeTiming(r));
      case 1 -> new RepairEvent.Accepted(id, version, department, on, at, actor(r), maybeTiming(r));
      case 2 -> new RepairEvent.NotAccepted(id, version, department, on, at, actor(r), text(r), maybeTiming(r));
      case 3 -> new RepairEvent.Decided(id, version, department, on, at, actor(r), decision(r), maybeTiming(r));
      default -> new RepairEvent.Withdrawn(id, version, department, on, at);
    };
  }

  static Change change(SplittableRandom r) {
    ChangeKind kind = any(r, ChangeKind.class);
    return new Change("repair:R-" + r.nextInt(100) + ":" + kind.name(), kind, CanonicalGenerators.subjectRef(r),
        "ITEM-" + r.nextInt(50), "文〔" + r.nextInt(99) + "〕号", "部门" + text(r), CanonicalGenerators.date(r),
        "repair:R-" + r.nextInt(100));
  }

  static Delivery delivery(SplittableRandom r) {
    SyncTarget target = r.nextInt(3) == 0 ? new SyncTarget("t-" + r.nextInt(9), "目标" + text(r), "target " + text(r))
        : r.nextBoolean() ? SyncTarget.CREDIT_CHINA : SyncTarget.SHARING_PLATFORM;
    Change c = change(r);
    DeliveryState state = any(r, DeliveryState.class);
    return new Delivery(target, c, state, state == DeliveryState.PENDING ? 0 : 1 + r.nextInt(5),
        state == DeliveryState.ACKNOWLEDGED ? Optional.of(c.on().plusDays(r.nextInt(3))) : Optional.empty());
  }

  @Test
  void everyFormRoundTripsOverGeneratedValuesOfEveryKind() {
    Set<String> kinds = new TreeSet<>();
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      roundTrip(RepairJson.APPLICATION, application(r));
      RepairCommand c = command(r, r.nextInt(4));
      roundTrip(RepairJson.COMMAND, c);
      RepairEvent e = event(r, r.nextInt(5));
      roundTrip(RepairJson.EVENT, e);
      roundTrip(SyncJson.CHANGE, change(r));
      Delivery d = delivery(r);
      roundTrip(SyncJson.DELIVERY, d);
      synchronized (kinds) {
        kinds.add("command " + c.getClass().getSimpleName());
        kinds.add("event " + e.getClass().getSimpleName());
        kinds.add("delivery " + d.state());
      }
    });
    if (kinds.size() > 3) { // not a single reproduced seed
      assertThat(kinds).hasSize(4 + 5 + 3);
    }
  }

  @Test
  void whatTheProcedureMakesRoundTrips() {
    LocalDate today = LocalDate.of(2026, 7, 1);
    TestClock clock = TestClock.at(today);
    InMemoryEventStore<RepairId, RepairEvent, Change> store = EventStore.inMemory();
    RepairService service = RepairService.builder().regimes(BundledRepairRegimes.registry()).store(store).clock(clock).build();
    Jurisdiction qtx = Jurisdiction.of("640381");
    String department = "青铜峡市市场监督管理局";
    Actor officer = Actor.of(department, "officer-7", qtx);
    SubjectRef company = SubjectRef.of(SubjectType.LEGAL_PERSON, "91512081MA62K0260E");
    RepairedInformation penalty = new RepairedInformation(InformationKind.ADMINISTRATIVE_PENALTY, SeverityClass.GENERAL, qtx,
        RepairCase.NATIONAL, "NAT-ADMIN-PENALTY", "青市监罚〔2026〕12号", today.minusMonths(4), Optional.empty(), Set.of());
    RepairId id = RepairId.of("R-1");
    List<Object> commands = new ArrayList<>();
    RepairApplication a = new RepairApplication(company, penalty, today, department,
        Set.of(Material.PROOF_OF_FULFILMENT, Material.COMMITMENT_LETTER), Set.of(RepairCondition.OTHER_BY_LAW));
    commands.add(a);
    assertThat(service.apply(id, a).isAccepted()).isTrue();
    RepairCommand accept = new RepairCommand.Accept(officer, today);
    RepairCommand approve = new RepairCommand.Decide(officer, RepairDecision.approve("青信修〔2026〕3号", today,
        "已履行行政处罚决定并作出信用承诺", BundledRepairRegimes.regimes().stream()
            .filter(x -> x.id().equals("repair-ndrc-order-36")).findFirst().orElseThrow().legalBases()));
    CommandResult<RepairId, Repair, RepairEvent> accepted = service.execute(id, 1, accept);
    assertThat(accepted.isAccepted()).as("%s", accepted.verdict()).isTrue();
    CommandResult<RepairId, Repair, RepairEvent> approved = service.execute(id, 2, approve);
    assertThat(approved.isAccepted()).as("%s", approved.verdict()).isTrue();
    roundTrip(RepairJson.APPLICATION, a);
    roundTrip(RepairJson.COMMAND, accept);
    roundTrip(RepairJson.COMMAND, approve);
    List<RepairEvent> events = store.load(id);
    assertThat(events).hasSize(3);
    List<RepairEvent> back = new ArrayList<>();
    for (RepairEvent e : events) {
      roundTrip(RepairJson.EVENT, e);
      back.add(RepairJson.EVENT.decode(RepairJson.EVENT.encode(e)));
    }
    assertThat(Repair.replay(back)).isEqualTo(Repair.replay(events));

    // the answers, of every kind: accepted (replayed from its events), refused (every finding), conflict
    JsonForm<CommandResult<RepairId, Repair, RepairEvent>> results = RepairJson.commandResults();
    roundTrip(results, accepted);
    roundTrip(results, approved);
    CommandResult<RepairId, Repair, RepairEvent> refused = service.execute(id, 3, accept);
    assertThat(refused).isInstanceOf(CommandResult.Refused.class);
    assertThat(refused.verdict().findings()).isNotEmpty();
    roundTrip(results, refused);
    CommandResult<RepairId, Repair, RepairEvent> conflict = service.execute(id, 1, accept);
    assertThat(conflict).isInstanceOf(CommandResult.Conflict.class);
    roundTrip(results, conflict);
    String tampered = results.encode(approved).replace("\"version\":3", "\"version\":2");
    assertThat(refused(results, tampered).code()).isNotBlank();
    List<Change> changes = store.messages();
    assertThat(changes).hasSize(3);
    changes.forEach(c -> roundTrip(SyncJson.CHANGE, c));
    SyncStore sync = SyncStore.inMemory(List.of(SyncTarget.CREDIT_CHINA, SyncTarget.SHARING_PLATFORM));
    assertThat(SyncRelay.into(sync).relay(changes)).isEqualTo(6);
    Delivery sent = sync.sent(SyncTarget.CREDIT_CHINA, changes.get(0).changeId());
    Delivery acknowledged = sync.acknowledged(SyncTarget.SHARING_PLATFORM, changes.get(1).changeId(), today);
    roundTrip(SyncJson.DELIVERY, sent);
    roundTrip(SyncJson.DELIVERY, acknowledged);
    String applied = RepairJson.EVENT.encode(events.get(0));
    assertThat(applied).contains("\"subject\":{\"type\":\"LEGAL_PERSON\",\"identifier\":\"91512081MA62K0260E\"}");
  }

  private static DataProblem refused(JsonForm<?> form, String json) {
    Throwable t = catchThrowable(() -> form.decode(json, "doc.json"));
    assertThat(t).as(json).isInstanceOf(JsonFormException.class);
    List<DataProblem> problems = ((JsonFormException) t).problems();
    assertThat(problems).as(json).hasSize(1);
    DataProblem p = problems.get(0);
    assertThat(p.source()).isEqualTo("doc.json");
    assertThat(p.line()).as("%s", p).isPresent();
    assertThat(p.messageZh()).isNotBlank();
    assertThat(p.messageEn()).isNotBlank();
    return p;
  }

  @Test
  void brokenDocumentsAreRefusedWithOneLocatedProblem() {
    Seeds.forEachSeed(200, seed -> {
      SplittableRandom r = Seeds.random(seed);
      String event = RepairJson.EVENT.encode(event(r, r.nextInt(5)));
      DataProblem extra = refused(RepairJson.EVENT, event.substring(0, event.length() - 1) + ",\"zzz\":1}");
      assertThat(extra.code()).isEqualTo("data.UNKNOWN_KEY");
      assertThat(extra.pointer()).isEqualTo("/zzz");
      DataProblem missing = refused(RepairJson.EVENT, event.replaceFirst(",\"department\":" + STRING, ""));
      assertThat(missing.code()).isEqualTo("data.MISSING_KEY");
      assertThat(missing.pointer()).isEqualTo("/department");
      DataProblem kind = refused(RepairJson.EVENT, event.replaceFirst("\"type\":\"[A-Z_]+\"", "\"type\":\"APPROVED\""));
      assertThat(kind.code()).isEqualTo("data.INVALID_VALUE");
      DataProblem truncated = refused(RepairJson.EVENT, event.substring(0, 1 + r.nextInt(event.length() - 1)));
      assertThat(truncated.code()).isIn("data.MALFORMED_JSON", "data.MISSING_KEY", "data.UNKNOWN_FORMAT");
      String delivery = SyncJson.DELIVERY.encode(delivery(r));
      DataProblem state = refused(SyncJson.DELIVERY, delivery.replaceFirst("\"state\":\"[A-Z]+\"", "\"state\":\"LOST\""));
      assertThat(state.code()).isEqualTo("data.NOT_ALLOWED_VALUE");
      assertThat(state.pointer()).isEqualTo("/state");
    });
  }

  @Test
  void aKeyOfAnotherKindAWrongValueAndAContradictionAreRefusedWhereTheyStand() {
    SplittableRandom r = new SplittableRandom(1);
    String withdrawn = RepairJson.EVENT.encode(event(r, 4));
    DataProblem misplaced = refused(RepairJson.EVENT, withdrawn.replace("\"on\":", "\"grounds\":\"x\",\"on\":"));
    assertThat(misplaced.code()).isEqualTo("data.UNKNOWN_KEY");
    assertThat(misplaced.pointer()).isEqualTo("/grounds");
    String withdraw = RepairJson.COMMAND.encode(new RepairCommand.Withdraw(LocalDate.of(2026, 5, 6)));
    DataProblem date = refused(RepairJson.COMMAND, withdraw.replace("2026-05-06", "2026-02-30"));
    assertThat(date.pointer()).isEqualTo("/on");
    DataProblem foreign = refused(RepairJson.COMMAND, withdraw.replace("\"on\":", "\"grounds\":\"x\",\"on\":"));
    assertThat(foreign.code()).isEqualTo("data.UNKNOWN_KEY");
    assertThat(foreign.pointer()).isEqualTo("/grounds");
    DataProblem noActor = refused(RepairJson.COMMAND, withdraw.replace("WITHDRAW", "ACCEPT"));
    assertThat(noActor.code()).isEqualTo("data.MISSING_KEY");
    assertThat(noActor.pointer()).isEqualTo("/actor");
    RepairApplication a = application(r);
    String app = RepairJson.APPLICATION.encode(new RepairApplication(a.subject(), a.information(), a.appliedOn(),
        a.department(), Set.of(Material.COMMITMENT_LETTER), a.attested()));
    DataProblem twice = refused(RepairJson.APPLICATION,
        app.replace("[\"COMMITMENT_LETTER\"]", "[\"COMMITMENT_LETTER\",\"COMMITMENT_LETTER\"]"));
    assertThat(twice.code()).isEqualTo("data.DUPLICATE_VALUE");
    assertThat(twice.pointer()).startsWith("/materials");
    String early = app.replace("\"appliedOn\":\"" + a.appliedOn() + "\"",
        "\"appliedOn\":\"" + a.information().decisionDate().minusDays(1) + "\"");
    assertThat(refused(RepairJson.APPLICATION, early).code()).isEqualTo("data.INVALID_VALUE");
    Delivery pending = new Delivery(SyncTarget.CREDIT_CHINA, change(r), DeliveryState.PENDING, 0, Optional.empty());
    String json = SyncJson.DELIVERY.encode(pending);
    DataProblem contradiction = refused(SyncJson.DELIVERY, json.replace("\"state\":\"PENDING\"", "\"state\":\"ACKNOWLEDGED\""));
    assertThat(contradiction.code()).isEqualTo("data.INVALID_VALUE");
    DataProblem badId = refused(RepairJson.EVENT, withdrawn.replaceFirst("\"repairId\":" + STRING, "\"repairId\":\"a b\""));
    assertThat(badId.pointer()).isEqualTo("/repairId");
  }
}
