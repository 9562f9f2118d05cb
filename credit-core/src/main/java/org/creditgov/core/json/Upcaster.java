package org.creditgov.core.json;

import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a document of one version of a form into a document of the next version, as a tree
 * (tree → tree), so that a form keeps reading what older versions wrote. Registered on the form
 * ({@link JsonForm.Builder#upcaster}) for the version it reads; the form runs the chain from the
 * document's version to its own and sets the {@code format} key. Must be pure.
 */
@FunctionalInterface
public interface Upcaster {

  /** The document of version {@code n + 1} that {@code document}, of version {@code n}, means (changed in place or new). */
  ObjectNode upcast(ObjectNode document);
}
