/**
 * The purpose catalog as a data format (PRI-1): {@link org.creditgov.privacy.io.PurposeCatalogJson}
 * reads and writes {@code creditgov-purpose-catalog/1} (schema {@code purpose-catalog-1.schema.json})
 * on the library's reading pipeline, and {@link org.creditgov.privacy.io.BundledPurposes} holds the
 * bundled example. Uses Jackson 3 and the schema validator, optional dependencies of the module.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.privacy.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
