package org.creditgov.audit;

/**
 * Where the tree math reads hashes of complete subtrees: the node at {@code level} covering leaves
 * {@code [index << level, (index + 1) << level)}. The stored tree answers from its level files,
 * the in-memory tree from a list of leaf hashes.
 */
interface NodeSource {

  byte[] node(int level, long index);
}
