package org.creditgov.privacy.query;

import java.time.Instant;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/** A reviewer's finding on a registered query (SEC-1): who reviewed it, when, with what outcome and note. */
@Value.Immutable
@CreditStyle
public abstract class QueryReview {

  QueryReview() {} // subclassed only by the generated implementation

  /** A builder; all but the note are mandatory. */
  public static Builder builder() {
    return new Builder();
  }

  /** The reviewed query's id. */
  public abstract String queryId();

  /** Who reviewed. */
  public abstract Actor reviewer();

  /** When, by the gateway's clock. */
  public abstract Instant reviewedAt();

  /** What the reviewer found. */
  public abstract ReviewOutcome outcome();

  /** The reviewer's note (never personal data: the log refuses an ID number). */
  public abstract Optional<String> note();

  /** Builds a {@link QueryReview}. */
  public static final class Builder extends ImmutableQueryReview.Builder {
    Builder() {}
  }
}
