package org.creditgov.privacy.rights;

import java.time.Instant;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.text.Term;
import org.creditgov.core.verdict.Outcome;
import org.immutables.value.Value;

/**
 * One query of the person's information as the person is shown it (PIPL Art. 44, SEC-1): when,
 * which department, the officer as configured, for which purpose, and whether it was answered.
 */
@Value.Immutable
@CreditStyle
public abstract class QueryNotice {

  QueryNotice() {} // subclassed only by the generated implementation

  /** When the query was made. */
  public abstract Instant at();

  /** The department or institution that queried. */
  public abstract String department();

  /** The officer as shown: the account, a pseudonym, or nothing. */
  public abstract Optional<String> officer();

  /** The purpose, by its names. */
  public abstract Term purpose();

  /** Whether the query was answered or refused. */
  public abstract Outcome outcome();
}
