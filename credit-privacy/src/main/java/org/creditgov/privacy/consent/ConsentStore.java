package org.creditgov.privacy.consent;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.creditgov.core.subject.SubjectRef;

/**
 * Where consents are kept (PRI-2, PRI-4): the service interface a durable store implements (a
 * JDBC store comes in its own module), with {@link InMemoryConsentStore} for tests and single
 * processes.
 *
 * <p>Every write is one consent, whole, or nothing: {@link #insert} adds a consent whose id is new;
 * {@link #update} replaces a consent only if the stored version is the one the caller read, so that
 * two officers acting at once cannot overwrite each other (in SQL: {@code UPDATE … WHERE id = ? AND
 * version = ?}, one row or none). A store never changes a consent's content otherwise; the
 * registry decides every change. Implementations are thread-safe.
 */
public interface ConsentStore {

  /** The consent of the given id. */
  Optional<StoredConsent> find(String id);

  /** Every consent of {@code subject}, in the order recorded. */
  ImmutableList<StoredConsent> forSubject(SubjectRef subject);

  /**
   * The consents of {@code subject} that name {@code party} as authorised party or as the processor
   * it may provide to, for {@code purposeCode}, in the order recorded.
   */
  ImmutableList<StoredConsent> matching(SubjectRef subject, String party, String purposeCode);

  /** The consents naming {@code party} (as authorised party or as processor provided to) for {@code purposeCode}. */
  ImmutableList<StoredConsent> forParty(String party, String purposeCode);

  /**
   * Adds a consent at version 1.
   *
   * @return false, changing nothing, if a consent of that id is already stored
   * @throws IllegalArgumentException if the consent is not at version 1
   */
  boolean insert(StoredConsent consent);

  /**
   * Replaces the stored consent of {@code next.id()} by {@code next} if its stored version is
   * {@code expectedVersion}.
   *
   * @return false, changing nothing, if no consent of that id is stored or another version is
   * @throws IllegalArgumentException if {@code next.version()} is not {@code expectedVersion + 1}
   */
  boolean update(long expectedVersion, StoredConsent next);
}
