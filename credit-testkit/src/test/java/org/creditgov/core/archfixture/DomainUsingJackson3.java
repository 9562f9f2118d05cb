package org.creditgov.core.archfixture;

import tools.jackson.databind.json.JsonMapper;

/** Violates "Jackson only in jackson, json or io packages": a domain type using Jackson 3. */
public final class DomainUsingJackson3 {
  private DomainUsingJackson3() {}

  /** Uses Jackson 3. */
  public static JsonMapper mapper() {
    return JsonMapper.builder().build();
  }
}
