package org.creditgov.bench.designation;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.DecisionDocument;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.DocumentRef.Kind;
import org.creditgov.rules.designation.ListType;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.PriorNotice;
import org.creditgov.testkit.DesignationGenerators;

/**
 * Realistic histories for the benchmarks, made through the service itself: a designation is
 * proposed, notified, objected to, the objection answered, decided and (one in four) removed on
 * repair, which is 5 or 6 events. The list type and the actor are shared, as they are in a
 * deployment; subjects, documents and events are distinct per designation. The oversight
 * benchmark uses them too.
 */
public final class BenchData {

  /** The data of one benchmark run: a fresh store and service. */
  public BenchData() {}

  static final LocalDate START = LocalDate.of(2023, 3, 1);

  /** A settable clock: the service's only time source. */
  static final class SettableClock extends Clock {
    private Instant now;

    SettableClock(LocalDate today) {
      set(today);
    }

    void set(LocalDate today) {
      now = today.atTime(12, 0).atZone(ChinaTime.ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
      return ChinaTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final ListType type = DesignationGenerators.listType(new java.util.SplittableRandom(42));
  /** The registry of one test layer holding the list type: what replay resolves the proposals' references in. */
  final ListTypeRegistry listTypes = DesignationGenerators.registry(type);
  final SettableClock clock = new SettableClock(START);
  final DesignationStore store = DesignationStore.inMemory();
  /** The benchmark's histories remove some listings as repaired: every repair counts as approved (REP-3). */
  private static final org.creditgov.rules.designation.RepairApprovals APPROVED = new org.creditgov.rules.designation.RepairApprovals() {
    @Override
    public java.util.Optional<org.creditgov.rules.designation.DocumentRef> approvalOfListing(
        org.creditgov.rules.designation.DesignationId id) {
      return java.util.Optional.of(org.creditgov.rules.designation.DocumentRef.of(
          org.creditgov.rules.designation.DocumentRef.Kind.REPAIR_APPROVAL, "bench-approval", START));
    }

    @Override
    public java.util.Optional<org.creditgov.rules.designation.DocumentRef> approvalOfRecord(String documentNumber) {
      return java.util.Optional.empty();
    }
  };

  final DesignationService service = DesignationService.builder().store(store)
      .clock(clock).listTypes(listTypes).repairs(APPROVED).build();

  /** Creates {@code count} designations in the store; the histories of all, in id order of creation. */
  public List<ImmutableList<DesignationEvent>> create(int count) {
    List<ImmutableList<DesignationEvent>> histories = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      DesignationId id = DesignationId.of("BENCH-" + i);
      LocalDate day = START;
      clock.set(day);
      expectAccepted(service.propose(DesignationCommand.propose().id(id).listTypeCode(type.code())
          .subject(Organisation.of(SubjectType.LEGAL_PERSON, code(i), "企业" + i))
          .criteriaVersion(type.criteriaVersion()).on(day).grounds("事由" + i).actor(DesignationGenerators.ACTOR)
          .addDocuments(DocumentRef.of(Kind.EFFECTIVE_RULING, "罚-" + i, day)).build()));
      day = day.plusDays(1);
      clock.set(day);
      PriorNotice notice = PriorNotice.builder().documentNumber("告-" + i).grounds("事由" + i)
          .addLegalBases(DesignationGenerators.LAW).rights("当事人有权提出异议").servedOn(day).build();
      expectAccepted(service.execute(id, 1, DesignationCommand.serveNotice().actor(DesignationGenerators.ACTOR)
          .notice(notice).build()));
      day = day.plusDays(1);
      clock.set(day);
      expectAccepted(service.execute(id, 2, DesignationCommand.fileObjection().actor(DesignationGenerators.ACTOR)
          .on(day).addDocuments(DocumentRef.of(Kind.OBJECTION, "异-" + i, day)).build()));
      day = day.plusDays(1);
      clock.set(day);
      expectAccepted(service.execute(id, 3, DesignationCommand.answerObjection().actor(DesignationGenerators.ACTOR)
          .on(day).upheld(false).addDocuments(DocumentRef.of(Kind.OBJECTION_REPLY, "复-" + i, day)).build()));
      day = START.plusDays(60);
      clock.set(day);
      DecisionDocument decision = DesignationGenerators.decision(new java.util.SplittableRandom(i), type, day, true);
      expectAccepted(service.execute(id, 4, DesignationCommand.decide().actor(DesignationGenerators.ACTOR)
          .decision(decision).build()));
      if (i % 4 == 0) {
        day = day.plusDays(200);
        clock.set(day);
        expectAccepted(service.execute(id, 5, DesignationCommand.remove().actor(DesignationGenerators.ACTOR)
            .on(day).reason(org.creditgov.rules.designation.RemovalReason.REPAIRED)
            .addDocuments(DocumentRef.of(Kind.REPAIR_APPROVAL, "修-" + i, day)).build()));
      }
      histories.add(store.load(id));
    }
    return histories;
  }

  private static void expectAccepted(CommandResult r) {
    if (!r.isAccepted()) {
      throw new IllegalStateException("benchmark data refused: " + r);
    }
  }

  private static UnifiedSocialCreditCode code(int i) {
    String org8 = String.format("%08d", i % 100_000_000);
    String body = "91640381" + org8 + UnifiedSocialCreditCode.organisationCodeCheckCharacter(org8);
    return UnifiedSocialCreditCode.parse(body + UnifiedSocialCreditCode.checkCharacter(body));
  }

}
