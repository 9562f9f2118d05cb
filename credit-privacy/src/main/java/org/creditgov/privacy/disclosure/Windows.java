package org.creditgov.privacy.disclosure;

import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.catalog.PublicationWindow;

/**
 * How the view reads a publication window: the one place that knows how credit-core names its
 * ends (a seam: the catalog work renames them to {@code lastDayPublished()} by the Civil Code's
 * rule; then this delegates to it).
 */
final class Windows {

  private Windows() {}

  /** The last day the record is shown (inclusive), where the window ends. */
  static Optional<LocalDate> lastDayPublished(PublicationWindow w) {
    return w.automaticEnd().map(end -> end.minusDays(1)); // automaticEnd is the first day no longer published
  }

  /** Whether the record is shown on {@code date}, absent a stop. */
  static boolean publishedOn(PublicationWindow w, LocalDate date) {
    return w.isPublishedOn(date);
  }
}
