package org.creditgov.privacy.io;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.function.Supplier;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.FileFormat;
import org.creditgov.privacy.consent.PurposeCatalog;
import org.creditgov.privacy.consent.PurposeRegistry;

/**
 * The purpose-catalog format, {@code creditgov-purpose-catalog/1}, for credit-core's {@code Lint}
 * (PRI-1): each file with every problem {@link PurposeCatalogJson} reports, then the catalogs
 * together as a {@link PurposeRegistry} checks them. The bundled example is known by its file name.
 * Registered with {@link java.util.ServiceLoader}.
 */
public final class PurposeCatalogFormat extends FileFormat<PurposeCatalog> {

  /** For {@link java.util.ServiceLoader}. */
  public PurposeCatalogFormat() {
    super(PurposeCatalogJson.FORMATS.get(0), PurposeCatalog.class, PurposeCatalogJson::read,
        ImmutableMap.<String, Supplier<String>>of(BundledPurposes.EXAMPLE.replace(".json", ""), () -> BundledPurposes.text(BundledPurposes.EXAMPLE)));
  }

  @Override
  protected List<DataProblem> across(List<PurposeCatalog> values) {
    return PurposeRegistry.builder().addAll(values).problems();
  }
}
