package org.creditgov.rules.designation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.creditgov.rules.procedure.AppendResult;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Optimistic concurrency under 8 threads released together by a latch: two officers acting on one
 * designation cannot both succeed, and no event is lost or duplicated.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void shutdown() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void eightOfficersDecidingAtOnceOnlyOneSucceedsTheOthersGetAConflict() throws Exception {
    TestClock clock = TestClock.at(LocalDate.of(2025, 3, 20));
    InMemoryDesignationStore store = DesignationStore.inMemory();
    DesignationService service = Fixtures.service(store, clock);
    DesignationId id = DesignationId.of("RACE-1");
    clock.set(DAY);
    assertThat(service.propose(Fixtures.propose(id.value(), DAY)).isAccepted()).isTrue();
    assertThat(service.execute(id, 1, Fixtures.serve(DAY)).isAccepted()).isTrue();
    clock.set(LocalDate.of(2025, 3, 20));

    CountDownLatch start = new CountDownLatch(1);
    List<Future<CommandResult>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(pool.submit(() -> {
        start.await();
        return service.execute(id, 2, Fixtures.decide(LocalDate.of(2025, 3, 20)));
      }));
    }
    start.countDown();
    int accepted = 0;
    int conflicts = 0;
    for (Future<CommandResult> f : futures) {
      CommandResult r = f.get(30, TimeUnit.SECONDS);
      if (r instanceof CommandResult.Accepted) {
        accepted++;
      } else {
        assertThat(r).isEqualTo(new CommandResult.Conflict(id, 2, 3));
        conflicts++;
      }
    }
    assertThat(accepted).isEqualTo(1);
    assertThat(conflicts).isEqualTo(THREADS - 1);
    assertThat(store.load(id)).hasSize(3);
    assertThat(store.drainChanges()).hasSize(1);
  }

  @Test
  void eightThreadsFilingAndAnsweringObjectionsLoseAndDuplicateNoEvent() throws Exception {
    TestClock clock = TestClock.at(DAY);
    InMemoryDesignationStore store = DesignationStore.inMemory();
    DesignationService service = Fixtures.service(store, clock);
    DesignationId id = DesignationId.of("RACE-2");
    service.propose(Fixtures.propose(id.value(), DAY));
    service.execute(id, 1, Fixtures.serve(DAY));

    int stepsPerThread = 60;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<DesignationEvent>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(pool.submit(() -> {
        start.await();
        List<DesignationEvent> mine = new ArrayList<>();
        while (mine.size() < stepsPerThread) {
          Designation d = service.find(id).orElseThrow();
          DesignationCommand next = d.statusOnLastStep() == Status.OBJECTION_PENDING
              ? Fixtures.answer(DAY, false)
              : Fixtures.object(DAY);
          CommandResult r = service.execute(id, d.version(), next);
          if (r instanceof CommandResult.Accepted) {
            mine.add(((CommandResult.Accepted) r).event());
          } else {
            assertThat(r).isInstanceOf(CommandResult.Conflict.class);
          }
        }
        return mine;
      }));
    }
    start.countDown();
    Set<Long> versions = new HashSet<>();
    List<DesignationEvent> acceptedEvents = new ArrayList<>();
    for (Future<List<DesignationEvent>> f : futures) {
      for (DesignationEvent e : f.get(60, TimeUnit.SECONDS)) {
        assertThat(versions.add(e.version())).as("version %s accepted twice", e.version()).isTrue();
        acceptedEvents.add(e);
      }
    }
    ImmutableList<DesignationEvent> stored = store.load(id);
    assertThat(stored).hasSize(2 + THREADS * stepsPerThread);
    assertThat(stored.subList(2, stored.size())).containsExactlyInAnyOrderElementsOf(acceptedEvents);
    for (int i = 0; i < stored.size(); i++) {
      assertThat(stored.get(i).version()).isEqualTo(i + 1);
    }
    // the history alternates file, answer, file, answer …: every accepted step was judged on the latest state
    for (int i = 2; i < stored.size(); i++) {
      assertThat(stored.get(i)).isInstanceOf(i % 2 == 0 ? DesignationEvent.ObjectionFiled.class
          : DesignationEvent.ObjectionAnswered.class);
    }
  }

  @Test
  void theStoreAloneLetsExactlyOneOfEightAppendsAtOneVersionWin() throws Exception {
    InMemoryDesignationStore store = DesignationStore.inMemory();
    TestClock clock = TestClock.at(DAY);
    DesignationService service = Fixtures.service(store, clock);
    DesignationId id = DesignationId.of("RACE-3");
    DesignationEvent proposal = ((CommandResult.Accepted) service.propose(Fixtures.propose(id.value(), DAY))).event();
    DesignationStore fresh = DesignationStore.inMemory();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<AppendResult>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(pool.submit(() -> {
        start.await();
        return fresh.append(id, 0, ImmutableList.of(proposal), List.of());
      }));
    }
    start.countDown();
    int appended = 0;
    for (Future<AppendResult> f : futures) {
      AppendResult r = f.get(30, TimeUnit.SECONDS);
      if (r instanceof AppendResult.Appended) {
        appended++;
      } else {
        assertThat(r).isEqualTo(new AppendResult.Conflict(0, 1));
      }
    }
    assertThat(appended).isEqualTo(1);
    assertThat(fresh.load(id)).containsExactly(proposal);
  }
}
