package org.creditgov.core.catalog;

import java.time.LocalDate;
import org.creditgov.core.jurisdiction.Jurisdiction;

/**
 * No national basic catalog is in force on the date asked for (for example a date before the
 * first catalog the registry holds), so no catalog can be resolved (CAT-4). Nothing is guessed.
 */
public final class CatalogNotInForceException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The stable reason code of this error. */
  public static final String REASON = "NO_CATALOG_IN_FORCE";

  private final transient Jurisdiction jurisdiction;
  private final LocalDate date;

  CatalogNotInForceException(Jurisdiction jurisdiction, LocalDate date, String registryCoverage) {
    super(
        "["
            + REASON
            + "] no national basic catalog is in force on "
            + date
            + " for "
            + jurisdiction
            + " (the registry holds "
            + registryCoverage
            + ") / "
            + date
            + " 无有效的全国公共信用信息基础目录");
    this.jurisdiction = jurisdiction;
    this.date = date;
  }

  /** The jurisdiction asked for. */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** The date asked for. */
  public LocalDate date() {
    return date;
  }
}
