/**
 * Catalogs and publication regimes as JSON files a credit office can write by hand ({@code
 * docs/catalog-format.md}; schemas {@code catalog-1.schema.json} and {@code
 * publication-regimes-1.schema.json}): {@link org.creditgov.core.catalog.io.CatalogJson} reads and
 * writes them on the library's shared reading ({@code org.creditgov.core.io}), {@link
 * org.creditgov.core.catalog.io.BundledCatalogs} loads the reference data bundled with the library,
 * and {@link org.creditgov.core.catalog.io.CatalogFormat} and {@link
 * org.creditgov.core.catalog.io.RegimesFormat} register both formats with {@code
 * org.creditgov.core.io.Lint}. Needs Jackson 3 and the JSON Schema validator on the path (optional
 * dependencies of credit-core: see the README).
 */
@NullMarked
@CheckReturnValue
package org.creditgov.core.catalog.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
