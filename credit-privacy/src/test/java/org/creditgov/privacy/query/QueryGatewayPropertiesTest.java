package org.creditgov.privacy.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSetMultimap;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.catalog.FieldSpec;
import org.creditgov.core.catalog.ResolvedCatalog;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.consent.ConsentMethod;
import org.creditgov.privacy.consent.Founding;
import org.creditgov.privacy.consent.Purpose;
import org.creditgov.privacy.consent.SeparateConsent;
import org.creditgov.privacy.consent.StoredConsent;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Properties of the gateway over generated queries (SEC-1, PRI-1): it never returns a field
 * outside the purpose's scope (nor outside the consent's, nor a secret, nor sensitive information
 * the purpose does not allow); every query is registered exactly once; a refused query returns no
 * data.
 */
class QueryGatewayPropertiesTest {

  private static final List<String> PURPOSES = List.of("LOAN-APPROVAL", "ADMIN-LICENSING", "PUBLIC-PROCUREMENT", "PUBLIC-DISCLOSURE", "MARKETING");
  private static final List<String> PARTIES = List.of(GatewayFixtures.BANK, GatewayFixtures.LICENSING, "某小额贷款公司");

  @Test
  void theGatewayNeverReturnsAFieldOutsideThePurposeAndRegistersEveryQueryOnce() {
    int[] authorised = {0};
    int cases = Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      GatewayFixtures f = new GatewayFixtures();
      QueryGateway gateway = f.gateway().build();
      ResolvedCatalog catalog = f.catalogs.resolve(GatewayFixtures.QTX, f.clock.today()).orElseThrow();
      List<CatalogItem> items = catalog.items();
      for (int c = 0; c < 3; c++) {
        f.consents.record(consent(r, f, "C-" + c, items));
      }
      for (int q = 0; q < 6; q++) {
        f.clock.advance(Duration.ofMinutes(r.nextInt(60 * 24 * 20)));
        QueryRequest request = request(r, f, items);
        int before = f.log.entries().size();

        QueryResult result = gateway.query(request);

        assertThat(f.log.entries()).hasSize(before + 1);
        assertThat(f.log.entries().get(before)).isEqualTo(result.entry());
        assertThat(f.log.entries().stream().filter(e -> e.queryId().equals(result.queryId()))).hasSize(1);
        if (!result.authorised()) {
          assertThat(result.records()).isEmpty();
          assertThat(result.entry().fieldsReturned().isEmpty()).isTrue();
          assertThat(result.entry().recordsReturned()).isZero();
          continue;
        }
        authorised[0]++;
        Purpose purpose = f.consents.purposes().purpose(GatewayFixtures.QTX, f.clock.today(), request.purposeCode()).orElseThrow();
        ImmutableSetMultimap<String, String> returned = result.entry().fieldsReturned();
        for (Map.Entry<String, String> e : returned.entries()) {
          FieldSpec spec = catalog.item(e.getKey()).orElseThrow().field(e.getValue()).orElseThrow();
          assertThat(purpose.needs(e.getKey(), e.getValue())).as("needed for the purpose: %s", e).isTrue();
          assertThat(request.fields().containsEntry(e.getKey(), e.getValue())).as("asked for: %s", e).isTrue();
          assertThat(spec.sensitivity().isSecret()).as("a secret: %s", e).isFalse();
          if (spec.sensitivity() == org.creditgov.core.catalog.Sensitivity.SENSITIVE_PERSONAL) {
            assertThat(purpose.sensitiveAllowed()).as("sensitive allowed: %s", e).isTrue();
          }
          if (request.founding().consentId().isPresent()) {
            Consent consent = f.store.find(request.founding().consentId().get()).map(StoredConsent::consent).orElseThrow();
            assertThat(consent.scope().containsEntry(e.getKey(), e.getValue())).as("in the consent's scope: %s", e).isTrue();
          }
        }
        for (MinimisedRecord rec : result.records()) {
          assertThat(returned.get(rec.itemCode())).containsAll(rec.fields().keySet());
        }
      }
    });
    if (cases > 1) {
      assertThat(authorised[0]).as("the generator makes authorised queries too").isGreaterThan(100);
    }
  }

  private static Consent consent(SplittableRandom r, GatewayFixtures f, String id, List<CatalogItem> items) {
    String purpose = PURPOSES.get(r.nextInt(PURPOSES.size()));
    Consent.Builder b = Consent.builder().id(id).subject(r.nextBoolean() ? f.personRef : f.companyRef)
        .authorisedParty(PARTIES.get(r.nextInt(PARTIES.size()))).purposeCode(purpose)
        .jurisdiction(GatewayFixtures.QTX).founding(Founding.consent())
        .method(r.nextBoolean() ? ConsentMethod.WRITTEN : ConsentMethod.ELECTRONIC)
        .validFrom(f.clock.instant().minus(Duration.ofDays(r.nextInt(5))))
        .validUntil(f.clock.instant().plus(Duration.ofDays(1 + r.nextInt(200))));
    fields(r, f, purpose, items).forEach(b::putScope);
    if (r.nextInt(4) == 0) {
      b.addSeparateConsents(SeparateConsent.SENSITIVE_PERSONAL_INFORMATION);
    }
    if (r.nextInt(5) == 0) {
      b.maxUses(1 + r.nextInt(3));
    }
    return b.build();
  }

  /** Mostly fields the purpose needs, sometimes any field of the catalog, now and then one that does not exist. */
  private static ImmutableSetMultimap<String, String> fields(SplittableRandom r, GatewayFixtures f, String purposeCode,
      List<CatalogItem> items) {
    ImmutableSetMultimap.Builder<String, String> b = ImmutableSetMultimap.builder();
    java.util.Optional<Purpose> purpose = f.consents.purposes().purpose(GatewayFixtures.QTX, f.clock.today(), purposeCode);
    if (purpose.isPresent()) {
      List<Map.Entry<String, String>> needed = List.copyOf(purpose.get().fields().entries());
      int k = 1 + r.nextInt(4);
      for (int i = 0; i < k; i++) {
        Map.Entry<String, String> e = needed.get(r.nextInt(needed.size()));
        b.put(e.getKey(), e.getValue());
      }
    }
    int n = r.nextInt(3) == 0 || purpose.isEmpty() ? 1 + r.nextInt(3) : 0;
    for (int i = 0; i < n; i++) {
      CatalogItem item = items.get(r.nextInt(items.size()));
      String field = r.nextInt(12) == 0 ? "noSuchField" : item.fields().get(r.nextInt(item.fields().size())).name();
      b.put(item.code(), field);
    }
    return b.build();
  }

  private static QueryRequest request(SplittableRandom r, GatewayFixtures f, List<CatalogItem> items) {
    QueryFounding founding;
    java.util.Optional<StoredConsent> mirrored = f.store.find("C-" + r.nextInt(4));
    if (mirrored.isPresent() && r.nextInt(3) > 0) { // a query that fits a recorded consent, more or less
      Consent c = mirrored.get().consent();
      ImmutableSetMultimap.Builder<String, String> asked = ImmutableSetMultimap.builder();
      c.scope().entries().stream().filter(e -> r.nextInt(3) > 0).forEach(e -> asked.put(e.getKey(), e.getValue()));
      asked.putAll(fields(r, f, c.purposeCode(), items));
      return QueryRequest.builder().requestId("R").actor(Actor.of(r.nextInt(5) > 0 ? c.authorisedParty() : PARTIES.get(r.nextInt(PARTIES.size())), "officer-" + r.nextInt(3)))
          .purposeCode(c.purposeCode()).subject(r.nextInt(5) > 0 ? c.subject() : f.personRef).jurisdiction(GatewayFixtures.QTX)
          .fields(asked.build()).founding(QueryFounding.underConsent(c.id()))
          .audience(Audience.values()[r.nextInt(Audience.values().length)]).build();
    }
    if (r.nextInt(3) == 0) {
      founding = QueryFounding.underConsent("C-" + r.nextInt(4));
    } else {
      InstrumentLevel level = r.nextBoolean() ? InstrumentLevel.LAW : InstrumentLevel.values()[r.nextInt(InstrumentLevel.values().length)];
      LegalBasis.Builder basis = LegalBasis.builder().level(level).issuer("某机关").title("某法")
          .effective(EffectivePeriod.from(LocalDate.of(2000 + r.nextInt(30), 1, 1)));
      if (level.isLocal()) {
        basis.jurisdiction(org.creditgov.core.jurisdiction.Jurisdiction.of("640000"));
      }
      founding = QueryFounding.statutoryDuty(basis.build());
    }
    String purpose = PURPOSES.get(r.nextInt(PURPOSES.size()));
    return QueryRequest.builder().requestId("R").actor(Actor.of(PARTIES.get(r.nextInt(PARTIES.size())), "officer-" + r.nextInt(3)))
        .purposeCode(purpose).subject(r.nextBoolean() ? f.personRef : f.companyRef)
        .jurisdiction(GatewayFixtures.QTX).fields(fields(r, f, purpose, items)).founding(founding)
        .audience(Audience.values()[r.nextInt(Audience.values().length)]).build();
  }
}
