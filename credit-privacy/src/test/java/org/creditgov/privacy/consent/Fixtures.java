package org.creditgov.privacy.consent;

import com.google.common.collect.ImmutableSetMultimap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.privacy.CatalogAccess;
import org.creditgov.privacy.io.BundledPurposes;
import org.creditgov.testkit.TestClock;

/** The bundled catalog and example purposes, a clock and a person, for consent tests. */
final class Fixtures {

  static final Jurisdiction QTX = Jurisdiction.of("640381");
  static final SubjectRef PERSON = SubjectRef.of(SubjectType.NATURAL_PERSON, "53010219200508011X");
  static final SubjectRef OTHER_PERSON = SubjectRef.of(SubjectType.NATURAL_PERSON, "110105194912310029");
  static final String BANK = "宁夏青铜峡农村商业银行";
  static final Instant GIVEN = at(2026, 9, 28, 10, 0);
  static final ImmutableSetMultimap<String, String> PENALTY =
      ImmutableSetMultimap.of("NAT-ADMIN-PENALTY", "penaltyContent", "NAT-ADMIN-PENALTY", "fineAmount");

  final TestClock clock = TestClock.at(GIVEN);
  final PurposeRegistry purposes = BundledPurposes.registry();
  final CatalogAccess catalogs = CatalogAccess.of(BundledCatalogs.registry(clock));
  final InMemoryConsentStore store = new InMemoryConsentStore();
  final ConsentRegistry registry =
      ConsentRegistry.builder().purposes(purposes).catalogs(catalogs).store(store).clock(clock).build();

  static Instant at(int y, int m, int d, int h, int min) {
    return LocalDateTime.of(y, m, d, h, min).atZone(ChinaTime.ZONE).toInstant();
  }

  static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ChinaTime.ZONE).toInstant();
  }

  /** A written consent of {@link #PERSON} to {@link #BANK} for loan approval, for three months. */
  static Consent.Builder loanConsent(String id) {
    return Consent.builder()
        .id(id)
        .subject(PERSON)
        .authorisedParty(BANK)
        .purposeCode("LOAN-APPROVAL")
        .jurisdiction(QTX)
        .scope(PENALTY)
        .founding(Founding.consent())
        .method(ConsentMethod.WRITTEN)
        .validFrom(GIVEN)
        .validUntil(startOf(LocalDate.of(2026, 12, 29)));
  }
}
