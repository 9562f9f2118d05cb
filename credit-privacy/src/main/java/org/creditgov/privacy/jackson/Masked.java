package org.creditgov.privacy.jackson;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.creditgov.privacy.mask.DataKind;

/**
 * Marks a DTO property as personal data of a kind, so that a {@link CreditPrivacyModule} masks it
 * when the DTO is serialised (PRI-3, CAT-6). Put it on a field, a getter, or a record component.
 *
 * <p>A string property is written masked; a property of another type is written as the mask of
 * its {@code toString()} (a {@code Long} phone number becomes a masked string); a collection,
 * array, map or {@code Optional} has each element (map: each value) masked. Null stays null.
 * Without the module registered the annotation does nothing, so a DTO is only safe together with a
 * mapper that has the module: test that mapper.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Masked {

  /** The kind of personal data the property holds. */
  DataKind value();
}
