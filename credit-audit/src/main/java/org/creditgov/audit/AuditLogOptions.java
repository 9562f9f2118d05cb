package org.creditgov.audit;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * How {@link AuditLog#open} opens a log (SEC-2, SEC-3): its origin, the key that signs its
 * checkpoints, the clock their timestamps come from, and the number of entries per segment file.
 *
 * <pre>{@code
 * AuditLogOptions options = AuditLogOptions.builder()
 *     .origin("qtx.gov.cn/credit/query-log")
 *     .signer(signer)                  // a NoteSigner named like the origin
 *     .clock(clock)
 *     .build();
 * }</pre>
 */
public final class AuditLogOptions {

  /** The default number of entries per segment: 2^16 = 65,536. */
  public static final int DEFAULT_SEGMENT_BITS = 16;

  private final String origin;
  private final NoteSigner signer;
  private final Clock clock;
  private final int segmentBits;

  private AuditLogOptions(Builder b) {
    this.origin = requireNonNull(b.origin, "origin");
    this.signer = requireNonNull(b.signer, "signer");
    this.clock = requireNonNull(b.clock, "clock");
    this.segmentBits = b.segmentBits;
    if (!NoteKeys.validName(origin)) {
      throw new IllegalArgumentException("an origin is non-empty, without spaces or plus signs");
    }
    if (!signer.name().equals(origin)) {
      throw new IllegalArgumentException("the signer's key name must be the log's origin (c2sp.org/tlog-checkpoint)");
    }
  }

  /** A builder; origin, signer and clock are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The log's origin, the first line of its checkpoints. */
  public String origin() {
    return origin;
  }

  /** The key that signs checkpoints. */
  public NoteSigner signer() {
    return signer;
  }

  /** The clock checkpoint timestamps come from. */
  public Clock clock() {
    return clock;
  }

  /** Log2 of the entries per segment file, for a new log (an existing log keeps its own). */
  public int segmentBits() {
    return segmentBits;
  }

  /** Builds {@link AuditLogOptions}. */
  public static final class Builder {
    private @Nullable String origin;
    private @Nullable NoteSigner signer;
    private @Nullable Clock clock;
    private int segmentBits = DEFAULT_SEGMENT_BITS;

    Builder() {}

    /** The origin, a schema-less URL naming the log, such as {@code qtx.gov.cn/credit/query-log}. */
    @CanIgnoreReturnValue
    public Builder origin(String origin) {
      this.origin = requireNonNull(origin, "origin");
      return this;
    }

    /** The signing key; its name must be the origin. */
    @CanIgnoreReturnValue
    public Builder signer(NoteSigner signer) {
      this.signer = requireNonNull(signer, "signer");
      return this;
    }

    /** The clock of checkpoint timestamps. */
    @CanIgnoreReturnValue
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Log2 of the entries per segment, 4 to 30, for a new log.
     *
     * @throws IllegalArgumentException if outside 4 … 30
     */
    @CanIgnoreReturnValue
    public Builder segmentBits(int bits) {
      if (bits < 4 || bits > 30) {
        throw new IllegalArgumentException("segment bits are 4 to 30, not " + bits);
      }
      this.segmentBits = bits;
      return this;
    }

    /**
     * The options.
     *
     * @throws NullPointerException if origin, signer or clock is missing
     * @throws IllegalArgumentException if the origin is not a valid key name or the signer is
     *     named otherwise
     */
    public AuditLogOptions build() {
      return new AuditLogOptions(this);
    }
  }
}
