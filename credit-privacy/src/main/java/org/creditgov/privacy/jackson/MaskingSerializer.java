package org.creditgov.privacy.jackson;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;

/** Writes a value as the string its profile masks it to. */
final class MaskingSerializer extends StdSerializer<Object> {

  private final MaskingProfile profile;
  private final DataKind kind;

  MaskingSerializer(MaskingProfile profile, DataKind kind) {
    super(Object.class);
    this.profile = profile;
    this.kind = kind;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializationContext context) {
    gen.writeString(profile.mask(kind, value.toString()));
  }
}
