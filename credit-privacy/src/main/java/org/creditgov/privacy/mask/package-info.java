/**
 * Masking (脱敏) of personal information field by field, for publication, sharing and display
 * (PRI-3, CAT-6): {@link org.creditgov.privacy.mask.DataKind} names what a value is, a {@link
 * org.creditgov.privacy.mask.MaskRule} says how much of it may show, and a {@link
 * org.creditgov.privacy.mask.MaskingProfile} maps every kind to a rule.
 *
 * <p>Every masker works on Unicode code points and never splits a surrogate pair; null stays
 * null and {@code ""} stays {@code ""}; masking is idempotent; a non-empty value is never returned
 * with nothing hidden, however short or dirty; full-width digits and letters are folded to
 * half-width before positions are counted.
 *
 * <p>The default rules of {@link org.creditgov.privacy.mask.MaskingProfile#PUBLIC}, {@link
 * org.creditgov.privacy.mask.MaskingProfile#SHARING} and {@link
 * org.creditgov.privacy.mask.MaskingProfile#SUBJECT} are <b>common practice, not a standard</b>:
 * no national standard fixing these positions could be confirmed (JR/T 0171-2020 Annex A could not
 * be read). Departments change them by copying a profile with {@link
 * org.creditgov.privacy.mask.MaskingProfile#toBuilder()}.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.privacy.mask;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
