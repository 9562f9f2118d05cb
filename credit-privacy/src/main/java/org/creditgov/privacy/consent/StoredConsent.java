package org.creditgov.privacy.consent;

import java.time.Instant;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * A consent as a {@link ConsentStore} keeps it (PRI-2, PRI-4): the consent as recorded, when it was
 * recorded, its withdrawal, the uses made of it, and a version that every change increments, so
 * that two officers acting at once cannot overwrite each other (optimistic concurrency).
 *
 * <p>{@link #status(Instant)} is the one computation of where a consent stands: every path that
 * answers "is this authorised" (check, list, search) calls it with the registry's clock.
 */
@Value.Immutable
@CreditStyle
public abstract class StoredConsent {

  StoredConsent() {} // subclassed only by the generated implementation

  /** A builder, for stores that read consents back; mandatory: consent, recordedAt, version. */
  public static Builder builder() {
    return new Builder();
  }

  /** The consent as recorded. */
  public abstract Consent consent();

  /** When it was recorded, by the registry's clock. */
  public abstract Instant recordedAt();

  /** The version: 1 when recorded, one more at each change. */
  public abstract long version();

  /** When it was withdrawn (the withdrawal takes effect at that instant). */
  public abstract Optional<Instant> withdrawnAt();

  /** How many uses have been made of it. */
  @Value.Default
  public int usesMade() {
    return 0;
  }

  /** The consent's id. */
  public String id() {
    return consent().id();
  }

  /**
   * Where the consent stands at {@code at}: withdrawn from its withdrawal instant on; not yet valid
   * before {@code validFrom}; expired from {@code validUntil} on (a consent recorded without an end
   * never is recorded, but one read back without an end never authorises either); used up when its
   * uses are made; else active.
   */
  public ConsentStatus status(Instant at) {
    Consent c = consent();
    if (withdrawnAt().isPresent() && !at.isBefore(withdrawnAt().get())) {
      return ConsentStatus.WITHDRAWN;
    }
    if (at.isBefore(c.validFrom())) {
      return ConsentStatus.NOT_YET_VALID;
    }
    if (c.validUntil().isEmpty() || !at.isBefore(c.validUntil().get())) {
      return ConsentStatus.EXPIRED;
    }
    if (c.maxUses().isPresent() && usesMade() >= c.maxUses().getAsInt()) {
      return ConsentStatus.USED_UP;
    }
    return ConsentStatus.ACTIVE;
  }

  /** This consent withdrawn at {@code at}, one version on. */
  public StoredConsent withdrawn(Instant at) {
    return ImmutableStoredConsent.builder().from(this).withdrawnAt(at).version(version() + 1).build();
  }

  /** This consent with one more use made, one version on. */
  public StoredConsent used() {
    return ImmutableStoredConsent.builder().from(this).usesMade(usesMade() + 1).version(version() + 1).build();
  }

  @Value.Check
  void check() {
    if (version() < 1 || usesMade() < 0) {
      throw new IllegalArgumentException("a stored consent has a version from 1 and no negative uses");
    }
  }

  /** Builds a {@link StoredConsent}. */
  public static final class Builder extends ImmutableStoredConsent.Builder {
    Builder() {}
  }
}
