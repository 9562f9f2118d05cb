package org.creditgov.core.catalog.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.catalog.DisclosureAttribute;
import org.creditgov.core.catalog.FieldFormat;
import org.creditgov.core.catalog.FieldType;
import org.creditgov.core.catalog.PublicationRule;
import org.creditgov.core.catalog.Sensitivity;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.catalog.SharingAttribute;
import org.creditgov.core.io.HeaderRead;
import org.creditgov.core.io.LegalBasisRead;
import org.creditgov.core.subject.SubjectType;
import tools.jackson.databind.JsonNode;

/**
 * The records that mirror the two formats of {@code docs/catalog-format.md}, {@code
 * creditgov-catalog/1} and {@code creditgov-publication-regimes/1}, as Jackson binds and writes
 * them: one record per object of the format, one component per key, in the order the files list
 * them. Legal bases are nodes, read and written through {@link LegalBasisRead} and {@link
 * org.creditgov.core.io.LegalBasisWrite} (a key, a reference with an article, an instrument). The
 * schemas ({@code catalog-1.schema.json}, {@code publication-regimes-1.schema.json}) check the
 * shape before anything is bound. An absent list binds as empty; a list the format requires is
 * written even when empty.
 */
final class CatalogDocument {

  /** The format name of a catalog file. */
  static final String CATALOG = "creditgov-catalog/1";
  /** The format name of a publication-regimes file. */
  static final String REGIMES = "creditgov-publication-regimes/1";

  private CatalogDocument() {}

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  /** A whole catalog file, as written. */
  public record Catalog(
      String format, String id, HeaderRead.Title title, String edition, String jurisdiction,
      LegalBasisRead.Effective effective, JsonNode legalBasis, List<JsonNode> proceduralBases, Optional<Boolean> example,
      Optional<String> source, List<String> unconfirmed, Map<String, LegalBasisRead.Instrument> instruments,
      @JsonInclude(JsonInclude.Include.ALWAYS) List<Category> categories, @JsonInclude(JsonInclude.Include.ALWAYS) List<Item> items) {}

  /** A category: {@code code}, {@code name}, {@code unconfirmed}. */
  public record Category(String code, Names name, List<String> unconfirmed) {
    /** An absent list is empty. */
    public Category {
      unconfirmed = list(unconfirmed);
    }
  }

  /** A name in Chinese and English, both required. */
  public record Names(String zh, String en) {}

  /** An item of the catalog. */
  public record Item(
      String code, Names name, String category, List<SubjectType> subjectTypes, String sourceDepartment,
      List<JsonNode> legalBases, Sharing sharing, DisclosureAttribute disclosure, Optional<Publication> publication,
      List<SeverityClass> severityClasses, int updateDeadlineWorkingDays, @JsonInclude(JsonInclude.Include.ALWAYS) List<Field> fields, Optional<String> source,
      List<String> unconfirmed) {
    /** Absent lists are empty. */
    public Item {
      subjectTypes = list(subjectTypes);
      legalBases = list(legalBases);
      severityClasses = list(severityClasses);
      fields = list(fields);
      unconfirmed = list(unconfirmed);
    }
  }

  /** A field of an item. */
  public record Field(
      String name, Optional<String> label, Optional<String> labelEn, FieldType type, Optional<Boolean> required,
      Sensitivity sensitivity, Optional<FieldFormat> format, Optional<Integer> maxLength) {}

  /** An item's sharing attribute. */
  public record Sharing(SharingAttribute.Kind kind, List<String> recipients) {
    /** An absent list is empty. */
    public Sharing {
      recipients = list(recipients);
    }
  }

  /** An item's publication rule. */
  public record Publication(PublicationRule.Kind rule, List<String> series, Optional<Period> minimum, Optional<Period> maximum) {
    /** An absent list is empty. */
    public Publication {
      series = list(series);
    }
  }

  /** A whole publication-regimes file, as written. */
  public record Regimes(
      String format, Optional<String> source, List<String> unconfirmed, Map<String, LegalBasisRead.Instrument> instruments,
      @JsonInclude(JsonInclude.Include.ALWAYS) List<Regime> regimes) {}

  /** One regime of a regimes file. */
  public record Regime(
      String id, String series, HeaderRead.Title title, Optional<String> edition, Optional<String> jurisdiction,
      List<JsonNode> legalBases, LegalBasisRead.Effective effective, Optional<Boolean> example, Optional<String> source,
      List<String> unconfirmed, @JsonInclude(JsonInclude.Include.ALWAYS) List<ClassPeriod> periods) {}

  /** The period a regime sets for one severity class. */
  public record ClassPeriod(
      @JsonProperty("class") SeverityClass severityClass, Optional<Boolean> publishedByDefault, Optional<Period> minimum,
      Period maximum, Optional<String> source, List<String> unconfirmed) {
    /** An absent list is empty. */
    public ClassPeriod {
      unconfirmed = list(unconfirmed);
    }
  }
}
