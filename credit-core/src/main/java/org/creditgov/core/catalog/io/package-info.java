/**
 * Catalogs and publication regimes as JSON files a credit office can write by hand ({@code
 * docs/catalog-format.md}): {@link org.creditgov.core.catalog.io.CatalogJson} reads, lints and
 * writes them, {@link org.creditgov.core.catalog.io.BundledCatalogs} loads the reference data
 * bundled with the library. The only package of credit-core that uses Jackson.
 */
@NullMarked
package org.creditgov.core.catalog.io;

import org.jspecify.annotations.NullMarked;
