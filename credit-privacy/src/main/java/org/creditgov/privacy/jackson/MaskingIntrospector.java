package org.creditgov.privacy.jackson;

import tools.jackson.core.Version;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
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
  public @Nullable Object findSerializer(MapperConfig<?> config, Annotated a) {
    Masked masked = a.getAnnotation(Masked.class);
    return masked == null || holdsContent(a) ? null : new MaskingSerializer(profile, masked.value());
  }

  @Override
  public @Nullable Object findContentSerializer(MapperConfig<?> config, Annotated a) {
    Masked masked = a.getAnnotation(Masked.class);
    return masked != null && holdsContent(a) ? new MaskingSerializer(profile, masked.value()) : null;
  }

  private static boolean holdsContent(Annotated a) {
    JavaType type = a.getType();
    return type != null && (type.isContainerType() || type.isReferenceType());
  }
}
