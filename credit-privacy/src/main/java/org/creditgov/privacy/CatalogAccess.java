package org.creditgov.privacy;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.creditgov.core.Bilingual;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.catalog.CatalogRegistry;
import org.creditgov.core.catalog.FieldSpec;
import org.creditgov.core.catalog.ResolvedCatalog;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.ruleset.RuleSetFinding;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.creditgov.core.verdict.Finding;
import org.jspecify.annotations.Nullable;

/**
 * The catalog in force, as credit-privacy consults it (CAT-1, CAT-4, PRI-1): which items and
 * fields exist, how sensitive each field is, whether and until when a record is published. Consent,
 * the query gateway and the disclosure view all read the catalog through this one interface, so
 * they do not depend on how a catalog registry answers "nothing in force".
 *
 * <pre>{@code
 * CatalogAccess catalogs = CatalogAccess.of(registry);
 * Optional<ResolvedCatalog> inForce = catalogs.resolve(Jurisdiction.of("640381"), LocalDate.of(2026, 9, 28));
 * }</pre>
 */
@FunctionalInterface
public interface CatalogAccess {

  /** The kind of rule set, as the finding of "nothing in force" names it. */
  Term CATALOG = Term.of("catalog", Bilingual.of("公共信用信息目录", "catalog of public credit information"));

  /**
   * The catalog in force in {@code jurisdiction} on {@code date}; empty when none is.
   *
   * @throws NullPointerException if an argument is null
   */
  Optional<ResolvedCatalog> resolve(Jurisdiction jurisdiction, LocalDate date);

  /**
   * The catalogs of {@code registry}: a date no national catalog covers resolves to nothing.
   *
   * @throws NullPointerException if {@code registry} is null
   */
  static CatalogAccess of(CatalogRegistry registry) {
    requireNonNull(registry, "registry");
    ConcurrentHashMap<String, ResolvedCatalog> last = new ConcurrentHashMap<>();
    return (jurisdiction, date) -> {
      ResolvedCatalog known = last.get(jurisdiction.code());
      if (known != null && known.period().contains(date)) {
        return Optional.of(known); // the same layers hold over the whole period
      }
      Optional<ResolvedCatalog> resolved = registry.resolve(jurisdiction, date);
      resolved.ifPresent(r -> last.put(jurisdiction.code(), r));
      return resolved;
    };
  }

  /**
   * An item as messages name it: its code and names where the catalog has it, else its code.
   *
   * @throws NullPointerException if an argument is null
   */
  static Term itemTerm(@Nullable ResolvedCatalog catalog, String item) {
    requireNonNull(item, "item");
    Optional<CatalogItem> found = catalog == null ? Optional.empty() : catalog.item(item);
    return found.map(i -> Term.of(item, i.nameZh(), i.nameEn())).orElse(Term.of(item, item, item));
  }

  /**
   * A field as messages name it, in both languages: its label where the catalog gives one (the
   * catalog's labels are Chinese: a clerk reads the field as the form shows it), else its name.
   *
   * @throws NullPointerException if an argument is null
   */
  static Term fieldTerm(@Nullable ResolvedCatalog catalog, String item, String field) {
    requireNonNull(field, "field");
    Optional<FieldSpec> spec = catalog == null ? Optional.empty() : catalog.item(item).flatMap(i -> i.field(field));
    String label = spec.flatMap(FieldSpec::label).orElse(field);
    return Term.of(field, label, label);
  }

  /**
   * The finding that no catalog is in force in {@code jurisdiction} on {@code date} ({@code
   * ruleset.NOT_IN_FORCE}, CAT-4), citing 国办发〔2020〕49号, which founds catalog management.
   */
  static Finding notInForce(Jurisdiction jurisdiction, LocalDate date) {
    return Finding.of(RuleSetFinding.NOT_IN_FORCE, Instruments.STATE_COUNCIL_OPINION_2020_49,
        Fact.term("kind", CATALOG), Fact.term("jurisdiction", jurisdiction.term()), Fact.date("date", date));
  }
}
