package org.creditgov.testkit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.subject.IdentityDocument;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.DecisionDocument;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.DocumentRef.Kind;
import org.creditgov.rules.designation.ListCategory;
import org.creditgov.rules.designation.ListType;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.ListTypeSet;
import org.creditgov.rules.designation.ListingPeriod;
import org.creditgov.rules.designation.PriorNotice;
import org.creditgov.rules.designation.RemovalReason;

/**
 * Seeded generators for the designation procedure (DES-1 to DES-7): list types with random
 * windows and periods (and the registry of a test layer holding them), subjects (organisations,
 * adults and minors), notices and decision documents that are complete or lack random elements,
 * and random {@link Sequence sequences} of {@link Step steps} — valid and invalid commands with
 * random dates — for model-based tests of a {@code DesignationService} over any {@code
 * DesignationStore}.
 *
 * <p>Every method is a pure function of its arguments and the state of the {@link
 * SplittableRandom}, so a sequence is reproduced from its seed ({@link Seeds}). The windows and
 * periods generated are arbitrary test figures, not law.
 */
public final class DesignationGenerators {

  /** A law founding the generated list types (a fictitious citation of a real level). */
  public static final LegalBasis LAW = LegalBasis.builder()
      .level(InstrumentLevel.LAW).issuer("全国人民代表大会常务委员会").title("测试用法律")
      .effective(EffectivePeriod.from(LocalDate.of(2015, 1, 1))).build();

  /** A normative document: below the level a severe list needs (DES-1). */
  public static final LegalBasis NORMATIVE_DOCUMENT = LegalBasis.builder()
      .level(InstrumentLevel.NORMATIVE_DOCUMENT).issuer("某县人民政府办公室").title("测试用规范性文件")
      .effective(EffectivePeriod.from(LocalDate.of(2015, 1, 1))).build();

  /** The removal condition every generated list type requires a decision to state. */
  public static final String REMOVAL_CONDITION = "履行法定义务并完成信用修复";

  /** The department every generated step is recorded by. */
  public static final Actor ACTOR = Actor.of("测试县市场监督管理局", "officer-1", Jurisdiction.of("640381"));

  private DesignationGenerators() {}

  /**
   * A national test layer of list types in force from 2000-01-01, citing 国办发〔2020〕49号 for
   * procedure; an example, its figures test figures.
   */
  public static ListTypeSet set(String id, ListType... types) {
    return ListTypeSet.of(RuleSetHeader.builder().id(id).titleZh("测试用名单类型").edition("test")
        .jurisdiction(Jurisdiction.national()).effective(EffectivePeriod.from(LocalDate.of(2000, 1, 1)))
        .legalBasis(Instruments.STATE_COUNCIL_OPINION_2020_49).addProceduralBases(Instruments.STATE_COUNCIL_OPINION_2020_49)
        .example(true).build(), types);
  }

  private static final String[] LOCAL = {"640000", "640300", "640381", "110000", "110105", "510000"};
  private static final String[] TRICKY = {"", "“引号”", "\"quoted\"", "back\\slash", "𠮷野家", "tab\tand\nline", "<&>"};

