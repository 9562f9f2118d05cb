package org.creditgov.testkit.store;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.creditgov.core.RequirementId;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.InMemoryDesignationStore;
import org.creditgov.rules.designation.ListType;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.ListingChange;
import org.creditgov.rules.designation.RemovalReason;
import org.creditgov.rules.procedure.AppendResult;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.ChangeKind;
import org.creditgov.rules.sync.Delivery;
import org.creditgov.rules.sync.DeliveryState;
import org.creditgov.rules.sync.SyncStore;
import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.testkit.DesignationGenerators;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * The contracts of the storage SPIs, as JUnit dynamic tests any implementation runs (a vendor's
 * store too), one test per rule, each naming the requirement it serves; the property tests loop
 * seeded generated histories and name the failing seed and the switch that reproduces it:
 *
 * <ul>
 *   <li>{@link #designationStore}: the {@code EventStore} contract on designations (DES-6, DES-7,
 *       REP-3) — what a {@code DesignationService} appends over generated command sequences reads
 *       (and a complete procedure that lists and removes) reads back equal to the in-memory
 *       reference's, ids in order; every listing's and removal's change
 *       stored with its step, once; a stale append stores nothing and answers the version found; of
 *       8 concurrent writers of one version exactly one wins; appends that break the contract are
 *       refused with nothing stored;
 *   <li>{@link #syncStore}: the {@code SyncStore} contract (REP-3) — one delivery per (target,
 *       change id) however often a change is enqueued, sends and acknowledgements move it on and a
 *       second acknowledgement changes nothing, an unknown delivery is refused, deliveries by target
 *       then change id.
 * </ul>
 *
 * <pre>{@code
 * class MyStoreContractTest {
 *   @TestFactory
 *   Stream<DynamicNode> designationStore() {
 *     return StoreContracts.designationStore(listTypes -> MyStore.fresh(listTypes), s -> s.outboxChangeIds());
 *   }
 *
 *   @TestFactory
 *   Stream<DynamicNode> syncStore() {
 *     return StoreContracts.syncStore(targets -> MySyncStore.fresh(targets));
 *   }
 * }
 * }</pre>
 */
public final class StoreContracts {

  /** The seeds of the property tests by default. */
  public static final int SEEDS = 12;
  private static final int DESIGNATIONS = 3;
  private static final int STEPS = 30;
  private static final int WRITERS = 8;

  private StoreContracts() {}

  private static String name(RequirementId r, String what) {
    return r.id() + " " + r.titleZh() + " (" + r.titleEn() + "): " + what;
  }

  /** {@link #designationStore(Supplier, Function, int)} over {@value #SEEDS} seeds. */
  public static <S extends DesignationStore> Stream<DynamicNode> designationStore(
      Function<? super ListTypeRegistry, ? extends S> fresh, Function<? super S, ? extends Collection<String>> storedChangeIds) {
    return designationStore(fresh, storedChangeIds, SEEDS);
  }

