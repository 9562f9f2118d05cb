package org.creditgov.privacy.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.catalog.CatalogRegistry;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.DisclosureDecision;
import org.creditgov.core.catalog.FieldSpec;
import org.creditgov.core.catalog.PublicationStates;
import org.creditgov.core.catalog.PublicationStop;
import org.creditgov.core.catalog.ResolvedCatalog;
import org.creditgov.core.catalog.Sensitivity;
import org.creditgov.core.catalog.StopReason;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Severity;
import org.creditgov.privacy.CatalogAccess;
import org.creditgov.privacy.mask.FieldMasking;
import org.creditgov.privacy.mask.MaskingProfile;
import org.creditgov.testkit.CatalogGenerator;
import org.creditgov.testkit.CreditRecordGenerator;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The disclosure view against generated catalogs and records across publication windows, repairs
 * and sensitivities (CAT-6, PRI-3, REP-3): a record is shown exactly when the catalog's own
 * disclosure decision lets it be published that day, it was not stopped by then, and, for a
 * person, its item cites a law or regulation; what is shown holds no secret and no sensitive field,
 * and every personal field is masked for the public; what is withheld says why.
 */
class DisclosureViewPropertiesTest {

  private static final Jurisdiction QTX = Jurisdiction.of("640381");
  private static final LegalBasis LAW = LegalBasis.builder().level(InstrumentLevel.LAW).issuer("全国人民代表大会常务委员会")
      .title("中华人民共和国行政处罚法").effective(EffectivePeriod.from(LocalDate.of(2021, 7, 15))).build();

