package org.creditgov.privacy.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import org.creditgov.privacy.mask.MaskingProfile;
import org.jspecify.annotations.Nullable;

/**
 * Gives every {@link Masked} property a {@link MaskingSerializer}: the property's own serializer
 * for a plain value, its content serializer for a collection, array, map or reference type.
 */
final class MaskingIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  private final MaskingProfile profile;

  MaskingIntrospector(MaskingProfile profile) {
    this.profile = profile;
  }

  @Override
  public Version version() {
    return CreditPrivacyModule.VERSION;
  }

  @Override
  public @Nullable Object findSerializer(Annotated a) {
    Masked masked = a.getAnnotation(Masked.class);
    return masked == null || holdsContent(a) ? null : new MaskingSerializer(profile, masked.value());
  }

  @Override
  public @Nullable Object findContentSerializer(Annotated a) {
    Masked masked = a.getAnnotation(Masked.class);
    return masked != null && holdsContent(a) ? new MaskingSerializer(profile, masked.value()) : null;
  }

  private static boolean holdsContent(Annotated a) {
    JavaType type = a.getType();
    return type != null && (type.isContainerType() || type.isReferenceType());
  }
}