  /**
   * The contract of a designation store. {@code fresh} gives a new, empty store for each test
   * and seed, whose designations are made with the given list types (a store that replays
   * histories, for a projection, replays them with these); {@code storedChangeIds} reads the change ids ({@link ListingChange#changeId()}) its
   * outbox holds (any number of copies of each: per target, say).
   *
   * @throws IllegalArgumentException if {@code seeds} is not positive
   */
  public static <S extends DesignationStore> Stream<DynamicNode> designationStore(
      Function<? super ListTypeRegistry, ? extends S> fresh, Function<? super S, ? extends Collection<String>> storedChangeIds,
      int seeds) {
    requireNonNull(fresh, "fresh");
    requireNonNull(storedChangeIds, "storedChangeIds");
    if (seeds <= 0) {
      throw new IllegalArgumentException("at least one seed: " + seeds);
    }
    return Stream.of(
        DynamicTest.dynamicTest(name(RequirementId.DES_7, "what the service appends reads back equal, ids in order")
            + " [" + seeds + " seeds]", () -> Seeds.forEachSeed(seeds, seed -> {
              Run<S> ran = Run.of(seed, fresh);
              S store = ran.store;
              for (DesignationId id : ran.reference.ids()) {
                assertEquals(ran.reference.load(id), store.load(id), "the history of " + id);
              }
              assertEquals(ran.reference.ids(), store.ids(), "the ids");
              assertEquals(ImmutableList.of(), store.load(DesignationId.of("NEVER-STORED")), "an unknown id");
            })),
        DynamicTest.dynamicTest(name(RequirementId.REP_3, "every listing and removal is stored with its step, once")
            + " [" + seeds + " seeds]", () -> Seeds.forEachSeed(seeds, seed -> {
              Run<S> ran = Run.of(seed, fresh);
              S store = ran.store;
              Set<String> want = new TreeSet<>();
              ran.reference.changes().forEach(m -> want.add(m.changeId()));
              assertEquals(ran.reference.changes().size(), want.size(), "the reference stores each change once");
              assertEquals(want, new TreeSet<>(storedChangeIds.apply(store)), "the change ids in the outbox");
            })),
        DynamicTest.dynamicTest(name(RequirementId.DES_7, "a stale append stores nothing and answers the version found"),
            () -> {
              S store = Run.of(Seeds.DEFAULT_BASE + 2, fresh).store;
              ImmutableList<DesignationEvent> history = longest(store);
              DesignationId id = history.get(0).designationId();
              Set<String> before = ImmutableSet.copyOf(storedChangeIds.apply(store));
              int n = history.size();
              AppendResult r = store.append(id, n - 1, history.subList(n - 1, n), List.of());
              assertEquals(new AppendResult.Conflict(n - 1, n), r, "the answer to a stale append");
              assertEquals(history, store.load(id), "the history after a stale append");
              assertEquals(before, ImmutableSet.copyOf(storedChangeIds.apply(store)), "the outbox after a stale append");
            }),
        DynamicTest.dynamicTest(name(RequirementId.DES_7, "of " + WRITERS + " concurrent writers of one version exactly one wins"),
            () -> {
              Run<DesignationStore> run = Run.of(Seeds.DEFAULT_BASE, r -> DesignationStore.inMemory());
              InMemoryDesignationStore reference = run.reference;
              S store = fresh.apply(run.listTypes);
              DesignationId id = reference.ids().get(0);
              List<DesignationEvent> first = reference.load(id).subList(0, 1);
              ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
              try {
                CyclicBarrier start = new CyclicBarrier(WRITERS);
                List<Future<AppendResult>> results = new ArrayList<>();
                for (int i = 0; i < WRITERS; i++) {
                  results.add(pool.submit(() -> {
                    start.await();
                    return store.append(id, 0, first, List.of());
                  }));
                }
                int won = 0;
                for (Future<AppendResult> f : results) {
                  AppendResult r = f.get(60, TimeUnit.SECONDS);
                  if (r instanceof AppendResult.Appended) {
                    won++;
                  } else {
                    assertEquals(new AppendResult.Conflict(0, 1), r, "a losing writer's answer");
                  }
                }
                assertEquals(1, won, "the writers that won");
                assertEquals(first, store.load(id), "the history");
              } finally {
                pool.shutdownNow();
              }
            }),
        DynamicTest.dynamicTest(name(RequirementId.DES_7, "appends that break the contract are refused, nothing stored"),
            () -> {
              Run<DesignationStore> run = Run.of(Seeds.DEFAULT_BASE + 1, r -> DesignationStore.inMemory());
              InMemoryDesignationStore reference = run.reference;
              S store = fresh.apply(run.listTypes);
              DesignationId id = reference.ids().get(0);
              ImmutableList<DesignationEvent> events = reference.load(id);
              DesignationId other = DesignationId.of("OTHER-CASE");
              assertThrows(IllegalArgumentException.class, () -> store.append(id, 0, List.of(), List.of()), "no event");
              assertThrows(IllegalArgumentException.class, () -> store.append(other, 0, events.subList(0, 1), List.of()),
                  "an event of another case");
              if (events.size() > 1) {
                assertThrows(IllegalArgumentException.class, () -> store.append(id, 0, events.subList(1, 2), List.of()),
                    "an event of the wrong version");
              }
              assertThrows(NullPointerException.class, () -> store.load(nullId()), "a null id");
              assertEquals(ImmutableList.of(), store.load(id), "nothing stored");
              assertEquals(ImmutableList.of(), store.ids(), "no id stored");
            }));
  }

  @SuppressWarnings("NullAway") // on purpose: the contract refuses a null id
  private static DesignationId nullId() {
    return null;
  }

  /** The longest history in {@code store}. */
  private static ImmutableList<DesignationEvent> longest(DesignationStore store) {
    ImmutableList<DesignationEvent> best = ImmutableList.of();
    for (DesignationId id : store.ids()) {
      ImmutableList<DesignationEvent> h = store.load(id);
      best = h.size() > best.size() ? h : best;
    }
    if (best.isEmpty()) {
      throw new AssertionError("the generated run stored nothing");
    }
    return best;
  }

