package org.creditgov.privacy.consent;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.creditgov.core.subject.SubjectRef;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ConsentStore} in memory (PRI-2): consents by id, indexed by subject and by (subject,
 * party, purpose) so that a check costs a hash lookup however many consents a subject has.
 * Thread-safe: writes are serialised, reads see a consistent consent.
 */
public final class InMemoryConsentStore implements ConsentStore {

  /** A consent's slot: the indexes hold slots, so an update replaces the consent in every index at once. */
  private static final class Slot {
    volatile StoredConsent consent;

    Slot(StoredConsent consent) {
      this.consent = consent;
    }
  }

  private final ConcurrentHashMap<String, Slot> byId = new ConcurrentHashMap<>();
  private final Map<SubjectRef, List<Slot>> bySubject = new HashMap<>();
  private final Map<String, List<Slot>> byKey = new HashMap<>();
  private final Map<String, List<Slot>> byParty = new HashMap<>();

  /** An empty store. */
  public InMemoryConsentStore() {}

  @Override
  public Optional<StoredConsent> find(String id) {
    Slot slot = byId.get(requireNonNull(id, "id"));
    return slot == null ? Optional.empty() : Optional.of(slot.consent);
  }

  @Override
  public synchronized ImmutableList<StoredConsent> forSubject(SubjectRef subject) {
    return resolve(bySubject.get(requireNonNull(subject, "subject")));
  }

  @Override
  public synchronized ImmutableList<StoredConsent> matching(SubjectRef subject, String party, String purposeCode) {
    return resolve(byKey.get(key(subject, party, purposeCode)));
  }

  @Override
  public synchronized ImmutableList<StoredConsent> forParty(String party, String purposeCode) {
    return resolve(byParty.get(party + '\u0000' + purposeCode));
  }

  private static ImmutableList<StoredConsent> resolve(@Nullable List<Slot> slots) {
    if (slots == null) {
      return ImmutableList.of();
    }
    StoredConsent[] out = new StoredConsent[slots.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = slots.get(i).consent;
    }
    return ImmutableList.copyOf(out);
  }

  @Override
  public synchronized boolean insert(StoredConsent consent) {
    requireNonNull(consent, "consent");
    if (consent.version() != 1) {
      throw new IllegalArgumentException("a consent is inserted at version 1");
    }
    Slot slot = new Slot(consent);
    if (byId.putIfAbsent(consent.id(), slot) != null) {
      return false;
    }
    Consent c = consent.consent();
    bySubject.computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(slot);
    List<String> parties = new ArrayList<>(2);
    parties.add(c.authorisedParty());
    c.provisionTo().filter(p -> !p.equals(c.authorisedParty())).ifPresent(parties::add);
    for (String party : parties) {
      byKey.computeIfAbsent(key(c.subject(), party, c.purposeCode()), k -> new ArrayList<>()).add(slot);
      byParty.computeIfAbsent(party + '\u0000' + c.purposeCode(), k -> new ArrayList<>()).add(slot);
    }
    return true;
  }

  @Override
  public synchronized boolean update(long expectedVersion, StoredConsent next) {
    requireNonNull(next, "next");
    if (next.version() != expectedVersion + 1) {
      throw new IllegalArgumentException("an update moves a consent one version on");
    }
    Slot slot = byId.get(next.id());
    if (slot == null || slot.consent.version() != expectedVersion) {
      return false;
    }
    if (!slot.consent.consent().equals(next.consent())) {
      throw new IllegalArgumentException("an update changes a consent's state, never its terms");
    }
    slot.consent = next;
    return true;
  }

  private static String key(SubjectRef subject, String party, String purposeCode) {
    return subject.type().name() + '\u0000' + subject.identifier() + '\u0000' + party + '\u0000' + purposeCode;
  }

  /** The number of consents, never their content. */
  @Override
  public synchronized String toString() {
    return "InMemoryConsentStore[" + byId.size() + " consents]";
  }
}
