package org.creditgov.cli.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.creditgov.cli.Cli;
import org.creditgov.cli.Exit;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Finding;
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
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.ListTypeSet;
import org.creditgov.rules.designation.PriorNotice;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.designation.io.BundledListTypes;
import org.creditgov.rules.designation.io.ListTypeJson;
import org.creditgov.rules.json.DesignationJson;
import org.creditgov.store.jdbc.JdbcStores;
import org.creditgov.testkit.DesignationGenerators;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code credit check} of a designation command (DES-1 … DES-7): a proposal, or a later step on the
 * designation {@code --id} names, its history from a JSON Lines file or the embedded database, tried
 * as a dry run. The verdict is the designation service's on the same history, and nothing is written.
 */
class CheckDesignationCommandTest {

  private static final String CODE = "91512081MA62K0260E";
  private static final String NAME = "某某化工有限公司";
  private static final DesignationId ID = DesignationId.of("QTX-2025-0001");
  private static final Actor OFFICER = Actor.of("青铜峡市应急管理局", "officer-007", Jurisdiction.of("640381"));
  private static final LegalBasis SAFETY_LAW = LegalBasis.builder()
      .level(InstrumentLevel.LAW).issuer("全国人民代表大会常务委员会").title("中华人民共和国安全生产法")
      .effective(EffectivePeriod.from(LocalDate.of(2021, 9, 1))).build();

  @TempDir
  Path dir;

  private static final Organisation COMPANY =
      Organisation.of(SubjectType.LEGAL_PERSON, UnifiedSocialCreditCode.parse(CODE), NAME);

  private static DesignationCommand.Propose proposal(LocalDate on) {
    return DesignationCommand.propose().id(ID).listTypeCode("SAFETY-SEVERE").subject(COMPANY).criteriaVersion("2021-v1")
        .on(on).grounds("2024年发生较大生产安全事故").actor(OFFICER)
        .addDocuments(DocumentRef.of(DocumentRef.Kind.EFFECTIVE_RULING, "青应急罚〔2024〕12号", on)).build();
  }

  private static DesignationCommand serveNotice(LocalDate on) {
    return DesignationCommand.serveNotice().actor(OFFICER).notice(PriorNotice.builder().documentNumber("青应急告〔2025〕3号")
        .grounds("较大生产安全事故").addLegalBases(SAFETY_LAW).rights("可在送达之日起10个工作日内提出异议").servedOn(on).build())
        .build();
  }

  private static DesignationCommand decide(LocalDate on) {
    return DesignationCommand.decide().actor(OFFICER).decision(DecisionDocument.builder()
        .documentNumber("青应急决〔2025〕7号").decidedOn(on).grounds("较大生产安全事故").addLegalBases(SAFETY_LAW)
        .sanctionMeasureNotice("依法限制参与政府采购、工程招投标").addRemovalConditions("履行行政处罚决定并完成信用修复", "列入期限届满")
        .removalProcedure("向认定部门提出信用修复申请").remedies("可在六十日内申请行政复议，或在六个月内提起行政诉讼")
        .listingPeriod(Period.ofYears(3)).build()).build();
  }

  /** A proposal and a notice served on 2025-04-25, through the real service: the history a later step rests on. */
  private static List<DesignationEvent> proposedAndNotified() {
    TestClock clock = TestClock.at(LocalDate.of(2025, 4, 21));
    DesignationStore store = DesignationStore.inMemory();
    DesignationService service = DesignationService.builder().store(store).clock(clock)
        .listTypes(BundledListTypes.registry()).build();
    assertThat(service.propose(proposal(LocalDate.of(2025, 4, 21))).isAccepted()).isTrue();
    clock.set(LocalDate.of(2025, 4, 25));
    assertThat(service.execute(ID, 1, serveNotice(LocalDate.of(2025, 4, 25))).isAccepted()).isTrue();
    return store.load(ID);
  }