  /** A generated sequence run through two services: one over the store under test, one over the in-memory reference. */
  private record Run<S extends DesignationStore>(S store, InMemoryDesignationStore reference, ListTypeRegistry listTypes) {
    static <S extends DesignationStore> Run<S> of(long seed, Function<? super ListTypeRegistry, ? extends S> fresh) {
      DesignationGenerators.Sequence sequence = DesignationGenerators.sequence(Seeds.random(seed), DESIGNATIONS, STEPS);
      S store = fresh.apply(sequence.listTypes());
      InMemoryDesignationStore reference = DesignationStore.inMemory();
      TestClock clock = TestClock.at(sequence.steps().get(0).today());
      DesignationService tested = service(store, clock, sequence.listTypes());
      DesignationService expected = service(reference, clock, sequence.listTypes());
      ImmutableList<DesignationId> ids = DesignationGenerators.ids(DESIGNATIONS);
      for (DesignationGenerators.Step step : sequence.steps()) {
        clock.set(step.today());
        DesignationCommand c = step.command();
        if (c instanceof DesignationCommand.Propose) {
          var unused1 = tested.propose((DesignationCommand.Propose) c);
          var unused2 = expected.propose((DesignationCommand.Propose) c);
        } else {
          DesignationId id = ids.get(step.target());
          long current = expected.find(id).map(Designation::version).orElse(1L);
          long version = step.staleVersion() && current > 1 ? current - 1 : current;
          var unused1 = tested.execute(id, version, c);
          var unused2 = expected.execute(id, version, c);
        }
      }
      scripted(tested, expected, clock, sequence, seed);
      return new Run<>(store, reference, sequence.listTypes());
    }

    /** A complete procedure after the generated steps, so that every run lists and removes at least once. */
    private static void scripted(DesignationService tested, DesignationService expected, TestClock clock,
        DesignationGenerators.Sequence sequence, long seed) {
      Optional<ListType> lawful = sequence.listTypes().versions().get(0).listTypes().stream()
          .filter(t -> t.basis().equals(DesignationGenerators.LAW)).findFirst();
      if (lawful.isEmpty()) {
        return; // every generated list type rests on a normative document: nothing can be listed on them
      }
      ListType type = lawful.get();
      SplittableRandom random = new SplittableRandom(seed);
      LocalDate on = LocalDate.of(2025, 3, 3); // a date the working-day calendar covers
      DesignationId id = DesignationId.of("CONTRACT-1");
      Actor actor = DesignationGenerators.ACTOR;
      LocalDate removed = on.plusDays(20);
      List<DesignationCommand> steps = List.of(
          DesignationCommand.serveNotice().actor(actor).notice(DesignationGenerators.notice(random, on, true)).build(),
          DesignationCommand.waiveObjection().actor(actor).on(on)
              .addDocuments(DocumentRef.of(DocumentRef.Kind.WRITTEN_WAIVER, "弃-C", on)).build(),
          DesignationCommand.decide().actor(actor).decision(DesignationGenerators.decision(random, type, on, true)).build(),
          DesignationCommand.remove().actor(actor).on(removed).reason(RemovalReason.ERROR_CORRECTED)
              .addDocuments(DocumentRef.of(DocumentRef.Kind.CORRECTION, "纠-C", removed)).build());
      clock.set(on);
      DesignationCommand.Propose propose = DesignationCommand.propose().id(id).listTypeCode(type.code())
          .subject(DesignationGenerators.subject(random, LocalDate.of(1990, 1, 1))).criteriaVersion("v1").on(on)
          .grounds("事由").actor(actor).addDocuments(DocumentRef.of(DocumentRef.Kind.EFFECTIVE_RULING, "罚-C", on)).build();
      var unused1 = tested.propose(propose);
      if (!expected.propose(propose).isAccepted()) {
        throw new IllegalStateException("the contract's own procedure was refused: " + propose);
      }
      for (int i = 0; i < steps.size(); i++) {
        if (i == steps.size() - 1) {
          clock.set(removed);
        }
        var unused2 = tested.execute(id, i + 1, steps.get(i));
        if (!expected.execute(id, i + 1, steps.get(i)).isAccepted()) {
          throw new IllegalStateException("the contract's own procedure was refused at step " + (i + 2));
        }
      }
    }

    private static DesignationService service(DesignationStore store, TestClock clock, ListTypeRegistry listTypes) {
      return DesignationService.builder().store(store).clock(clock).listTypes(listTypes).build();
    }
  }

