package org.creditgov.core.archfixture.json;

import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.json.JsonMapper;

/** Follows "Jackson only at the edge": Jackson 3 and the schema validator in a json package. */
public final class JsonInAJsonPackage {
  private JsonInAJsonPackage() {}

  /** Uses Jackson 3, where it may. */
  public static JsonMapper mapper() {
    return JsonMapper.builder().build();
  }

  /** Uses the validator, where it may. */
  public static SpecificationVersion version() {
    return SpecificationVersion.DRAFT_2020_12;
  }
}
