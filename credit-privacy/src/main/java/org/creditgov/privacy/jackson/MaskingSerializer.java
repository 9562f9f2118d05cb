package org.creditgov.privacy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;

/** Writes a value as the string its profile masks it to. */
final class MaskingSerializer extends StdSerializer<Object> {

  private static final long serialVersionUID = 1L;

  private final MaskingProfile profile;
  private final DataKind kind;

  MaskingSerializer(MaskingProfile profile, DataKind kind) {
    super(Object.class);
    this.profile = profile;
    this.kind = kind;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(profile.mask(kind, value.toString()));
  }
}
