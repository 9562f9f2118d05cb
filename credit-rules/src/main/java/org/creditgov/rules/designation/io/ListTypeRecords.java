package org.creditgov.rules.designation.io;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.rules.designation.ListCategory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The records that mirror {@code creditgov-list-types/1}, part by part, for Jackson to bind (each
 * part separately, so that a problem in one does not hide the others) and to write. Nested records
 * are public because Jackson constructs them; the holder is not part of the API.
 */
final class ListTypeRecords {

  private ListTypeRecords() {}

  /**
   * A title or name.
   *
   * @param zh in Simplified Chinese
   * @param en in English, where given
   */
  public record Title(String zh, Optional<String> en) {}

  /**
   * An effective period.
   *
   * @param from the first day in force
   * @param until the first day no longer in force, where there is one
   */
  public record Effective(LocalDate from, Optional<LocalDate> until) {}

  /**
   * A legal instrument in full (common-1 {@code legalBasis}).
   *
   * @param level the instrument's level
   * @param issuer who issued it
   * @param title its title
   * @param documentNumber its document number
   * @param article the article cited
   * @param effective when it is in force
   * @param jurisdiction the division code of a local instrument
   */
  public record Instrument(InstrumentLevel level, String issuer, String title, Optional<String> documentNumber,
      Optional<String> article, Effective effective, Optional<String> jurisdiction) {}

  /**
   * A listing period: fixed, or a range.
   *
   * @param fixed the one period
   * @param minimum the shortest period
   * @param maximum the longest period
   */
  public record ListingPeriod(Optional<Period> fixed, Optional<Period> minimum, Optional<Period> maximum) {}

  /**
   * One list type.
   *
   * @param code its code
   * @param name its names
   * @param field its field
   * @param category its DES-1 category
   * @param basis its founding instrument: a key, a reference with an article, or in full
   * @param criteriaVersion the national criteria version it applies
   * @param applies the national list type a local one applies
   * @param noticeWorkingDays the notice window
   * @param objectionWindowWorkingDays the objection window
   * @param objectionAnswerWorkingDays the answer deadline
   * @param listingPeriod the listing period
   * @param minorsMayBeListed whether minors may be listed
   * @param removalConditions the removal conditions
   */
  public record Entry(String code, Title name, String field, ListCategory category, JsonNode basis,
      String criteriaVersion, Optional<String> applies, int noticeWorkingDays, int objectionWindowWorkingDays,
      int objectionAnswerWorkingDays, ListingPeriod listingPeriod, Optional<Boolean> minorsMayBeListed,
      @Nullable List<String> removalConditions) {}

  /**
   * A whole document, as the writer writes it (the reader binds its parts).
   *
   * @param format the format name
   * @param id the version's id
   * @param title the title
   * @param edition the edition
   * @param jurisdiction the layer's division code
   * @param series the series, where there is one
   * @param effective when the version is in force
   * @param legalBasis the issuing instrument
   * @param proceduralBases the procedural bases
   * @param example whether it is an example
   * @param source where the content comes from
   * @param unconfirmed what is not confirmed
   * @param listTypes the list types
   */
  public record Document(String format, String id, Title title, String edition, String jurisdiction,
      Optional<String> series, Effective effective, JsonNode legalBasis, List<JsonNode> proceduralBases,
      Optional<Boolean> example, Optional<String> source, List<String> unconfirmed, List<Entry> listTypes) {}
}
