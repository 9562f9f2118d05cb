package org.creditgov.core.json;

import java.util.Collection;
import org.creditgov.core.verdict.FindingType;

/**
 * The finding types a module declares, so that a finding read from JSON gets its type back from
 * its code (SPI, found with {@link java.util.ServiceLoader}): a module registers its provider with
 * {@code provides org.creditgov.core.json.FindingTypeProvider with …} in its module-info and a
 * {@code META-INF/services/org.creditgov.core.json.FindingTypeProvider} file for the class path.
 * Codes must be unique across every provider.
 */
public interface FindingTypeProvider {

  /** The finding types of the module, every constant of each of its finding-type enums. */
  Collection<? extends FindingType> findingTypes();
}
