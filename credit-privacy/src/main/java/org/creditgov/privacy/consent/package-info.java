/**
 * Consent as a typed authorisation (PRI-1, PRI-2, PRI-4): {@link
 * org.creditgov.privacy.consent.Consent} states who may use which catalog fields of one subject,
 * for which purpose of the {@link org.creditgov.privacy.consent.PurposeRegistry purpose catalog},
 * on what founding (the person's consent, PIPL Art. 13(1), or a statutory duty, Art. 13(3)), by
 * which method and until when; {@link org.creditgov.privacy.consent.ConsentRegistry} records
 * consents (refusing, with every reason, one without an end, longer than its purpose allows,
 * forced, bundled, or lacking a separate consent), withdraws them with effect from that instant,
 * and answers every "is this authorised" question from one clock. Consents are kept in a {@link
 * org.creditgov.privacy.consent.ConsentStore} with optimistic concurrency.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.privacy.consent;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
