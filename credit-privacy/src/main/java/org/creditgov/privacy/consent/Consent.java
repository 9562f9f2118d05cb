package org.creditgov.privacy.consent;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.SubjectRef;
import org.immutables.value.Value;

/**
 * A typed authorisation to use one subject's credit information (PRI-1, PRI-2, PRI-4): the subject
 * (by reference, never printed), the party authorised, the purpose (a code of the purpose catalog
 * in force in {@link #jurisdiction()}), the scope (catalog items and their fields), the founding
 * (the person's consent or a statutory duty with its basis), the method, a validity window whose
 * end is mandatory, the number of uses allowed where limited, the separate consents given, the
 * other processor the information may be provided to, and the circumstances it was asked for in.
 *
 * <p>A consent is a value: {@link ConsentRegistry#record(Consent)} judges it (a consent without an
 * end, longer than its purpose allows, forced, bundled or lacking a separate consent is refused,
 * with every reason) and keeps it as a {@link StoredConsent}, which adds its withdrawal and uses.
 * The validity window is {@code [validFrom, validUntil)}: at {@code validUntil} it no longer
 * authorises.
 *
 * <pre>{@code
 * Consent consent = Consent.builder()
 *     .id("QTX-RCB-2026-000123")
 *     .subject(SubjectRef.of(SubjectType.NATURAL_PERSON, "53010219200508011X"))
 *     .authorisedParty("宁夏青铜峡农村商业银行")
 *     .purposeCode("LOAN-APPROVAL")
 *     .jurisdiction(Jurisdiction.of("640381"))
 *     .putScope("NAT-ADMIN-PENALTY", "penaltyContent")
 *     .founding(Founding.consent())
 *     .method(ConsentMethod.WRITTEN)
 *     .validFrom(Instant.parse("2026-09-28T02:00:00Z"))
 *     .validUntil(Instant.parse("2026-12-28T16:00:00Z"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CreditStyle
public abstract class Consent {

  Consent() {} // subclassed only by the generated implementation

  /**
   * A builder. Mandatory: id, subject, authorisedParty, purposeCode, jurisdiction, founding, method,
   * validFrom. The end ({@code validUntil}) may be left out only to be refused when recorded.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this consent's values, to vary them. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The consent's id: the number of the authorisation form, unique in a registry. */
  public abstract String id();

  /** The subject the information is about. Personal data: printed masked. */
  @Value.Redacted
  public abstract SubjectRef subject();

  /** The department or institution authorised (a bank, a licensing office). */
  public abstract String authorisedParty();

  /** The purpose, a code of the purpose catalog in force in {@link #jurisdiction()}. */
  public abstract String purposeCode();

  /** Where the consent is used: its purpose catalog and catalog are those in force here. */
  public abstract Jurisdiction jurisdiction();

  /** The catalog items authorised, each with its fields: nothing outside them is authorised (PRI-1). */
  public abstract ImmutableSetMultimap<String, String> scope();

  /** What it rests on: the person's consent or a statutory duty. */
  public abstract Founding founding();

  /** How it was given. */
  public abstract ConsentMethod method();

  /** The first instant it authorises. */
  public abstract Instant validFrom();

  /**
   * The first instant it no longer authorises (exclusive); mandatory when recorded: no
   * authorisation for life (PRI-2).
   */
  public abstract Optional<Instant> validUntil();

  /** How many queries it authorises, where limited. */
  public abstract OptionalInt maxUses();

  /** The separate consents (单独同意) the person gave with it (PRI-4). */
  public abstract ImmutableSet<SeparateConsent> separateConsents();

  /**
   * Another processor the authorised party may provide the information to (PIPL Art. 23): that
   * processor's queries are authorised too, given a separate consent.
   */
  public abstract Optional<String> provisionTo();

  /** The circumstances it was asked for in, to refuse forced and bundled consent. */
  public abstract Optional<ConsentContext> context();

  /** Whether {@code party} may use this consent: the authorised party, or the processor it may provide to. */
  public boolean covers(String party) {
    return authorisedParty().equals(party) || provisionTo().map(party::equals).orElse(false);
  }

  @Value.Check
  void check() {
    if (id().isBlank() || id().length() > 64) {
      throw new IllegalArgumentException("a consent id has 1 to 64 characters");
    }
    if (authorisedParty().isBlank() || purposeCode().isBlank()) {
      throw new IllegalArgumentException("a consent names the authorised party and the purpose");
    }
    if (maxUses().isPresent() && maxUses().getAsInt() < 1) {
      throw new IllegalArgumentException("a consent limited in uses allows at least one");
    }
    if (provisionTo().isPresent() && provisionTo().get().isBlank()) {
      throw new IllegalArgumentException("the processor a consent provides to is named");
    }
  }

  /** Builds a {@link Consent}. */
  public static final class Builder extends ImmutableConsent.Builder {
    Builder() {}
  }
}
