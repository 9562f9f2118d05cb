package org.creditgov.core.archfixture.io;

import com.fasterxml.jackson.core.JsonFactory;

/** Follows "Jackson only in jackson or io packages": Jackson in an io package. */
public final class JsonAtTheEdge {
  private JsonAtTheEdge() {}

  /** Uses Jackson, where it may. */
  public static JsonFactory factory() {
    return new JsonFactory();
  }
}
