package org.creditgov.rules.designation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectRef;
import org.jspecify.annotations.Nullable;

/** The in-memory {@link SubjectDirectory}: a concurrent map from reference to details or masked view. */
final class InMemorySubjectDirectory implements SubjectDirectory {

  /** What is kept under one reference: the details (null once masked) and the masked view. */
  private record Entry(@Nullable Subject subject, MaskedSubject masked) {}

  private final ConcurrentHashMap<SubjectRef, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public SubjectRef put(Subject subject) {
    MaskedSubject masked = MaskedSubject.of(requireNonNull(subject, "subject"));
    entries.put(masked.ref(), new Entry(subject, masked));
    return masked.ref();
  }

  @Override
  public Optional<Subject> find(SubjectRef ref) {
    Entry e = entries.get(requireNonNull(ref, "ref"));
    return e == null ? Optional.empty() : Optional.ofNullable(e.subject());
  }

  @Override
  public Optional<MaskedSubject> masked(SubjectRef ref) {
    Entry e = entries.get(requireNonNull(ref, "ref"));
    return e == null ? Optional.empty() : Optional.of(e.masked());
  }

  @Override
  public boolean mask(SubjectRef ref) {
    boolean[] had = {false};
    entries.computeIfPresent(requireNonNull(ref, "ref"), (k, e) -> {
      had[0] = e.subject() != null;
      return new Entry(null, e.masked());
    });
    return had[0];
  }

  @Override
  public boolean erase(SubjectRef ref) {
    return entries.remove(requireNonNull(ref, "ref")) != null;
  }

  @Override
  public String toString() {
    return "InMemorySubjectDirectory[" + entries.size() + " subjects]";
  }
}
