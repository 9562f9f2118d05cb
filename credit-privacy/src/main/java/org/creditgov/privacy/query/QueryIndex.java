package org.creditgov.privacy.query;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.time.ChinaTime;

/** The lookups of a query log, kept in memory: by query, by subject, by officer and day. Not thread-safe. */
final class QueryIndex {

  private final List<QueryLogEntry> entries = new ArrayList<>();
  private final Map<String, QueryLogEntry> byQuery = new HashMap<>();
  private final Map<String, List<QueryLogEntry>> bySubject = new HashMap<>();
  private final Map<String, int[]> byOfficerDay = new HashMap<>();
  private final Map<String, List<QueryReview>> reviews = new HashMap<>();

  void checkNew(QueryLogEntry e) {
    if (byQuery.containsKey(e.queryId())) {
      throw new IllegalArgumentException("query " + e.queryId() + " is already registered");
    }
  }

  void checkReviewable(QueryReview r) {
    if (!byQuery.containsKey(r.queryId())) {
      throw new IllegalArgumentException("no query " + r.queryId() + " is registered");
    }
  }

  void add(QueryLogEntry e) {
    checkNew(e);
    entries.add(e);
    byQuery.put(e.queryId(), e);
    bySubject.computeIfAbsent(e.subjectToken(), k -> new ArrayList<>()).add(e);
    int[] counts = byOfficerDay.computeIfAbsent(key(e.actor(), LocalDate.ofInstant(e.recordedAt(), ChinaTime.ZONE)), k -> new int[2]);
    counts[0]++;
    if (e.refused()) {
      counts[1]++;
    }
  }

  void add(QueryReview r) {
    checkReviewable(r);
    reviews.computeIfAbsent(r.queryId(), k -> new ArrayList<>()).add(r);
  }

  ImmutableList<QueryLogEntry> entries() {
    return ImmutableList.copyOf(entries);
  }

  Optional<QueryLogEntry> entry(String queryId) {
    return Optional.ofNullable(byQuery.get(queryId));
  }

  ImmutableList<QueryLogEntry> forSubject(String token) {
    List<QueryLogEntry> l = bySubject.get(token);
    return l == null ? ImmutableList.of() : ImmutableList.copyOf(l);
  }

  ImmutableList<QueryReview> reviews(String queryId) {
    List<QueryReview> l = reviews.get(queryId);
    return l == null ? ImmutableList.of() : ImmutableList.copyOf(l);
  }

  int count(Actor actor, LocalDate day, int which) {
    int[] c = byOfficerDay.get(key(actor, day));
    return c == null ? 0 : c[which];
  }

  int size() {
    return entries.size();
  }

  private static String key(Actor a, LocalDate day) {
    return a.department() + '\u0000' + a.officer() + '\u0000' + day;
  }
}
