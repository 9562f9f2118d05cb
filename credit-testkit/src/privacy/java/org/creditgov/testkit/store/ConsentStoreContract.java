package org.creditgov.testkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.consent.ConsentStore;
import org.creditgov.privacy.consent.StoredConsent;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ConsentStore} (PRI-2, PRI-4), for any implementation: extend it and make
 * {@link #newStore()} return an empty store. Each clause of the interface's Javadoc is a test —
 * lookups by id, subject, (subject, party, purpose) and (party, purpose) in the order recorded; an
 * insert of an id already stored changes nothing; an update only from the version read, one
 * version on; of 8 threads updating from the same version exactly one wins — and a seeded property
 * checks that what goes in comes out equal through every lookup.
 *
 * <pre>{@code
 * class MyConsentStoreTest extends ConsentStoreContract {
 *   protected ConsentStore newStore() { return new MyConsentStore(freshDatabase()); }
 * }
 * }</pre>
 */
public abstract class ConsentStoreContract {

  /** For subclasses. */
  protected ConsentStoreContract() {}

  /** A new, empty store; called at the start of each test, and once per seed by the property. */
  protected abstract ConsentStore newStore();

  private static final String PURPOSE = "P-CREDIT-CHECK";
  private static final String BANK = "宁夏青铜峡农村商业银行";
  private static final String PROCESSOR = "银联征信处理中心";

  private static SplittableRandom random() {
    return new SplittableRandom(20260601L);
  }

  private static StoredConsent stored(SplittableRandom r, String id, SubjectRef subject, String party, String purpose) {
    return StoredConsent.builder().consent(StoreValues.consent(r, id, subject, party, purpose)).recordedAt(StoreValues.instant(r))
        .version(1).build();
  }

  private static StoredConsent withProcessor(SplittableRandom r, String id, SubjectRef subject, String party, String processor) {
    Consent c = StoreValues.consent(r, id, subject, party, PURPOSE).toBuilder().provisionTo(processor).build();
    return StoredConsent.builder().consent(c).recordedAt(StoreValues.instant(r)).version(1).build();
  }

  @Test
  @DisplayName("PRI-2: an inserted consent is found by its id, equal; an unknown id finds nothing")
  void insertedConsentIsFoundByIdEqual() {
    ConsentStore store = newStore();
    SplittableRandom r = random();
    StoredConsent c = stored(r, "C-1", StoreValues.subject(r), BANK, PURPOSE);
    assertTrue(store.insert(c));
    assertEquals(Optional.of(c), store.find("C-1"));
    assertEquals(Optional.empty(), store.find("C-2"));
  }

  @Test
  @DisplayName("PRI-2: an insert of an id already stored returns false and changes nothing")
  void insertOfAnIdAlreadyStoredChangesNothing() {
    ConsentStore store = newStore();
    SplittableRandom r = random();
    SubjectRef subject = StoreValues.subject(r);
    StoredConsent first = stored(r, "C-1", subject, BANK, PURPOSE);
    assertTrue(store.insert(first));
    SubjectRef other = StoreValues.subject(r);
    StoredConsent again = stored(r, "C-1", other, "另一家银行", "P-OTHER");
    assertFalse(store.insert(again));
    assertEquals(Optional.of(first), store.find("C-1"));
    assertEquals(List.of(first), store.forSubject(subject));
    assertEquals(List.of(), store.forSubject(other));
    assertEquals(List.of(), store.forParty("另一家银行", "P-OTHER"));
  }

  @Test
  @DisplayName("PRI-2: a consent is inserted at version 1 only")
  void insertAtAnotherVersionIsRefused() {
    ConsentStore store = newStore();
    SplittableRandom r = random();
    StoredConsent c = stored(r, "C-1", StoreValues.subject(r), BANK, PURPOSE).used();
    assertThrows(IllegalArgumentException.class, () -> store.insert(c));
    assertEquals(Optional.empty(), store.find("C-1"));
  }

  @Test
  @DisplayName("PRI-2: a subject's consents are listed in the order recorded, and no one else's")
  void forSubjectListsTheSubjectsConsentsInOrder() {
    ConsentStore store = newStore();
    SplittableRandom r = random();
    SubjectRef subject = StoreValues.subject(r);
    SubjectRef other = StoreValues.subject(r);
    List<StoredConsent> mine = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      // ids out of lexical order: the order is the order recorded
      StoredConsent c = stored(r, "C-" + (9 - i), subject, BANK, "P-" + i);
      assertTrue(store.insert(c));
      mine.add(c);
      assertTrue(store.insert(stored(r, "D-" + i, other, BANK, "P-" + i)));
    }
    assertEquals(mine, store.forSubject(subject));
    assertEquals(5, store.forSubject(other).size());
    assertEquals(List.of(), store.forSubject(SubjectRef.of(subject.type(), subject.identifier() + "0")));
  }

  @Test
  @DisplayName("PRI-4: matching finds the subject's consents naming the party as authorised party or as processor, for the purpose")
  void matchingFindsByAuthorisedPartyOrProcessorForThePurpose() {
    ConsentStore store = newStore();
    SplittableRandom r = random();
    SubjectRef subject = StoreValues.subject(r);
    SubjectRef other = StoreValues.subject(r);
    StoredConsent toBank = stored(r, "C-1", subject, BANK, PURPOSE);
    StoredConsent viaProcessor = withProcessor(r, "C-2", subject, "另一家银行", PROCESSOR);
    StoredConsent otherPurpose = stored(r, "C-3", subject, BANK, "P-MARKETING");
    StoredConsent otherSubject = stored(r, "C-4", other, BANK, PURPOSE);
    StoredConsent bankTwice = withProcessor(r, "C-5", subject, BANK, BANK);
    for (StoredConsent c : List.of(toBank, viaProcessor, otherPurpose, otherSubject, bankTwice)) {
      assertTrue(store.insert(c));
    }
    assertEquals(List.of(toBank, bankTwice), store.matching(subject, BANK, PURPOSE));
    assertEquals(List.of(viaProcessor), store.matching(subject, PROCESSOR, PURPOSE));
    assertEquals(List.of(viaProcessor), store.matching(subject, "另一家银行", PURPOSE));
    assertEquals(List.of(otherPurpose), store.matching(subject, BANK, "P-MARKETING"));
    assertEquals(List.of(otherSubject), store.matching(other, BANK, PURPOSE));
    assertEquals(List.of(), store.matching(other, PROCESSOR, PURPOSE));
    assertEquals(List.of(), store.matching(subject, BANK, "P-NONE"));
  }

  @Test
  @DisplayName("PRI-4: forParty finds the consents of every subject naming the party, for the purpose, in order")
  void forPartyFindsEverySubjectsConsentsNamingTheParty() {
    ConsentStore store = newStore();
    SplittableRandom r = random();
    StoredConsent a = stored(r, "C-1", StoreValues.subject(r), BANK, PURPOSE);
    StoredConsent b = withProcessor(r, "C-2", StoreValues.subject(r), "另一家银行", BANK);
    StoredConsent c = stored(r, "C-3", StoreValues.subject(r), BANK, "P-MARKETING");
    StoredConsent d = withProcessor(r, "C-4", StoreValues.subject(r), BANK, BANK);
    for (StoredConsent x : List.of(a, b, c, d)) {
      assertTrue(store.insert(x));
    }
    assertEquals(List.of(a, b, d), store.forParty(BANK, PURPOSE));
    assertEquals(List.of(b), store.forParty("另一家银行", PURPOSE));
    assertEquals(List.of(c), store.forParty(BANK, "P-MARKETING"));
    assertEquals(List.of(), store.forParty(PROCESSOR, PURPOSE));
  }

  @Test
  @DisplayName("PRI-2: an update from the version stored replaces the consent in every lookup")
  void updateFromTheStoredVersionReplacesItEverywhere() {
    ConsentStore store = newStore();
    SplittableRandom r = random();
    SubjectRef subject = StoreValues.subject(r);
    StoredConsent c = withProcessor(r, "C-1", subject, BANK, PROCESSOR);
    assertTrue(store.insert(c));
    StoredConsent used = c.used();
    assertTrue(store.update(1, used));
    StoredConsent withdrawn = used.withdrawn(Instant.parse("2026-07-01T08:00:00.123456789Z"));
    assertTrue(store.update(2, withdrawn));
    assertEquals(Optional.of(withdrawn), store.find("C-1"));
    assertEquals(List.of(withdrawn), store.forSubject(subject));
    assertEquals(List.of(withdrawn), store.matching(subject, BANK, PURPOSE));
    assertEquals(List.of(withdrawn), store.matching(subject, PROCESSOR, PURPOSE));
    assertEquals(List.of(withdrawn), store.forParty(PROCESSOR, PURPOSE));
  }

  @Test
  @DisplayName("PRI-4: an update from a version no longer stored, or of an id not stored, returns false and changes nothing")
  void updateFromAStaleVersionChangesNothing() {
    ConsentStore store = newStore();
    SplittableRandom r = random();
    StoredConsent c = stored(r, "C-1", StoreValues.subject(r), BANK, PURPOSE);
    assertTrue(store.insert(c));
    StoredConsent used = c.used();
    assertTrue(store.update(1, used));
    assertFalse(store.update(1, c.withdrawn(Instant.parse("2026-07-01T00:00:00Z"))));
    assertEquals(Optional.of(used), store.find("C-1"));
    StoredConsent absent = stored(r, "C-2", StoreValues.subject(r), BANK, PURPOSE);
    assertFalse(store.update(1, absent.used()));
    assertEquals(Optional.empty(), store.find("C-2"));
  }

  @Test
  @DisplayName("PRI-4: an update moves a consent exactly one version on")
  void updateSkippingAVersionIsRefused() {
    ConsentStore store = newStore();
    SplittableRandom r = random();
    StoredConsent c = stored(r, "C-1", StoreValues.subject(r), BANK, PURPOSE);
    assertTrue(store.insert(c));
    StoredConsent twice = c.used().used();
    assertThrows(IllegalArgumentException.class, () -> store.update(1, twice));
    assertThrows(IllegalArgumentException.class, () -> store.update(2, c.used()));
    assertEquals(Optional.of(c), store.find("C-1"));
  }

  @Test
  @DisplayName("PRI-4: of 8 threads updating one consent from the same version, exactly one wins and its change is kept")
  void ofEightConcurrentUpdatesExactlyOneWins() throws Exception {
    ConsentStore store = newStore();
    SplittableRandom r = random();
    StoredConsent c = stored(r, "C-1", StoreValues.subject(r), BANK, PURPOSE);
    assertTrue(store.insert(c));
    int threads = 8;
    for (int round = 0; round < 5; round++) {
      StoredConsent read = store.find("C-1").orElseThrow();
      List<StoredConsent> nexts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        nexts.add(t % 2 == 0 ? read.used() : read.withdrawn(Instant.parse("2026-07-01T00:00:00Z").plusSeconds(t)));
      }
      ImmutableList<Boolean> won = race(threads, t -> store.update(read.version(), nexts.get(t)));
      assertEquals(1, won.stream().filter(w -> w).count(), "winners of round " + round + ": " + won);
      assertEquals(Optional.of(nexts.get(won.indexOf(true))), store.find("C-1"));
    }
  }

  /** A task of thread {@code t} of a race. */
  @FunctionalInterface
  protected interface RaceTask<T> {
    /** What thread {@code t} does once all threads are ready. */
    T run(int t) throws Exception;
  }

  /** Runs {@code task} on {@code threads} threads released together; their results in thread order. */
  protected static <T> ImmutableList<T> race(int threads, RaceTask<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return task.run(thread);
        }));
      }
      assertTrue(ready.await(30, TimeUnit.SECONDS), "threads started");
      go.countDown();
      ImmutableList.Builder<T> out = ImmutableList.builder();
      for (Future<T> f : results) {
        out.add(f.get(60, TimeUnit.SECONDS));
      }
      return out.build();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("PRI-2: generated consents and their changes come out of every lookup equal to what went in [seeded]")
  void generatedConsentsComeOutEqual() {
    assertTrue(Seeds.forEachSeed(40, seed -> {
      ConsentStore store = newStore();
      SplittableRandom r = Seeds.random(seed);
      List<SubjectRef> subjects = List.of(StoreValues.subject(r), StoreValues.subject(r));
      List<String> parties = List.of(StoreValues.text(r), StoreValues.text(r) + "-2");
      List<StoredConsent> current = new ArrayList<>();
      int n = 1 + r.nextInt(6);
      for (int i = 0; i < n; i++) {
        StoredConsent c = StoreValues.stored(r, StoreValues.consent(r, "C-" + seed + "-" + i, subjects.get(r.nextInt(2)),
            parties.get(r.nextInt(2)), "P-" + r.nextInt(2)));
        assertTrue(store.insert(c));
        current.add(c);
      }
      for (int step = r.nextInt(4); step > 0; step--) {
        int i = r.nextInt(n);
        StoredConsent before = current.get(i);
        StoredConsent next = r.nextBoolean() ? before.used() : before.withdrawn(StoreValues.instant(r));
        assertTrue(store.update(before.version(), next));
        current.set(i, next);
      }
      for (StoredConsent c : current) {
        assertEquals(Optional.of(c), store.find(c.id()));
      }
      for (SubjectRef s : subjects) {
        assertEquals(current.stream().filter(c -> c.consent().subject().equals(s)).toList(), store.forSubject(s));
        for (String party : parties) {
          for (String purpose : List.of("P-0", "P-1")) {
            assertEquals(current.stream().filter(c -> c.consent().subject().equals(s) && c.consent().covers(party)
                && c.consent().purposeCode().equals(purpose)).toList(), store.matching(s, party, purpose));
          }
        }
      }
      for (String party : parties) {
        for (String purpose : List.of("P-0", "P-1")) {
          assertEquals(current.stream().filter(c -> c.consent().covers(party) && c.consent().purposeCode().equals(purpose)).toList(),
              store.forParty(party, purpose));
        }
      }
    }) > 0);
  }
}
