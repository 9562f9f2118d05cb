package org.creditgov.rules.designation;

import java.util.Optional;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectRef;

/**
 * The one place a subject's details live (SPI; DES-7, PRI-1): events, outbox messages and the
 * canonical JSON forms name a subject only by its {@link SubjectRef}, and whoever needs the
 * details — the minor check of a decision (SAN-4), a clerk's screen, a request decoded from JSON —
 * asks the directory. So the details can be masked or erased in one place while the history of
 * the designation stays whole.
 *
 * <p>Three states per reference: the full details ({@link #find} answers), masked (only {@link
 * #masked} answers: the details were replaced by a masked trace, say at the end of a retention
 * period), erased (neither answers). An implementation must be thread-safe; {@link #inMemory()}
 * is the default, for tests and single-process use. A durable one keeps the details in their own
 * table, apart from the events: credit-store-jdbc's {@code JdbcSubjectDirectory} is one. The
 * contract suite {@code org.creditgov.testkit.store.SubjectDirectoryContract} (credit-testkit)
 * checks an implementation against these clauses.
 */
public interface SubjectDirectory {

  /**
   * Keeps the details of {@code subject}, replacing those kept under its reference.
   *
   * @return the subject's reference
   * @throws NullPointerException if {@code subject} is null
   */
  SubjectRef put(Subject subject);

  /** The full details kept under {@code ref}; empty when unknown, masked or erased. */
  Optional<Subject> find(SubjectRef ref);

  /** The masked view of the subject kept under {@code ref}, full or masked; empty when unknown or erased. */
  Optional<MaskedSubject> masked(SubjectRef ref);

  /**
   * Replaces the full details kept under {@code ref} by their masked view.
   *
   * @return whether full details were kept
   */
  boolean mask(SubjectRef ref);

  /**
   * Forgets everything kept under {@code ref}, full or masked.
   *
   * @return whether anything was kept
   */
  boolean erase(SubjectRef ref);

  /** A new, empty, thread-safe in-memory directory. */
  static SubjectDirectory inMemory() {
    return new InMemorySubjectDirectory();
  }
}
