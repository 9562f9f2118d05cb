package org.creditgov.spring;

import java.time.Clock;
import org.creditgov.core.catalog.CatalogRegistry;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.privacy.CatalogAccess;
import org.creditgov.privacy.consent.ConsentRegistry;
import org.creditgov.privacy.consent.ConsentStore;
import org.creditgov.privacy.consent.PurposeRegistry;
import org.creditgov.privacy.disclosure.DisclosureView;
import org.creditgov.privacy.query.QueryGateway;
import org.creditgov.privacy.query.QueryLog;
import org.creditgov.privacy.query.RecordSource;
import org.creditgov.privacy.query.SubjectTokens;
import org.creditgov.rules.CreditCheck;
import org.creditgov.rules.decision.DecisionLog;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.incentive.IncentiveRegistry;
import org.creditgov.rules.procedure.EventStore;
import org.creditgov.rules.repair.ListingRemovals;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.repair.RepairId;
import org.creditgov.rules.repair.RepairLedger;
import org.creditgov.rules.repair.RepairRegimes;
import org.creditgov.rules.repair.RepairService;
import org.creditgov.rules.sanction.MeasureListRegistry;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sync.Change;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The services on the chosen stores: the repair ledger replayed from the repair store (REP-4,
 * REP-5), the {@link SanctionChecker} and the workflow {@link CreditCheck} that consult it, the
 * {@link DesignationService} (DES-1 … DES-7) and the {@link RepairService} (REP-1 … REP-6) whose
 * approvals remove the listing, the consent registry, the {@link QueryGateway} (SEC-1, SEC-2; only
 * with a pseudonym key) and the public {@link DisclosureView} (CAT-6), and {@link CreditDecisions},
 * which records and counts every decision. Each bean backs off when the application defines one of
 * its type.
 */
@AutoConfiguration(after = CreditStoresAutoConfiguration.class)
public class CreditServicesAutoConfiguration {

  /** Creates the configuration (Spring does). */
  public CreditServicesAutoConfiguration() {}

  /** Metrics that count nothing, when no Micrometer registry is configured. */
  @Bean
  @ConditionalOnMissingBean
  public CreditMetrics creditGovNoOpMetrics() {
    return CreditMetrics.noOp();
  }

  /** The repairs approved so far, replayed from the repair store, kept current by the repair service. */
  @Bean
  @ConditionalOnMissingBean
  public RepairLedger creditGovRepairLedger(EventStore<RepairId, RepairEvent, Change> repairStore) {
    return RepairLedger.replay(repairStore);
  }

  /** The sanction check (SAN-1 … SAN-6) on the measure lists, knowing the approved repairs. */
  @Bean
  @ConditionalOnMissingBean
  public SanctionChecker creditGovSanctionChecker(MeasureListRegistry lists, RepairLedger repairs) {
    return SanctionChecker.of(lists, repairs);
  }

  /** The workflow credit check (OPS-1) with {@code creditgov.credit-check.item-fields}. */
  @Bean
  @ConditionalOnMissingBean
  public CreditCheck creditGovCreditCheck(MeasureListRegistry lists, IncentiveRegistry incentives, RepairLedger repairs,
      CreditGovProperties properties, Clock clock) {
    return CreditCheck.builder().measureLists(lists).incentiveLists(incentives)
        .itemFields(properties.getCreditCheck().getItemFields()).repairs(repairs).clock(clock).build();
  }

  /** The designation procedure (DES-1 … DES-7) on the designation store. */
  @Bean
  @ConditionalOnMissingBean
  public DesignationService creditGovDesignationService(DesignationStore store, SubjectDirectory subjects,
      ListTypeRegistry listTypes, WorkingDayCalendar calendar, RepairLedger repairs, Clock clock) {
    return DesignationService.builder().store(store).subjects(subjects).listTypes(listTypes).calendar(calendar)
        .repairs(repairs).clock(clock).build();
  }

  /** The repair procedure (REP-1 … REP-6); an approval updates the ledger and removes the listing. */
  @Bean
  @ConditionalOnMissingBean
  public RepairService creditGovRepairService(RepairRegimes regimes, EventStore<RepairId, RepairEvent, Change> store,
      WorkingDayCalendar calendar, RepairLedger ledger, DesignationService designations, Clock clock) {
    return RepairService.builder().regimes(regimes).store(store).calendar(calendar).clock(clock).onEvent(ledger)
        .onEvent(ListingRemovals.on(designations, ledger)).build();
  }

  /** The catalogs as the privacy module reads them. */
  @Bean
  @ConditionalOnMissingBean
  public CatalogAccess creditGovCatalogAccess(CatalogRegistry catalogs) {
    return CatalogAccess.of(catalogs);
  }

  /** The consents (PRI-1, PRI-2, PRI-4) on the consent store. */
  @Bean
  @ConditionalOnMissingBean
  public ConsentRegistry creditGovConsents(PurposeRegistry purposes, CatalogAccess catalogs, ConsentStore store,
      Clock clock) {
    return ConsentRegistry.builder().purposes(purposes).catalogs(catalogs).store(store).clock(clock).build();
  }

  /** The purpose-bound query gateway (SEC-1, SEC-2), when subjects can be tokenised. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(SubjectTokens.class)
  public QueryGateway creditGovQueryGateway(ConsentRegistry consents, CatalogAccess catalogs, RecordSource records,
      QueryLog log, SubjectTokens tokens, Clock clock) {
    return QueryGateway.builder().consents(consents).catalogs(catalogs).records(records).log(log).tokens(tokens)
        .clock(clock).build();
  }

  /** The public disclosure view (CAT-6), publication stopped by approved repairs. */
  @Bean
  @ConditionalOnMissingBean
  public DisclosureView creditGovDisclosureView(CatalogAccess catalogs, RepairLedger ledger, Clock clock) {
    return DisclosureView.builder().catalogs(catalogs).states(ledger).clock(clock).build();
  }

  /** Every decision recorded in the decision log and counted. */
  @Bean
  @ConditionalOnMissingBean
  public CreditDecisions creditGovDecisions(DesignationService designations, RepairService repairs,
      SanctionChecker sanctions, CreditCheck creditCheck, DecisionLog log, CreditMetrics metrics,
      CreditGovProperties properties) {
    return new CreditDecisions(designations, repairs, sanctions, creditCheck, log, metrics,
        properties.getCreditCheck().getActor());
  }
}
