/**
 * The entries of the two logs the library writes (SEC-1, SEC-2, DES-7): {@link
 * org.creditgov.audit.entry.AuditEntry} for the query log and the decision log, with a canonical
 * JSON encoding, subjects held only as keyed pseudonym tokens ({@link
 * org.creditgov.audit.entry.SubjectPseudonyms}).
 */
@NullMarked
@CheckReturnValue
package org.creditgov.audit.entry;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
