package org.creditgov.privacy.query;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import org.creditgov.audit.entry.SubjectPseudonyms;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.privacy.Pseudonymizer;
import org.creditgov.privacy.mask.DataKind;

/**
 * The keyed pseudonyms the query log holds instead of identifiers (PRI-1, SEC-2): an
 * organisation's credit code as {@link DataKind#USCC}, a person's document number as {@link
 * DataKind#RESIDENT_ID}, under one {@link Pseudonymizer}. The same subject always gets the same
 * token under one key, so the person can be shown their own entries without the log holding who
 * they are. Thread-safe.
 */
public final class SubjectTokens {

  /** How many subjects' tokens are kept, so that a subject queried again costs no HMAC. */
  static final int CACHED = 10_000;

  private final Pseudonymizer pseudonymizer;
  private final LoadingCache<SubjectRef, String> tokens;

  private SubjectTokens(Pseudonymizer pseudonymizer) {
    this.pseudonymizer = pseudonymizer;
    this.tokens = CacheBuilder.newBuilder().maximumSize(CACHED).build(CacheLoader.from(this::compute));
  }

  /**
   * Tokens under {@code pseudonymizer}.
   *
   * @throws NullPointerException if {@code pseudonymizer} is null
   */
  public static SubjectTokens of(Pseudonymizer pseudonymizer) {
    return new SubjectTokens(requireNonNull(pseudonymizer, "pseudonymizer"));
  }

  /** The id of the key. */
  public String keyId() {
    return pseudonymizer.keyId();
  }

  /**
   * The token of {@code subject}. The tokens of the last {@value #CACHED} or so subjects are kept
   * in memory (with their references, which the caller holds anyway), never written anywhere.
   */
  public String token(SubjectRef subject) {
    return tokens.getUnchecked(requireNonNull(subject, "subject"));
  }

  private String compute(SubjectRef subject) {
    DataKind kind = subject.type() == SubjectType.NATURAL_PERSON ? DataKind.RESIDENT_ID : DataKind.USCC;
    return pseudonymizer.pseudonym(kind, subject.identifier());
  }

  /**
   * The pseudonym of an officer's account, for showing a person who queried them without naming
   * the officer (PIPL Art. 44; the account is keyed as a name): the same officer, the same pseudonym.
   *
   * @throws NullPointerException if {@code officer} is null
   */
  public String officerPseudonym(String officer) {
    return pseudonymizer.pseudonym(DataKind.PERSONAL_NAME, officer);
  }

  /** The same tokens as credit-audit's {@link SubjectPseudonyms}, for audit entries keyed by identifier text. */
  public SubjectPseudonyms forAudit(SubjectType type) {
    requireNonNull(type, "type");
    return SubjectPseudonyms.of(keyId(), id -> token(SubjectRef.of(type, id)));
  }

  @Override
  public String toString() {
    return "SubjectTokens[" + pseudonymizer + "]";
  }
}
