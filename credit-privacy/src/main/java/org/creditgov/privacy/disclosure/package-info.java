/**
 * The public disclosure view (CAT-6, PRI-3, REP-3): {@link
 * org.creditgov.privacy.disclosure.DisclosureView} answers in one call what the public credit
 * website may show today about a subject — only catalog items whose disclosure attribute is
 * public, inside the publication window of the regime in force, not repaired or stopped, never a
 * state or commercial secret, personal information only with a legal basis or the person's consent
 * and masked for the public — and, for each item withheld, why.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.privacy.disclosure;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
