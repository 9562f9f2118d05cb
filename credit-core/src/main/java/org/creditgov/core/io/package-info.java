/**
 * Internal: reading the library's JSON formats with every problem located, shared by the catalog
 * reader of credit-core and the measure-list reader of credit-rules. Exported to credit-rules only;
 * not an API for users.
 */
@NullMarked
package org.creditgov.core.io;

import org.jspecify.annotations.NullMarked;
