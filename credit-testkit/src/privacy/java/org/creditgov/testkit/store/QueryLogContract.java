package org.creditgov.testkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.privacy.query.Actor;
import org.creditgov.privacy.query.QueryLog;
import org.creditgov.privacy.query.QueryLogEntry;
import org.creditgov.privacy.query.QueryReview;
import org.creditgov.privacy.query.ReviewFlag;
import org.creditgov.privacy.query.ReviewState;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link QueryLog} (SEC-1, SEC-2), for any implementation: extend it and make
 * {@link #newLog()} return an empty log. Each clause of the interface's Javadoc is a test — entries
 * and reviews kept in the order registered; a second entry of a query id, or a review of a query
 * not registered, refused with nothing kept (also when 8 threads append the same query at once);
 * lookups by query and by pseudonym; counts per officer and day in China; where a query stands in
 * review — and a seeded property checks that what goes in comes out equal.
 *
 * <pre>{@code
 * class MyQueryLogTest extends QueryLogContract {
 *   protected QueryLog newLog() { return new MyQueryLog(freshDatabase()); }
 * }
 * }</pre>
 */
public abstract class QueryLogContract {

  /** For subclasses. */
  protected QueryLogContract() {}

  /** A new, empty log; called at the start of each test, and once per seed by the property. */
  protected abstract QueryLog newLog();

  private static SplittableRandom random() {
    return new SplittableRandom(20260601L);
  }

  private static final Instant MORNING = Instant.parse("2026-03-02T01:00:00Z"); // 09:00 in China on 2 March

  @Test
  @DisplayName("SEC-1: entries are kept whole, in the order registered, and found by query id")
  void entriesAreKeptInOrderAndFoundByQueryId() {
    QueryLog log = newLog();
    SplittableRandom r = random();
    List<QueryLogEntry> in = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      // query ids out of lexical order: the order is the order registered
      QueryLogEntry e = StoreValues.entry(r, "Q-" + (9 - i), StoreValues.token(r), StoreValues.actor(r), MORNING.plusSeconds(i));
      log.append(e);
      in.add(e);
    }
    assertEquals(in, log.entries());
    assertEquals(Optional.of(in.get(2)), log.entry("Q-7"));
    assertEquals(Optional.empty(), log.entry("Q-0"));
  }

  @Test
  @DisplayName("SEC-1: a second entry of a query id is refused and nothing of it is kept")
  void aSecondEntryOfAQueryIdIsRefused() {
    QueryLog log = newLog();
    SplittableRandom r = random();
    QueryLogEntry first = StoreValues.entry(r, "Q-1", StoreValues.token(r), StoreValues.actor(r), MORNING);
    log.append(first);
    String otherToken = StoreValues.token(r);
    Actor other = Actor.of("另一部门", "officer-x");
    QueryLogEntry again = StoreValues.entry(r, "Q-1", otherToken, other, MORNING);
    assertThrows(IllegalArgumentException.class, () -> log.append(again));
    assertEquals(List.of(first), log.entries());
    assertEquals(Optional.of(first), log.entry("Q-1"));
    assertEquals(List.of(), log.forSubject(otherToken));
    assertEquals(0, log.queriesBy(other, LocalDate.of(2026, 3, 2)));
  }

  @Test
  @DisplayName("SEC-1: of 8 threads registering the same query at once, exactly one is kept")
  void ofEightConcurrentAppendsOfOneQueryExactlyOneIsKept() throws Exception {
    QueryLog log = newLog();
    SplittableRandom r = random();
    List<QueryLogEntry> entries = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      entries.add(StoreValues.entry(r, "Q-1", StoreValues.token(r), StoreValues.actor(r), MORNING.plusSeconds(t)));
    }
    ImmutableList<Boolean> kept = ConsentStoreContract.race(8, t -> {
      try {
        log.append(entries.get(t));
        return true;
      } catch (IllegalArgumentException refused) {
        return false;
      }
    });
    assertEquals(1, kept.stream().filter(k -> k).count(), "kept: " + kept);
    assertEquals(List.of(entries.get(kept.indexOf(true))), log.entries());
  }

  @Test
  @DisplayName("SEC-2: reviews are kept beside their query, in order; a review of a query not registered is refused")
  void reviewsAreKeptInOrderAndNeedTheirQuery() {
    QueryLog log = newLog();
    SplittableRandom r = random();
    QueryLogEntry a = StoreValues.entry(r, "Q-1", StoreValues.token(r), StoreValues.actor(r), MORNING);
    QueryLogEntry b = StoreValues.entry(r, "Q-2", StoreValues.token(r), StoreValues.actor(r), MORNING);
    log.append(a);
    log.append(b);
    QueryReview first = StoreValues.review(r, "Q-1");
    QueryReview onB = StoreValues.review(r, "Q-2");
    QueryReview second = StoreValues.review(r, "Q-1");
    log.appendReview(first);
    log.appendReview(onB);
    log.appendReview(second);
    assertEquals(List.of(first, second), log.reviews("Q-1"));
    assertEquals(List.of(onB), log.reviews("Q-2"));
    assertThrows(IllegalArgumentException.class, () -> log.appendReview(StoreValues.review(r, "Q-9")));
    assertEquals(List.of(), log.reviews("Q-9"));
    assertEquals(List.of(a, b), log.entries());
  }

  @Test
  @DisplayName("SEC-1: the entries about a subject are found by its pseudonym, in order, and no one else's")
  void forSubjectFindsTheEntriesOfAPseudonymInOrder() {
    QueryLog log = newLog();
    SplittableRandom r = random();
    String token = StoreValues.token(r);
    String other = StoreValues.token(r);
    List<QueryLogEntry> about = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      QueryLogEntry e = StoreValues.entry(r, "Q-" + (9 - i), i % 3 == 0 ? other : token, StoreValues.actor(r), MORNING.plusSeconds(i));
      log.append(e);
      if (i % 3 != 0) {
        about.add(e);
      }
    }
    assertEquals(about, log.forSubject(token));
    assertEquals(2, log.forSubject(other).size());
    assertEquals(List.of(), log.forSubject(StoreValues.token(r)));
  }

  @Test
  @DisplayName("SEC-1: queries and refusals are counted per officer and per day in China (UTC+8)")
  void queriesAndRefusalsAreCountedPerOfficerAndChinaDay() {
    QueryLog log = newLog();
    SplittableRandom r = random();
    Actor officer = Actor.of("青铜峡市市场监督管理局", "officer-1");
    Actor colleague = Actor.of("青铜峡市市场监督管理局", "officer-2");
    Instant lateOnFirst = Instant.parse("2026-03-01T15:59:59.999999999Z"); // 23:59:59 on 1 March in China
    Instant earlyOnSecond = Instant.parse("2026-03-01T16:00:00Z"); // 00:00 on 2 March in China
    int i = 0;
    int refusedOnSecond = 0;
    for (Instant at : List.of(lateOnFirst, earlyOnSecond, MORNING, MORNING.plusSeconds(60))) {
      QueryLogEntry e = StoreValues.entry(r, "Q-" + i++, StoreValues.token(r), officer, at);
      log.append(e);
      if (!at.equals(lateOnFirst) && e.outcome() == Outcome.REFUSED) {
        refusedOnSecond++;
      }
    }
    log.append(refused(StoreValues.entry(r, "Q-" + i++, StoreValues.token(r), officer, MORNING)));
    refusedOnSecond++;
    log.append(StoreValues.entry(r, "Q-" + i, StoreValues.token(r), colleague, MORNING));
    assertEquals(1, log.queriesBy(officer, LocalDate.of(2026, 3, 1)));
    assertEquals(4, log.queriesBy(officer, LocalDate.of(2026, 3, 2)));
    assertEquals(refusedOnSecond, log.refusalsBy(officer, LocalDate.of(2026, 3, 2)));
    assertEquals(1, log.queriesBy(colleague, LocalDate.of(2026, 3, 2)));
    assertEquals(0, log.queriesBy(officer, LocalDate.of(2026, 3, 3)));
    assertEquals(0, log.queriesBy(Actor.of("另一部门", "officer-1"), LocalDate.of(2026, 3, 2)));
  }

  private static QueryLogEntry refused(QueryLogEntry e) {
    return QueryLogEntry.builder().from(e).outcome(Outcome.REFUSED).fieldsReturned(com.google.common.collect.ImmutableSetMultimap.of())
        .recordsReturned(0).build();
  }

  private static QueryLogEntry flagged(QueryLogEntry e, boolean flagged) {
    QueryLogEntry.Builder b = QueryLogEntry.builder().from(e).flags(List.of());
    if (flagged) {
      b.addFlags(ReviewFlag.values()[0]);
    }
    return b.build();
  }

  @Test
  @DisplayName("SEC-2: a query stands not flagged, flagged or reviewed; the flagged ones not reviewed await review, in order")
  void flaggedQueriesAwaitReviewUntilReviewed() {
    QueryLog log = newLog();
    SplittableRandom r = random();
    QueryLogEntry plain = flagged(StoreValues.entry(r, "Q-1", StoreValues.token(r), StoreValues.actor(r), MORNING), false);
    QueryLogEntry held = flagged(StoreValues.entry(r, "Q-2", StoreValues.token(r), StoreValues.actor(r), MORNING), true);
    QueryLogEntry heldToo = flagged(StoreValues.entry(r, "Q-3", StoreValues.token(r), StoreValues.actor(r), MORNING), true);
    log.append(plain);
    log.append(held);
    log.append(heldToo);
    assertEquals(Optional.of(ReviewState.NOT_FLAGGED), log.reviewState("Q-1"));
    assertEquals(Optional.of(ReviewState.FLAGGED), log.reviewState("Q-2"));
    assertEquals(Optional.empty(), log.reviewState("Q-9"));
    assertEquals(List.of(held, heldToo), log.awaitingReview());
    log.appendReview(StoreValues.review(r, "Q-2"));
    assertEquals(Optional.of(ReviewState.REVIEWED), log.reviewState("Q-2"));
    assertEquals(List.of(heldToo), log.awaitingReview());
  }

  @Test
  @DisplayName("SEC-1: generated entries and reviews come out of every lookup equal to what went in [seeded]")
  void generatedEntriesAndReviewsComeOutEqual() {
    assertTrue(Seeds.forEachSeed(40, seed -> {
      QueryLog log = newLog();
      SplittableRandom r = Seeds.random(seed);
      List<String> tokens = List.of(StoreValues.token(r), StoreValues.token(r));
      List<Actor> actors = List.of(StoreValues.actor(r), StoreValues.actor(r));
      List<QueryLogEntry> entries = new ArrayList<>();
      List<QueryReview> reviews = new ArrayList<>();
      int n = 1 + r.nextInt(8);
      for (int i = 0; i < n; i++) {
        QueryLogEntry e = StoreValues.entry(r, "Q-" + seed + "-" + i, tokens.get(r.nextInt(2)), actors.get(r.nextInt(2)),
            StoreValues.instant(r));
        log.append(e);
        entries.add(e);
        if (r.nextInt(3) == 0) {
          QueryReview rv = StoreValues.review(r, e.queryId());
          log.appendReview(rv);
          reviews.add(rv);
        }
      }
      assertEquals(entries, log.entries());
      for (QueryLogEntry e : entries) {
        assertEquals(Optional.of(e), log.entry(e.queryId()));
        assertEquals(reviews.stream().filter(rv -> rv.queryId().equals(e.queryId())).toList(), log.reviews(e.queryId()));
        LocalDate day = LocalDate.ofInstant(e.recordedAt(), org.creditgov.core.time.ChinaTime.ZONE);
        assertEquals(entries.stream().filter(x -> x.actor().equals(e.actor())
            && LocalDate.ofInstant(x.recordedAt(), org.creditgov.core.time.ChinaTime.ZONE).equals(day)).count(),
            log.queriesBy(e.actor(), day));
      }
      for (String token : tokens) {
        assertEquals(entries.stream().filter(e -> e.subjectToken().equals(token)).toList(), log.forSubject(token));
      }
      assertEquals(entries.stream().filter(e -> !e.flags().isEmpty()
          && reviews.stream().noneMatch(rv -> rv.queryId().equals(e.queryId()))).toList(), log.awaitingReview());
    }) > 0);
  }
}