  /**
   * The contract of a sync store (REP-3). {@code fresh} gives a new, empty store delivering to
   * the given targets, for each test.
   */
  public static Stream<DynamicNode> syncStore(Function<List<SyncTarget>, ? extends SyncStore> fresh) {
    requireNonNull(fresh, "fresh");
    List<SyncTarget> targets = List.of(SyncTarget.SHARING_PLATFORM, SyncTarget.CREDIT_CHINA);
    LocalDate day = LocalDate.of(2025, 6, 2);
    Change a = change("sync:A:1:LISTED", day, 1);
    Change b = change("sync:B:1:LISTED", day, 2);
    return Stream.of(
        DynamicTest.dynamicTest(name(RequirementId.REP_3, "one delivery per target and change, however often enqueued"),
            () -> {
              SyncStore s = fresh.apply(targets);
              ImmutableList<Delivery> created = s.enqueue(a);
              assertEquals(2, created.size(), "deliveries created");
              for (Delivery d : created) {
                assertEquals(DeliveryState.PENDING, d.state(), "a new delivery's state");
                assertEquals(0, d.attempts(), "a new delivery's attempts");
                assertEquals(a, d.change(), "the change");
              }
              assertEquals(ImmutableList.of(), s.enqueue(a), "enqueued again");
              assertEquals(2, s.deliveries().size(), "deliveries");
            }),
        DynamicTest.dynamicTest(name(RequirementId.REP_3, "sends and acknowledgements move a delivery on, once"), () -> {
          SyncStore s = fresh.apply(targets);
          var unused = s.enqueue(a);
          Delivery sent = s.sent(SyncTarget.CREDIT_CHINA, a.changeId());
          assertEquals(DeliveryState.SENT, sent.state(), "after a send");
          assertEquals(1, sent.attempts(), "attempts after a send");
          Delivery acked = s.acknowledged(SyncTarget.CREDIT_CHINA, a.changeId(), day);
          assertEquals(DeliveryState.ACKNOWLEDGED, acked.state(), "after the acknowledgement");
          assertEquals(Optional.of(day), acked.acknowledgedOn(), "the day acknowledged");
          assertTrue(acked.sameDay(), "acknowledged the day it took effect");
          assertEquals(acked, s.acknowledged(SyncTarget.CREDIT_CHINA, a.changeId(), day.plusDays(3)),
              "a second acknowledgement");
          assertEquals(DeliveryState.ACKNOWLEDGED, s.sent(SyncTarget.CREDIT_CHINA, a.changeId()).state(),
              "a send after the acknowledgement");
          assertEquals(List.of(a.changeId()), s.unacknowledged(SyncTarget.SHARING_PLATFORM).stream()
              .map(d -> d.change().changeId()).toList(), "unacknowledged at the other target");
          assertEquals(List.of(), s.unacknowledged(SyncTarget.CREDIT_CHINA), "unacknowledged at the target");
        }),
        DynamicTest.dynamicTest(name(RequirementId.REP_3, "an unknown delivery is refused"), () -> {
          SyncStore s = fresh.apply(targets);
          assertThrows(IllegalArgumentException.class, () -> s.sent(SyncTarget.CREDIT_CHINA, "none"), "send");
          assertThrows(IllegalArgumentException.class, () -> s.acknowledged(SyncTarget.CREDIT_CHINA, "none", day),
              "acknowledgement");
        }),
        DynamicTest.dynamicTest(name(RequirementId.REP_3, "deliveries by target, then change id"), () -> {
          SyncStore s = fresh.apply(targets);
          var unused1 = s.enqueue(b);
          var unused2 = s.enqueue(a);
          List<String> keys = s.deliveries().stream().map(d -> d.target().code() + " " + d.change().changeId()).toList();
          assertEquals(List.of("credit-china " + a.changeId(), "credit-china " + b.changeId(),
              "sharing-platform " + a.changeId(), "sharing-platform " + b.changeId()), keys, "the order");
          assertInstanceOf(Delivery.class, s.deliveries().get(0));
        }));
  }

  private static Change change(String id, LocalDate day, int subject) {
    SubjectRef ref = SubjectRef.of(SubjectType.LEGAL_PERSON,
        DesignationGenerators.creditCode(new SplittableRandom(subject)).value());
    return new Change(id, ChangeKind.LISTED, ref, "ITEM", "决-" + subject, "测试局", day, "sync:" + subject);
  }
}
