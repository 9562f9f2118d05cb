package org.creditgov.rules.repair;

import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.catalog.PublicationPeriod;
import org.creditgov.core.catalog.PublicationRegime;
import org.creditgov.core.catalog.PublicationWindow;

/**
 * The rules that govern one repair case (REP-4): the repair regime in force on the application
 * date, the publication regime its periods come from (in force on {@link #periodsDate()}, as the
 * regime's {@link PeriodsFrom} says) and the period of the case's class under it.
 *
 * @param regime the repair regime
 * @param periodsDate the date the periods were chosen by
 * @param publicationRegime the publication regime in force on that date, if any
 * @param period the period of the case's class, if the publication regime sets one
 */
public record GoverningRules(RepairRegime regime, LocalDate periodsDate, Optional<PublicationRegime> publicationRegime,
    Optional<PublicationPeriod> period) {

  /** The publication window of information decided on {@code decisionDate}, if a period is known. */
  public Optional<PublicationWindow> window(LocalDate decisionDate) {
    return period.map(p -> p.window(decisionDate, publicationRegime.map(PublicationRegime::id)));
  }
}
