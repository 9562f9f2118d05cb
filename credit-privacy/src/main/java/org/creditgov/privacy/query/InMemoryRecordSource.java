package org.creditgov.privacy.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.subject.SubjectRef;

/** A {@link RecordSource} in memory, for tests and examples. Thread-safe. */
public final class InMemoryRecordSource implements RecordSource {

  private final Map<SubjectRef, List<CreditRecord>> records = new HashMap<>();

  /** An empty source. */
  public InMemoryRecordSource() {}

  /** Adds records. */
  public synchronized InMemoryRecordSource add(CreditRecord... more) {
    for (CreditRecord r : more) {
      records.computeIfAbsent(SubjectRef.of(requireNonNull(r, "record").subject()), k -> new ArrayList<>()).add(r);
    }
    return this;
  }

  @Override
  public synchronized ImmutableList<CreditRecord> records(SubjectRef subject) {
    List<CreditRecord> l = records.get(requireNonNull(subject, "subject"));
    return l == null ? ImmutableList.of() : ImmutableList.copyOf(l);
  }

  /** The number of subjects, never their records. */
  @Override
  public synchronized String toString() {
    return "InMemoryRecordSource[" + records.size() + " subjects]";
  }
}
