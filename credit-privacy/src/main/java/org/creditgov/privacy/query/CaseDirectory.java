package org.creditgov.privacy.query;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.creditgov.core.subject.SubjectRef;

/**
 * Which subjects a department has an open case for (SEC-1): a query under a statutory duty about a
 * subject the department has no open case for is flagged for review ({@link ReviewFlag#NO_OPEN_CASE}).
 * A department's case-management system answers it; {@link #inMemory()} is a simple one.
 * Implementations are thread-safe.
 */
public interface CaseDirectory {

  /** Whether {@code department} has an open case about {@code subject}. */
  boolean hasOpenCase(String department, SubjectRef subject);

  /** A directory in memory: {@link InMemory#open} and {@link InMemory#close} cases. */
  static InMemory inMemory() {
    return new InMemory();
  }

  /** A {@link CaseDirectory} in memory. Thread-safe. */
  final class InMemory implements CaseDirectory {
    private final Set<String> open = ConcurrentHashMap.newKeySet();

    private InMemory() {}

    /** Opens a case of {@code department} about {@code subject}. */
    public InMemory open(String department, SubjectRef subject) {
      open.add(key(department, subject));
      return this;
    }

    /** Closes it. */
    public InMemory close(String department, SubjectRef subject) {
      open.remove(key(department, subject));
      return this;
    }

    @Override
    public boolean hasOpenCase(String department, SubjectRef subject) {
      return open.contains(key(department, subject));
    }

    private static String key(String department, SubjectRef subject) {
      return requireNonNull(department, "department") + '\u0000' + requireNonNull(subject, "subject").type() + '\u0000'
          + subject.identifier();
    }

    @Override
    public String toString() {
      return "CaseDirectory.InMemory[" + open.size() + " open cases]";
    }
  }
}