  /**
   * A random layer of list types, for round trips of the file format: national or local, with or
   * without an end, a series, an English title, procedural bases; 0 to 4 list types with random
   * figures (windows of 1 to 30 working days, fixed or ranged periods in years, months and days,
   * minors, removal conditions), local ones applying a national code; free texts with quotes,
   * backslashes, line breaks and characters beyond the BMP. Valid by construction.
   */
  public static ListTypeSet listTypeSet(SplittableRandom random) {
    Jurisdiction j = random.nextBoolean() ? Jurisdiction.national() : Jurisdiction.of(LOCAL[random.nextInt(LOCAL.length)]);
    int n = random.nextInt(100_000);
    LocalDate from = date(random, LocalDate.of(2000, 1, 1), 9000);
    RuleSetHeader.Builder h = RuleSetHeader.builder().id("gen-" + n + (random.nextBoolean() ? ".v" + random.nextInt(9) : ""))
        .titleZh("测试名单类型" + text(random)).edition("e" + random.nextInt(100)).jurisdiction(j)
        .effective(random.nextBoolean() ? EffectivePeriod.from(from) : EffectivePeriod.between(from, from.plusDays(1 + random.nextInt(2000))))
        .legalBasis(basis(random, j)).example(random.nextBoolean());
    if (random.nextBoolean()) {
      h.titleEn("Test list types " + n + text(random));
    }
    if (random.nextInt(5) == 0) {
      h.series("s" + random.nextInt(10));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      h.addProceduralBases(proceduralBasis(random, j));
    }
    if (random.nextBoolean()) {
      h.source("来源" + text(random));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      h.addUnconfirmed("未经核实 " + i + text(random));
    }
    List<ListType> types = new ArrayList<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      types.add(generatedListType(random, j, "GT-" + i));
    }
    return ListTypeSet.of(h.build(), types);
  }

  private static ListType generatedListType(SplittableRandom r, Jurisdiction j, String code) {
    Period min = Period.of(r.nextInt(4), r.nextInt(13), r.nextInt(40));
    if (min.isZero()) {
      min = Period.ofMonths(6);
    }
    Period max = r.nextBoolean() ? min : min.plusYears(1 + r.nextInt(3)).plusMonths(r.nextInt(6));
    ListType.Builder b = ListType.builder().code(code).name("名单" + code + text(r)).field("领域" + r.nextInt(50))
        .category(ListCategory.values()[r.nextInt(ListCategory.values().length)]).basis(basis(r, j))
        .criteriaVersion("v" + r.nextInt(9) + text(r)).jurisdiction(j)
        .noticeWorkingDays(1 + r.nextInt(30)).objectionWindowWorkingDays(1 + r.nextInt(30))
        .objectionAnswerWorkingDays(1 + r.nextInt(30))
        .listingPeriod(min.equals(max) ? ListingPeriod.fixed(min) : ListingPeriod.range(min, max))
        .minorsMayBeListed(r.nextInt(4) == 0);
    if (r.nextBoolean()) {
      b.nameEn("List " + code + text(r));
    }
    if (j.level() != org.creditgov.core.jurisdiction.JurisdictionLevel.NATIONAL && r.nextBoolean()) {
      b.nationalListTypeCode("NAT-" + r.nextInt(100));
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      b.addRemovalConditions("条件" + i + text(r));
    }
    return b.build();
  }

  private static String text(SplittableRandom r) {
    return r.nextInt(3) == 0 ? TRICKY[r.nextInt(TRICKY.length)] : "";
  }

  /** A random legal basis: any level; a local instrument of {@code j} (a province when {@code j} is national). */
  /** A basis a layer of {@code j} may cite for its procedure: of its own jurisdiction or above it (DES-1). */
  private static LegalBasis proceduralBasis(SplittableRandom r, Jurisdiction j) {
    LegalBasis b = basis(r, j);
    while (j.equals(Jurisdiction.national()) && b.jurisdiction().isPresent()) {
      b = basis(r, j); // a national layer cites no local instrument
    }
    return b;
  }

  private static LegalBasis basis(SplittableRandom r, Jurisdiction j) {
    InstrumentLevel level = InstrumentLevel.values()[r.nextInt(InstrumentLevel.values().length)];
    LocalDate from = date(r, LocalDate.of(1990, 1, 1), 12_000);
    LegalBasis.Builder b = LegalBasis.builder().level(level).issuer("发布机关" + r.nextInt(100) + text(r))
        .title("依据" + r.nextInt(10_000) + text(r))
        .effective(r.nextInt(4) == 0 ? EffectivePeriod.between(from, from.plusDays(1 + r.nextInt(5000))) : EffectivePeriod.from(from));
    if (r.nextBoolean()) {
      b.documentNumber("文号〔" + (2000 + r.nextInt(26)) + "〕" + r.nextInt(300) + "号");
    }
    if (r.nextBoolean()) {
      b.article("第" + (1 + r.nextInt(90)) + "条");
    }
    Jurisdiction local = j.level() == org.creditgov.core.jurisdiction.JurisdictionLevel.NATIONAL ? Jurisdiction.of("640000") : j;
    if (level.isLocal() || (level == InstrumentLevel.NORMATIVE_DOCUMENT && r.nextBoolean())) {
      b.jurisdiction(local);
    }
    return b.build();
  }

  /** The registry of one national test layer holding {@code types} ({@link #set}). */
  public static ListTypeRegistry registry(ListType... types) {
    return ListTypeRegistry.of(set("gen-list-types", types));
  }

  /** A date uniformly in {@code [from, from + days]}. */
  public static LocalDate date(SplittableRandom random, LocalDate from, int days) {
    return from.plusDays(random.nextInt(days + 1));
  }

  /**
   * A lawful national list type: founded on a law, with windows of 1 to 15 working days, a fixed or
   * ranged period of 1 to 5 years, minors allowed one time in five.
   */
  public static ListType listType(SplittableRandom random) {
    return listType(random, LAW);
  }

  /** As {@link #listType(SplittableRandom)}, founded on the given basis (a normative document makes it unlawful). */
  public static ListType listType(SplittableRandom random, LegalBasis basis) {
    return listType(random, basis, "GEN-" + random.nextInt(1000));
  }

  /** As {@link #listType(SplittableRandom, LegalBasis)}, with the given code. */
  public static ListType listType(SplittableRandom random, LegalBasis basis, String code) {
    int min = 1 + random.nextInt(3);
    ListingPeriod period = random.nextBoolean()
        ? ListingPeriod.fixed(Period.ofYears(min))
        : ListingPeriod.range(Period.ofYears(min), Period.ofYears(min + 1 + random.nextInt(2)));
    return ListType.builder()
        .code(code)
        .name("测试严重失信主体名单")
        .field("测试领域")
        .category(ListCategory.values()[random.nextInt(ListCategory.values().length)])
        .basis(basis)
        .criteriaVersion("v1")
        .noticeWorkingDays(1 + random.nextInt(10))
        .objectionWindowWorkingDays(1 + random.nextInt(15))
        .objectionAnswerWorkingDays(1 + random.nextInt(10))
        .listingPeriod(period)
        .minorsMayBeListed(random.nextInt(5) == 0)
        .addRemovalConditions(REMOVAL_CONDITION)
        .build();
  }

  /** A valid unified social credit code of an enterprise in 640381. */
  public static UnifiedSocialCreditCode creditCode(SplittableRandom random) {
    StringBuilder org = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      org.append((char) ('0' + random.nextInt(10)));
    }
    org.append(UnifiedSocialCreditCode.organisationCodeCheckCharacter(org));
    String body = "91640381" + org;
    return UnifiedSocialCreditCode.parse(body + UnifiedSocialCreditCode.checkCharacter(body));
  }

  /**
   * A subject: an organisation half the time, otherwise a natural person born between 1950 and
   * {@code latestBirth}, so that some are minors on the dates of a sequence. Names are random
   * placeholders, never real people.
   */
  public static Subject subject(SplittableRandom random, LocalDate latestBirth) {
    if (random.nextBoolean()) {
      return Organisation.of(SubjectType.LEGAL_PERSON, creditCode(random), "测试企业" + random.nextInt(10_000));
    }
    LocalDate earliest = LocalDate.of(1950, 1, 1);
    LocalDate birth = earliest.plusDays(random.nextLong(latestBirth.toEpochDay() - earliest.toEpochDay() + 1));
    return NaturalPerson.builder()
        .name("测试人" + random.nextInt(10_000))
        .document(IdentityDocument.other(IdentityDocument.Kind.PASSPORT, "E" + (10_000_000 + random.nextInt(90_000_000))))
        .birthDate(birth)
        .build();
  }

  /**
   * A prior notice served on {@code servedOn}: complete, or (when not {@code complete}) lacking at
   * least one random element.
   */
  public static PriorNotice notice(SplittableRandom random, LocalDate servedOn, boolean complete) {
    boolean[] present = {true, true, true, true};
    if (!complete) {
      for (int i = 0; i < present.length; i++) {
        present[i] = random.nextBoolean();
      }
      present[random.nextInt(present.length)] = false;
    }
    PriorNotice.Builder b = PriorNotice.builder().documentNumber("告-" + random.nextInt(100_000));
    if (present[0]) {
      b.grounds("事由");
    }
    if (present[1]) {
      b.addLegalBases(LAW);
    }
    if (present[2]) {
      b.rights("当事人有权提出异议");
    }
    if (present[3]) {
      b.servedOn(servedOn);
    }
    return b.build();
  }

  /**
   * A decision document dated {@code decidedOn}: complete with a period within the list type's
   * range, or (when not {@code complete}) lacking random elements, omitting the removal
   * condition, or stating a period out of range.
   */
  public static DecisionDocument decision(SplittableRandom random, ListType type, LocalDate decidedOn, boolean complete) {
    DecisionDocument.Builder b = DecisionDocument.builder();
    boolean broken = false;
    if (complete || random.nextInt(4) != 0) {
      b.documentNumber("决-" + random.nextInt(100_000));
    } else {
      broken = true;
    }
    b.decidedOn(decidedOn);
    if (complete || random.nextInt(4) != 0) {
      b.grounds("事由");
    } else {
      broken = true;
    }
    if (complete || random.nextInt(4) != 0) {
      b.addLegalBases(LAW);
    } else {
      broken = true;
    }
    if (complete || random.nextInt(4) != 0) {
      b.sanctionMeasureNotice("失信惩戒措施提示");
    } else {
      broken = true;
    }
    if (complete || random.nextInt(4) != 0) {
      b.addRemovalConditions(REMOVAL_CONDITION);
    } else {
      b.addRemovalConditions("其他条件");
      broken = true;
    }
    if (complete || random.nextInt(4) != 0) {
      b.removalProcedure("移除程序");
    } else {
      broken = true;
    }
    if (complete || random.nextInt(4) != 0) {
      b.remedies("行政复议或者行政诉讼");
    } else {
      broken = true;
    }
    Period min = type.listingPeriod().minimum();
    if (complete) {
      b.listingPeriod(min);
    } else if (!broken || random.nextBoolean()) {
      b.listingPeriod(random.nextBoolean() ? type.listingPeriod().maximum().plusYears(1) : min);
      broken = true; // an out-of-range period, or one more broken element above
    }
    return b.build();
  }

  /**
   * One step of a generated sequence: the designation it targets, the date the clock shows, the
   * command, and whether it is sent with a stale version (to provoke a conflict).
   *
   * @param target index of the designation in the sequence's ids
   * @param today the clock's date when the step is taken
   * @param command the command (a proposal opens the designation)
   * @param staleVersion whether to send the version before the current one
   */
  public record Step(int target, LocalDate today, DesignationCommand command, boolean staleVersion) {
    @Override
    public String toString() {
      return "Step[#" + target + ", today " + today + (staleVersion ? ", stale" : "") + ", "
          + command.getClass().getSimpleName().replace("Immutable", "") + " " + command + "]";
    }
  }

  /**
   * A generated sequence: the list types its designations are proposed on (one per designation,
   * codes {@code GEN-T0}, {@code GEN-T1} …, in one national test layer) and the steps.
   *
   * @param listTypes the registry of the sequence's list types
   * @param steps the steps, in order
   */
  public record Sequence(ListTypeRegistry listTypes, ImmutableList<Step> steps) {}

  /** The ids of a sequence's designations. */
  public static ImmutableList<DesignationId> ids(int designations) {
    ImmutableList.Builder<DesignationId> ids = ImmutableList.builder();
    for (int i = 0; i < designations; i++) {
      ids.add(DesignationId.of("GEN-" + i));
    }
    return ids.build();
  }

  /**
   * A random sequence of {@code length} steps over {@code designations} designations, starting on
   * a random date between 2021 and 2025. About a quarter of the steps are invalid by construction
   * (an incomplete document, a missing written document, a date in the future or in the past, a
   * stale version); the others are valid in form, and whether the procedure allows them depends on
   * the state and the dates. The first step of each designation is its proposal; dates move forward
   * by 0 to 40 days a step, and one step in sixteen by 200 to 500 days, so that listings expire.
   */
  @SuppressWarnings("fallthrough") // case 8 falls through to removals on purpose
  public static Sequence sequence(SplittableRandom random, int designations, int length) {
    ListType[] types = new ListType[designations];
    Subject[] subjects = new Subject[designations];
    for (int i = 0; i < designations; i++) {
      LegalBasis basis = random.nextInt(12) == 0 ? NORMATIVE_DOCUMENT : LAW;
      random.nextInt(1000); // the random code of listType(random), kept so that sequences stay as they were
      types[i] = listType(random, basis, "GEN-T" + i);
      subjects[i] = subject(random, LocalDate.of(2012, 12, 31));
    }
    LocalDate today = date(random, LocalDate.of(2021, 1, 1), 5 * 365);
    ImmutableList.Builder<Step> steps = ImmutableList.builder();
    int counter = 0;
    for (int s = 0; s < length; s++) {
      int t = s < designations ? s : random.nextInt(designations);
      int jump = random.nextInt(16);
      today = today.plusDays(jump == 0 ? 200 + random.nextInt(301) : jump < 4 ? random.nextInt(41) : random.nextInt(6));
      boolean valid = random.nextInt(4) != 0;
      LocalDate on = valid ? today : mangledDate(random, today);
      DesignationCommand command;
      String n = String.valueOf(++counter);
      switch (s < designations ? 0 : random.nextInt(10)) {
        case 0:
          command = DesignationCommand.propose().id(DesignationId.of("GEN-" + t)).listTypeCode(types[t].code())
              .subject(subjects[t]).criteriaVersion(valid || random.nextBoolean() ? "v1" : "v0").on(on)
              .grounds("事由").actor(ACTOR)
              .addAllDocuments(valid || random.nextBoolean()
                  ? ImmutableList.of(DocumentRef.of(Kind.EFFECTIVE_RULING, "罚-" + n, on)) : ImmutableList.of())
              .build();
          break;
        case 1:
          command = DesignationCommand.serveNotice().actor(ACTOR).notice(notice(random, on, valid)).build();
          break;
        case 2:
          command = DesignationCommand.waiveObjection().actor(ACTOR).on(on)
              .addAllDocuments(valid ? ImmutableList.of(DocumentRef.of(Kind.WRITTEN_WAIVER, "弃-" + n, on))
                  : ImmutableList.of()).build();
          break;
        case 3:
        case 4:
          command = DesignationCommand.fileObjection().actor(ACTOR).on(on)
              .addDocuments(DocumentRef.of(Kind.OBJECTION, "异-" + n, on)).build();
          break;
        case 5:
          command = DesignationCommand.answerObjection().actor(ACTOR).on(on).upheld(random.nextInt(4) == 0)
              .addAllDocuments(valid || random.nextBoolean()
                  ? ImmutableList.of(DocumentRef.of(Kind.OBJECTION_REPLY, "复-" + n, on)) : ImmutableList.of())
              .build();
          break;
        case 6:
        case 7:
          command = DesignationCommand.decide().actor(ACTOR).decision(decision(random, types[t], on, valid)).build();
          break;
        case 8:
          if (random.nextInt(4) == 0) {
            command = DesignationCommand.withdraw().actor(ACTOR).on(on).reason("撤回").build();
            break;
          }
          // fall through: more removals than withdrawals
        default:
          RemovalReason reason = RemovalReason.values()[random.nextInt(RemovalReason.values().length)];
          ImmutableList<DocumentRef> docs = reason.requiredDocument().isPresent() && (valid || random.nextBoolean())
              ? ImmutableList.of(DocumentRef.of(reason.requiredDocument().get(), "移-" + n, on)) : ImmutableList.of();
          command = DesignationCommand.remove().actor(ACTOR).on(on).reason(reason).addAllDocuments(docs).build();
          break;
      }
      steps.add(new Step(t, today, command, random.nextInt(20) == 0));
    }
    return new Sequence(registry(types), steps.build());
  }

  private static LocalDate mangledDate(SplittableRandom random, LocalDate today) {
    switch (random.nextInt(3)) {
      case 0:
        return today.plusDays(1 + random.nextInt(30)); // in the future
      case 1:
        return today.minusDays(1 + random.nextInt(60)); // possibly before the previous step
      default:
        return today;
    }
  }
}
