package org.creditgov.testkit.store;

import com.google.common.collect.ImmutableSetMultimap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.privacy.PrivacyInstruments;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.consent.ConsentContext;
import org.creditgov.privacy.consent.ConsentMethod;
import org.creditgov.privacy.consent.Founding;
import org.creditgov.privacy.consent.FoundingKind;
import org.creditgov.privacy.consent.SeparateConsent;
import org.creditgov.privacy.consent.StoredConsent;
import org.creditgov.privacy.query.Actor;
import org.creditgov.privacy.query.QueryLogEntry;
import org.creditgov.privacy.query.QueryReview;
import org.creditgov.privacy.query.ReviewFlag;
import org.creditgov.privacy.query.ReviewOutcome;
import org.creditgov.testkit.IdentifierGenerators;

/**
 * Seeded values for the store contracts (PRI-2, SEC-1): consents with every optional part present
 * or absent, of natural and legal persons with valid identifiers; query-log entries authorised and
 * refused, under consent and under a statutory duty, flagged or not; reviews. Texts mix Chinese
 * (with characters outside the Basic Multilingual Plane), quotes, backslashes and control
 * characters, and instants carry nanoseconds, so that a store which loses any of it fails. The
 * same seed gives the same values.
 */
public final class StoreValues {

  private StoreValues() {}

  private static final Jurisdiction[] PLACES = {Jurisdiction.of("640381"), Jurisdiction.of("640000"), Jurisdiction.national()};
  private static final String[] TEXTS = {"宁夏青铜峡农村商业银行", "青铜峡市市场监督管理局", "a \"quoted\" \\ name", "tab\tnew\nline",
      "ctl\u0001\u001f", "𠮷野家", "plain"};
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final LegalBasis[] BASES = {PrivacyInstruments.PIPL.withArticle("第十三条"),
      PrivacyInstruments.CREDIT_REPORTING_REGULATION.withArticle("第十八条")};

  /** A text of one of the kinds above, with a number. */
  public static String text(SplittableRandom r) {
    return TEXTS[r.nextInt(TEXTS.length)] + r.nextInt(100);
  }

  /** An instant in 2026–2028, with nanoseconds half the time. */
  public static Instant instant(SplittableRandom r) {
    return Instant.parse("2026-01-01T00:00:00Z").plusMillis(r.nextLong(1L << 36)).plusNanos(r.nextBoolean() ? 0 : r.nextInt(1_000_000));
  }

  /** A subject: a natural person by a valid resident ID number, or a company by a valid credit code. */
  public static SubjectRef subject(SplittableRandom r) {
    return r.nextBoolean()
        ? SubjectRef.of(SubjectType.NATURAL_PERSON, IdentifierGenerators.validResidentId(r, TODAY))
        : SubjectRef.of(SubjectType.LEGAL_PERSON, IdentifierGenerators.validUscc(r));
  }

  private static ImmutableSetMultimap<String, String> fields(SplittableRandom r) {
    ImmutableSetMultimap.Builder<String, String> b = ImmutableSetMultimap.builder();
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      b.put("ITEM-" + r.nextInt(4), "field" + r.nextInt(6));
    }
    return b.build();
  }

  /** A consent of id {@code id} given by {@code subject} to {@code party} for {@code purpose}; the rest generated. */
  public static Consent consent(SplittableRandom r, String id, SubjectRef subject, String party, String purpose) {
    Consent.Builder b = Consent.builder().id(id).subject(subject).authorisedParty(party).purposeCode(purpose)
        .jurisdiction(PLACES[r.nextInt(PLACES.length)]).scope(fields(r))
        .founding(r.nextBoolean() ? Founding.consent() : Founding.statutoryDuty(BASES[r.nextInt(BASES.length)]))
        .method(ConsentMethod.values()[r.nextInt(ConsentMethod.values().length)]).validFrom(instant(r));
    if (r.nextInt(5) > 0) {
      b.validUntil(instant(r));
    }
    if (r.nextBoolean()) {
      b.maxUses(1 + r.nextInt(99));
    }
    for (SeparateConsent s : SeparateConsent.values()) {
      if (r.nextInt(3) == 0) {
        b.addSeparateConsents(s);
      }
    }
    int provision = r.nextInt(3);
    if (provision == 1) {
      b.provisionTo(text(r) + "-processor");
    } else if (provision == 2) {
      b.provisionTo(party); // the same party twice: a store lists the consent once
    }
    if (r.nextBoolean()) {
      b.context(ConsentContext.builder().service(text(r)).addNeededPurposes(purpose).conditionOfService(r.nextBoolean())
          .addPurposesCovered(purpose, "P-" + r.nextInt(3)).build());
    }
    return b.build();
  }

  /** A consent as a store keeps it at version 1: recorded at a generated instant, withdrawn and used or not. */
  public static StoredConsent stored(SplittableRandom r, Consent consent) {
    StoredConsent.Builder b = StoredConsent.builder().consent(consent).recordedAt(instant(r)).version(1).usesMade(r.nextInt(3));
    if (r.nextInt(4) == 0) {
      b.withdrawnAt(instant(r));
    }
    return b.build();
  }

  /** A registered query of id {@code queryId} about the subject of pseudonym {@code token}, by {@code actor}, at {@code at}. */
  public static QueryLogEntry entry(SplittableRandom r, String queryId, String token, Actor actor, Instant at) {
    boolean refused = r.nextInt(3) == 0;
    QueryLogEntry.Builder b = QueryLogEntry.builder().queryId(queryId).requestId(text(r)).recordedAt(at).actor(actor)
        .purposeCode("P-" + r.nextInt(9)).jurisdiction(PLACES[r.nextInt(PLACES.length)]).subjectKeyId("k2026")
        .subjectToken(token).founding(FoundingKind.values()[r.nextInt(FoundingKind.values().length)])
        .fieldsRequested(fields(r)).outcome(refused ? Outcome.REFUSED : Outcome.ALLOWED)
        .addFindingCodes(refused ? "consent.NONE" : "consent.AUTHORISED");
    if (!refused) {
      b.fieldsReturned(fields(r)).recordsReturned(r.nextInt(5));
    }
    if (r.nextBoolean()) {
      b.consentId("C-" + r.nextInt(99));
    } else {
      b.statutoryBasis(BASES[r.nextInt(BASES.length)]);
    }
    if (r.nextBoolean()) {
      b.caseReference("青审服许〔2026〕" + r.nextInt(999) + "号");
    }
    for (ReviewFlag f : ReviewFlag.values()) {
      if (r.nextInt(3) == 0) {
        b.addFlags(f);
      }
    }
    return b.build();
  }

  /** A pseudonym of the form the gateway writes ({@code k2026:} and 43 characters). */
  public static String token(SplittableRandom r) {
    StringBuilder s = new StringBuilder("k2026:");
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < 43; i++) {
      s.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /** An officer of a department. */
  public static Actor actor(SplittableRandom r) {
    return Actor.of(TEXTS[r.nextInt(2)] + r.nextInt(3), "officer-" + r.nextInt(4));
  }

  /** A review of query {@code queryId}. */
  public static QueryReview review(SplittableRandom r, String queryId) {
    return QueryReview.builder().queryId(queryId).reviewer(Actor.of(text(r), "supervisor-" + r.nextInt(3))).reviewedAt(instant(r))
        .outcome(ReviewOutcome.values()[r.nextInt(ReviewOutcome.values().length)])
        .note(r.nextBoolean() ? Optional.of(text(r)) : Optional.empty()).build();
  }
}
