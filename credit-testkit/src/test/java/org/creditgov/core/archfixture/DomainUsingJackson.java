package org.creditgov.core.archfixture;

import com.fasterxml.jackson.core.JsonFactory;

/** Violates "Jackson only in jackson or io packages": a domain type using Jackson. */
public final class DomainUsingJackson {
  private DomainUsingJackson() {}

  /** Uses Jackson. */
  public static JsonFactory factory() {
    return new JsonFactory();
  }
}