  private Path file(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private Path lines(String name, List<DesignationEvent> events) throws Exception {
    return file(name, String.join("\n", events.stream().map(DesignationJson.EVENT::encode).toList()) + "\n");
  }

  private Path command(String name, DesignationCommand c) throws Exception {
    return file(name, DesignationJson.commands(SubjectDirectory.inMemory()).encode(c));
  }

  private Path subjects(List<? extends Subject> subjects) throws Exception {
    StringBuilder csv = new StringBuilder("type,identifier,name,document,birthDate\n");
    for (Subject s : subjects) {
      if (s instanceof NaturalPerson p) {
        csv.append(s.type()).append(',').append(p.document().number()).append(',').append(p.name()).append(',')
            .append(p.document().kind()).append(',').append(p.birthDate()).append('\n');
      } else {
        Organisation o = (Organisation) s;
        csv.append(s.type()).append(',').append(o.creditCode().value()).append(',').append(o.name()).append(",,\n");
      }
    }
    return file("subjects.csv", csv.toString());
  }

  @Test
  void aDecisionBeforeTheObjectionWindowClosesIsRefusedWithEveryFindingAndNothingIsWritten() throws Exception {
    List<DesignationEvent> history = proposedAndNotified();
    Path events = lines("events.jsonl", history);
    String before = Files.readString(events, StandardCharsets.UTF_8);
    Path early = command("decide-early.json", decide(LocalDate.of(2025, 5, 13)));
    TestClock may13 = TestClock.at(LocalDate.of(2025, 5, 13));

    // the service's own answer on the same history
    DesignationStore store = DesignationStore.inMemory();
    assertThat(store.append(ID, 0, history, List.of())).isNotNull();
    CommandResult expected = DesignationService.builder().store(store).clock(may13).listTypes(BundledListTypes.registry())
        .build().execute(ID, 2, decide(LocalDate.of(2025, 5, 13)));
    assertThat(expected).isInstanceOf(CommandResult.Refused.class);
    Verdict refused = ((CommandResult.Refused) expected).verdict();

    Cli.Run json = Cli.run(may13, Locale.ENGLISH, "", "check", early.toString(), "--id", ID.value(), "--designations",
        events.toString(), "--json");
    assertThat(json.code()).as(json.all()).isEqualTo(Exit.FINDINGS);
    assertThat(json.out().strip()).isEqualTo(CoreJson.VERDICT.withMessages().encode(refused));
    Cli.Run zh = Cli.run(may13, Locale.SIMPLIFIED_CHINESE, "", "check", early.toString(), "--id", ID.value(),
        "--designations", events.toString());
    assertThat(zh.code()).isEqualTo(Exit.FINDINGS);
    for (Finding f : refused.findings()) {
      assertThat(zh.out()).contains(f.messageZh()).contains(f.requirement().id());
    }
    assertThat(Files.readString(events, StandardCharsets.UTF_8)).isEqualTo(before);

    TestClock may14 = TestClock.at(LocalDate.of(2025, 5, 14));
    Cli.Run onTime = Cli.run(may14, Locale.ENGLISH, "", "check", command("decide.json", decide(LocalDate.of(2025, 5, 14))).toString(),
        "--id", ID.value(), "--designations", events.toString());
    assertThat(onTime.code()).as(onTime.all()).isEqualTo(Exit.OK);
    assertThat(onTime.out()).contains("would be accepted").contains("version 3").doesNotContain(NAME).doesNotContain(CODE);
  }

  @Test
  void theHistoryComesFromTheEmbeddedDatabaseWhichIsLeftUnchanged() throws Exception {
    Path database = dir.resolve("db");
    TestClock may14 = TestClock.at(LocalDate.of(2025, 5, 14));
    try (JdbcStores stores = JdbcStores.embedded(database).clock(may14).listTypes(BundledListTypes.registry()).build()) {
      stores.migrate();
      assertThat(stores.designations().append(ID, 0, proposedAndNotified(), List.of()))
          .isInstanceOf(org.creditgov.rules.procedure.AppendResult.Appended.class);
    }
    Path decide = command("decide.json", decide(LocalDate.of(2025, 5, 14)));
    Cli.Run run = Cli.run(may14, Locale.ENGLISH, "", "check", decide.toString(), "--id", ID.value(), "--database",
        database.toString());
    assertThat(run.code()).as(run.all()).isEqualTo(Exit.OK);
    assertThat(run.out()).contains("version 3");
    Cli.Run stale = Cli.run(may14, Locale.ENGLISH, "", "check", decide.toString(), "--id", ID.value(), "--database",
        database.toString(), "--expected-version", "1");
    assertThat(stale.code()).isEqualTo(Exit.FINDINGS);
    assertThat(stale.out()).contains(ID.value()).contains("version 2, not 1");
    try (JdbcStores stores = JdbcStores.embedded(database).clock(may14).listTypes(BundledListTypes.registry()).build()) {
      assertThat(stores.designations().load(ID)).hasSize(2); // a dry run: the decision was not stored
    }
    Path propose = file("propose.json", DesignationJson.commands(SubjectDirectory.inMemory()).encode(proposal(LocalDate.of(2025, 5, 14))));
    Cli.Run again = Cli.run(may14, Locale.ENGLISH, "", "check", propose.toString(), "--database", database.toString(),
        "--subjects", subjects(List.of(COMPANY)).toString());
    assertThat(again.code()).as(again.all()).isEqualTo(Exit.FINDINGS);
    assertThat(again.out()).contains("already exists");
    assertThat(Cli.run(may14, Locale.ENGLISH, "", "check", decide.toString(), "--id", ID.value(), "--database",
        dir.resolve("no-database").toString()).code()).isEqualTo(Exit.IO);
  }

  @Test
  void aLaterStepWithoutItsDesignationIsAUsageErrorAndAnUnknownDesignationIsRefused() throws Exception {
    Path decide = command("decide.json", decide(LocalDate.of(2025, 5, 14)));
    Cli.Run noId = Cli.run("check", decide.toString());
    assertThat(noId.code()).isEqualTo(Exit.USAGE);
    assertThat(noId.err()).contains("DECIDE").contains("--id");
    assertThat(Cli.run("check", decide.toString(), "--id", "QTX-2025-0001", "--expected-version", "0").code()).isEqualTo(Exit.USAGE);
    assertThat(Cli.run("check", decide.toString(), "--id", " ").code()).isEqualTo(Exit.USAGE);
    Cli.Run unknown = Cli.run("check", decide.toString(), "--id", "QTX-NOWHERE", "--json");
    assertThat(unknown.code()).isEqualTo(Exit.FINDINGS);
    assertThat(unknown.out()).contains("designation.DESIGNATION_NOT_FOUND");
  }

  /**
   * Over generated procedures (proposals, notices, waivers, objections, answers, withdrawals,
   * decisions, removals, a quarter invalid by construction, some sent with a stale version), each
   * step checked by the command line on the history so far answers what the service answers when
   * it takes the step: the same verdict, or a conflict.
   */
  @Test
  void everyGeneratedStepIsAnsweredAsTheServiceAnswersIt() {
    java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
    Seeds.forEachSeed(4, seed -> {
      SplittableRandom random = Seeds.random(seed);
      DesignationGenerators.Sequence s = DesignationGenerators.sequence(random, 3, 40);
      Path seedDir = Files.createDirectories(dir.resolve("seed-" + seed));
      List<String> listTypeArgs = new ArrayList<>();
      int n = 0;
      for (ListTypeSet set : s.listTypes().versions()) {
        Path f = seedDir.resolve("list-types-" + n++ + ".json");
        Files.writeString(f, ListTypeJson.write(set), StandardCharsets.UTF_8);
        listTypeArgs.add("--list-types");
        listTypeArgs.add(f.toString());
      }
      List<Subject> subjects = new ArrayList<>();
      for (DesignationGenerators.Step step : s.steps()) {
        if (step.command() instanceof DesignationCommand.Propose p) {
          subjects.add(p.subject());
        }
      }
      Path subjectFile = seedDir.resolve("subjects.csv");
      Files.writeString(subjectFile, Files.readString(subjects(subjects), StandardCharsets.UTF_8), StandardCharsets.UTF_8);

      TestClock clock = TestClock.at(s.steps().get(0).today());
      DesignationStore store = DesignationStore.inMemory();
      ListTypeRegistry listTypes = s.listTypes();
      DesignationService service = DesignationService.builder().store(store).clock(clock).listTypes(listTypes).build();
      ImmutableIds ids = new ImmutableIds(DesignationGenerators.ids(3));
      int i = 0;
      for (DesignationGenerators.Step step : s.steps()) {
        i++;
        clock.set(step.today());
        DesignationId id = ids.get(step.target());
        List<DesignationEvent> all = new ArrayList<>();
        for (DesignationId d : ids.all()) {
          all.addAll(store.load(d));
        }
        Path history = seedDir.resolve("events-" + i + ".jsonl");
        Files.write(history, all.stream().map(DesignationJson.EVENT::encode).toList(), StandardCharsets.UTF_8);
        Path commandFile = seedDir.resolve("command-" + i + ".json");
        Files.writeString(commandFile, DesignationJson.commands(SubjectDirectory.inMemory()).encode(step.command()),
            StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("check", commandFile.toString(), "--designations", history.toString(),
            "--subjects", subjectFile.toString(), "--json"));
        args.addAll(listTypeArgs);

        CommandResult expected;
        if (step.command() instanceof DesignationCommand.Propose p) {
          expected = service.propose(p);
        } else {
          long current = store.load(id).size();
          long version = Math.max(1, step.staleVersion() ? current - 1 : current);
          args.addAll(List.of("--id", id.value(), "--expected-version", String.valueOf(version)));
          expected = service.execute(id, version, step.command());
        }
        Cli.Run run = Cli.run(clock, Locale.ENGLISH, "", args.toArray(String[]::new));
        kinds.merge(expected.getClass().getSimpleName(), 1, Integer::sum);
        String where = "seed " + seed + ", step " + i + " " + step + ": " + run.all();
        if (expected instanceof CommandResult.Conflict) {
          assertThat(run.code()).as(where).isEqualTo(Exit.FINDINGS);
          assertThat(run.err()).as(where).contains(step.command() instanceof DesignationCommand.Propose ? "already exists"
              : "another step was recorded first"); // beside --json, not in it
          assertThat(run.out()).as(where).isEmpty();
        } else {
          Verdict v = expected instanceof CommandResult.Accepted a ? a.verdict() : ((CommandResult.Refused) expected).verdict();
          assertThat(run.out().strip()).as(where).isEqualTo(CoreJson.VERDICT.withMessages().encode(v));
          assertThat(run.code()).as(where).isEqualTo(expected.isAccepted() && v.isAllowed() ? Exit.OK : Exit.FINDINGS);
        }
      }
    });
    // the generated steps reach every answer: accepted, refused and conflicting steps were all compared
    assertThat(kinds).as("%s", kinds).containsKeys("Accepted", "Refused", "Conflict");
  }

  /** The sequence's designation ids, by target. */
  private record ImmutableIds(List<DesignationId> all) {
    DesignationId get(int target) {
      return all.get(target);
    }
  }
}
