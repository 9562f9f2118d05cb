package org.creditgov.rules.repair.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.io.HeaderRead;
import org.creditgov.core.io.LegalBasisRead;
import org.creditgov.rules.repair.InformationKind;
import org.creditgov.rules.repair.PeriodsFrom;
import org.creditgov.rules.repair.RepairCondition;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The records that mirror {@code creditgov-repair-regimes/1}, for Jackson to bind (part by part) and
 * to write. Public because Jackson constructs them; the holder is not part of the API.
 */
final class RepairRegimeRecords {

  private RepairRegimeRecords() {}

  /**
   * The time limits in working days.
   *
   * @param feedbackWorkingDays the platform's feedback, from the application
   * @param decisionWorkingDays the authority's decision, from receipt
   * @param extensionWorkingDays the extension of a complex case
   */
  public record Limits(Optional<Integer> feedbackWorkingDays, Optional<Integer> decisionWorkingDays,
      Optional<Integer> extensionWorkingDays) {}

  /**
   * Information not repairable.
   *
   * @param code its code
   * @param name its names
   * @param source where the rule comes from
   * @param unconfirmed what is not confirmed
   */
  public record Excluded(String code, HeaderRead.Title name, Optional<String> source, @Nullable List<String> unconfirmed) {}

  /**
   * The repair rules of one regime (the header's keys are read by {@link HeaderRead}).
   *
   * @param publicationSeries the publication-regime series whose periods apply
   * @param periodsFrom by which date the periods are chosen
   * @param repairable the kinds repairable
   * @param conditions the conditions required
   * @param minorRepairableOnFulfilment whether minor information is repairable once the obligation is fulfilled
   * @param timeLimits the time limits
   * @param noticeRequired whether a repair notice goes with the decision
   * @param nonRepairable the information not repairable
   */
  public record Rules(String publicationSeries, Optional<PeriodsFrom> periodsFrom, @Nullable List<InformationKind> repairable,
      @Nullable List<RepairCondition> conditions, Optional<Boolean> minorRepairableOnFulfilment, Optional<Limits> timeLimits,
      Optional<Boolean> noticeRequired, @Nullable List<Excluded> nonRepairable) {}

  /** The keys {@link Rules} binds. */
  static final java.util.Set<String> RULE_KEYS = java.util.Set.of("publicationSeries", "periodsFrom", "repairable",
      "conditions", "minorRepairableOnFulfilment", "timeLimits", "noticeRequired", "nonRepairable");

  /** One regime as the writer writes it. */
  public record Regime(String id, String series, HeaderRead.Title title, Optional<String> edition,
      Optional<String> jurisdiction, List<JsonNode> legalBases, LegalBasisRead.Effective effective,
      Optional<Boolean> example, Optional<String> source, List<String> unconfirmed, String publicationSeries,
      PeriodsFrom periodsFrom, List<InformationKind> repairable, List<RepairCondition> conditions,
      Optional<Boolean> minorRepairableOnFulfilment, Optional<Limits> timeLimits, Optional<Boolean> noticeRequired,
      List<Excluded> nonRepairable) {}

  /** A whole file as the writer writes it. */
  public record Document(String format, Map<String, LegalBasisRead.Instrument> instruments,
      @JsonInclude(JsonInclude.Include.ALWAYS) List<Regime> regimes) {}
}
