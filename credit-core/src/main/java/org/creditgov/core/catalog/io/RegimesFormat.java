package org.creditgov.core.catalog.io;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.creditgov.core.catalog.PublicationRegime;
import org.creditgov.core.catalog.PublicationRegimes;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.DataFormat;
import org.creditgov.core.io.DocumentRead;
import org.creditgov.core.io.JsonDocument;

/**
 * The publication-regimes format, {@code creditgov-publication-regimes/1}, for {@link
 * org.creditgov.core.io.Lint}: each file alone, then every regime of every file together
 * (duplicate ids, versions of one series in force on a common day). Registered with {@link
 * java.util.ServiceLoader}.
 */
public final class RegimesFormat implements DataFormat<PublicationRegime> {

  /** For {@link java.util.ServiceLoader}. */
  public RegimesFormat() {}

  @Override
  public List<DocumentRead.Format> versions() {
    return List.of(CatalogReader.REGIMES);
  }

  @Override
  public Class<PublicationRegime> valueType() {
    return PublicationRegime.class;
  }

  @Override
  public ImmutableSet<String> bundled() {
    return ImmutableSet.of(BundledCatalogs.REGIMES);
  }

  @Override
  public String bundledText(String name) {
    if (!BundledCatalogs.REGIMES.equals(name)) {
      throw new IllegalArgumentException("no bundled regimes " + name + "; bundled is " + BundledCatalogs.REGIMES);
    }
    return BundledCatalogs.text(name);
  }

  @Override
  public Read<PublicationRegime> read(JsonDocument document) {
    return CatalogReader.regimes(document);
  }

  @Override
  public List<DataProblem> problems(List<PublicationRegime> values, Context context) {
    return PublicationRegimes.problems(values);
  }

  @Override
  public String toString() {
    return CatalogReader.REGIMES.name();
  }
}