  @Test
  void aRecordIsShownExactlyWhenTheCatalogPublishesItAndNothingSecretSensitiveOrUnmaskedIsShown() {
    int[] shownCount = {0};
    int[] withheldCount = {0};
    int cases = Seeds.forEachSeed(200, seed -> {
      SplittableRandom r = Seeds.random(seed);
      TestClock clock = TestClock.at(LocalDate.of(2026, 9, 28));
      List<CatalogItem> items = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        CatalogItem item = CatalogGenerator.item(r, "GEN-" + i, 8);
        items.add(r.nextBoolean() ? item.toBuilder().addLegalBases(LAW).build() : item);
      }
      Catalog catalog = CatalogGenerator.catalog("gen-national", Jurisdiction.national(), EffectivePeriod.from(LocalDate.of(2020, 1, 1)), items);
      CatalogRegistry registry = CatalogRegistry.builder().addCatalog(catalog).regimes(CatalogGenerator.regimes()).clock(clock).build();
      CatalogAccess access = CatalogAccess.of(registry);
      CreditRecordGenerator records = new CreditRecordGenerator(WorkingDayCalendar.china(), clock);
      LocalDate day = LocalDate.of(2024, 1, 5).plusDays(r.nextInt(2 * 365)); // decisions from 2020 on: the calendar covers their deadlines
      ResolvedCatalog resolved = access.resolve(QTX, day).orElseThrow();
      SubjectType type = SubjectType.values()[r.nextInt(SubjectType.values().length)];
      List<CreditRecord> list = new ArrayList<>();
      PublicationStates.InMemory stops = PublicationStates.inMemory();
      Map<CreditRecord, PublicationStop> stopOf = new IdentityHashMap<>();
      org.creditgov.core.subject.Subject subject = records.subject(r, type);
      for (int k = 0; k < 12; k++) {
        CatalogItem item = items.get(r.nextInt(items.size()));
        if (!item.subjectTypes().contains(type)) {
          continue;
        }
        CreditRecord rec = records.valid(r, item, day.minusDays(r.nextInt(4 * 365)));
        rec = rec.toBuilder().subject(subject).documentNumber("生成〔" + k + "〕号").build();
        if (r.nextInt(4) == 0) {
          PublicationStop stop = PublicationStop.of(rec.decisionDate().plusDays(r.nextInt(900)),
              StopReason.values()[r.nextInt(StopReason.values().length)], "修复〔" + k + "〕号");
          stops.stop(rec.itemCode(), rec.documentNumber(), stop);
          stopOf.put(rec, stop);
        }
        list.add(rec);
      }
      SubjectRef ref = SubjectRef.of(subject);
      DisclosureAnswer answer = DisclosureView.builder().catalogs(access).states(stops).clock(clock).build().on(QTX, day, ref, list);

      assertThat(answer.shown().size() + answer.withheld().size()).isEqualTo(list.size());
      int s = 0;
      int w = 0;
      for (CreditRecord rec : list) {
        DisclosureDecision decision = resolved.disclosure(rec, day);
        CatalogItem item = resolved.item(rec.itemCode()).orElseThrow();
        boolean stopped = stopOf.containsKey(rec) && stopOf.get(rec).stoppedBy(day);
        boolean basis = type != SubjectType.NATURAL_PERSON
            || item.legalBases().stream().anyMatch(b -> b.level() == InstrumentLevel.LAW);
        boolean expected = decision.mayPublish() && !stopped && basis;
        String why = answer.withheld().toString() + " decision " + decision + " stopped " + stopped + " basis " + basis;
        if (expected) {
          assertThat(answer.shown().size()).as("shown: %s", why).isGreaterThan(s);
          DisclosedItem shown = answer.shown().get(s++);
          assertThat(shown.documentNumber()).isEqualTo(rec.documentNumber());
          for (Map.Entry<String, Object> e : shown.fields().entrySet()) {
            FieldSpec spec = item.field(e.getKey()).orElseThrow();
            assertThat(spec.sensitivity().isSecret()).as("secret %s", e.getKey()).isFalse();
            assertThat(spec.sensitivity()).as("sensitive %s", e.getKey()).isNotEqualTo(Sensitivity.SENSITIVE_PERSONAL);
            assertThat(e.getValue()).isEqualTo(FieldMasking.mask(spec, rec.fields().get(e.getKey()), MaskingProfile.PUBLIC));
            boolean creditCode = FieldMasking.kindOf(spec).equals(java.util.Optional.of(org.creditgov.privacy.mask.DataKind.USCC));
            if (spec.sensitivity().isPersonal() && !creditCode && rec.fields().get(e.getKey()) instanceof String raw && !raw.isEmpty()) {
              assertThat(e.getValue()).as("masked %s", e.getKey()).isNotEqualTo(raw); // a valid credit code alone shows whole
            }
          }
          long withheldFields = rec.fields().keySet().stream().filter(n -> item.field(n).isPresent()
              && (item.field(n).get().sensitivity().isSecret() || item.field(n).get().sensitivity() == Sensitivity.SENSITIVE_PERSONAL)).count();
          assertThat(shown.findings().stream().filter(f -> f.severity() == Severity.INFO).count()).isEqualTo(1 + withheldFields);
        } else {
          assertThat(answer.withheld().size()).as("withheld: %s", answer.shown() + " " + why).isGreaterThan(w);
          WithheldItem withheld = answer.withheld().get(w++);
          assertThat(withheld.documentNumber()).isEqualTo(rec.documentNumber());
          assertThat(withheld.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
          if (stopped) {
            assertThat(withheld.findings()).extracting(Finding::type)
                .containsAnyOf(DisclosureFinding.REPAIRED, DisclosureFinding.PUBLICATION_STOPPED);
          }
          if (!decision.mayPublish()) {
            assertThat(withheld.findings()).extracting(Finding::type).containsAnyOf(DisclosureFinding.NOT_PUBLIC,
                DisclosureFinding.NO_PUBLICATION_WINDOW, DisclosureFinding.NOT_PUBLISHED_BY_DEFAULT,
                DisclosureFinding.NOT_YET_PUBLISHED, DisclosureFinding.PUBLICATION_ENDED);
          }
        }
      }
      shownCount[0] += s;
      withheldCount[0] += w;
    });
    if (cases > 1) {
      assertThat(shownCount[0]).as("records shown").isGreaterThan(100);
      assertThat(withheldCount[0]).as("records withheld").isGreaterThan(100);
    }
  }
}
