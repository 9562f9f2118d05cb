package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * What the catalog allows for one record on one date (CAT-6): whether and with whom it may be
 * shared, whether it may be published and until when, which fields must be masked (personal
 * information, PRI-3; the masking itself is credit-privacy's) and which are never disclosed
 * (commercial and state secrets). A record of an item outside the catalog may be neither shared
 * nor published (CAT-1).
 */
@Value.Immutable
@CreditStyle
public abstract class DisclosureDecision {

  DisclosureDecision() {} // subclassed only by the generated ImmutableDisclosureDecision

  /** The date the decision is for. */
  public abstract LocalDate date();

  /** Whether the record's item is in the catalog in force. */
  public abstract boolean inCatalog();

  /** The item's sharing attribute ({@link SharingAttribute#none()} outside the catalog). */
  public abstract SharingAttribute sharing();

  /** Whether the record may be shared at all (with everyone or with {@link SharingAttribute#recipients()}). */
  public boolean mayShare() {
    return inCatalog() && sharing().kind() != SharingAttribute.Kind.NONE;
  }

  /** Whether the record may be shared with {@code recipient}. */
  public boolean mayShareWith(String recipient) {
    return inCatalog() && sharing().allows(recipient);
  }

  /** The item's disclosure attribute ({@link DisclosureAttribute#NONE} outside the catalog). */
  public abstract DisclosureAttribute disclosure();

  /** Whether the record may be published on {@link #date()}: a public item inside its window. */
  public abstract boolean mayPublish();

  /** Whether the record may be disclosed on request (an {@link DisclosureAttribute#ON_REQUEST} item). */
  public boolean onRequestOnly() {
    return inCatalog() && disclosure() == DisclosureAttribute.ON_REQUEST;
  }

  /** The publication window, where it could be determined. */
  public abstract Optional<PublicationWindow> window();

  /** The last day the record is published by itself (inclusive), where there is one. */
  public Optional<LocalDate> lastDayPublished() {
    return window().flatMap(PublicationWindow::lastDayPublished);
  }

  /** The first day the record is no longer published by itself (exclusive: the day after the last), where there is one. */
  public Optional<LocalDate> publishedUntil() {
    return window().flatMap(PublicationWindow::publishedUntil);
  }

  /** The fields holding personal information: mask them before any disclosure (PRI-3). */
  public abstract ImmutableSet<String> fieldsToMask();

  /** The fields holding commercial or state secrets: never disclosed. */
  public abstract ImmutableSet<String> fieldsWithheld();

  /**
   * Whether the subject is a natural person: disclosing personal credit information needs a legal
   * basis or the person's consent, and desensitization (CAT-6, seed §二.5).
   */
  public abstract boolean personalCreditInformation();
}
