/**
 * The person's rights over their credit information (PIPL Arts. 44–47; PRI-1, PRI-4, SEC-1) as an
 * API: {@link org.creditgov.privacy.rights.SubjectRights} shows the person who queried their
 * information, when and for what purpose (officers pseudonymised as configured), withdraws their
 * consent, and files a correction request, which becomes an objection (异议, DES-4) where the
 * information is a listing or penalty record.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.privacy.rights;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
