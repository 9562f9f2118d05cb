package org.creditgov.core.catalog.io;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogRules;
import org.creditgov.core.catalog.PublicationRegime;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.DataFormat;
import org.creditgov.core.io.DocumentRead;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.ruleset.RuleSetRegistry;

/**
 * The catalog format, {@code creditgov-catalog/1}, for {@link org.creditgov.core.io.Lint}: each
 * file alone, then the catalogs together as a {@link org.creditgov.core.catalog.CatalogRegistry}
 * would check them (duplicate ids, overlapping versions of a layer, supplements redefining a
 * higher layer's item) and, when every regimes document was read, every item's regime series
 * against the regimes linted with them. Registered with {@link java.util.ServiceLoader}.
 */
public final class CatalogFormat implements DataFormat<Catalog> {

  /** For {@link java.util.ServiceLoader}. */
  public CatalogFormat() {}

  @Override
  public List<DocumentRead.Format> versions() {
    return List.of(CatalogReader.CATALOG);
  }

  @Override
  public Class<Catalog> valueType() {
    return Catalog.class;
  }

  @Override
  public ImmutableSet<String> bundled() {
    return BundledCatalogs.CATALOGS;
  }

  @Override
  public String bundledText(String name) {
    if (!BundledCatalogs.CATALOGS.contains(name)) {
      throw new IllegalArgumentException("no bundled catalog " + name + "; bundled are " + BundledCatalogs.CATALOGS);
    }
    return BundledCatalogs.text(name);
  }

  @Override
  public Read<Catalog> read(JsonDocument document) {
    return CatalogReader.catalog(document);
  }

  @Override
  public List<DataProblem> problems(List<Catalog> values, Context context) {
    List<DataProblem> problems = new java.util.ArrayList<>(RuleSetRegistry.problems(Catalog.KIND, values));
    if (context.complete(PublicationRegime.class)) {
      Set<String> series = context.values(PublicationRegime.class).stream().map(PublicationRegime::series)
          .collect(Collectors.toSet());
      problems.addAll(CatalogRules.unknownSeries(values, series));
    }
    return problems;
  }

  @Override
  public String toString() {
    return CatalogReader.CATALOG.name();
  }
}
