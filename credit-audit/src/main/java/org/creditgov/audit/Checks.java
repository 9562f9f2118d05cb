package org.creditgov.audit;

/** The argument checks the proof sources share. */
final class Checks {

  private Checks() {}

  static void size(long treeSize, long size) {
    if (treeSize < 0 || treeSize > size) {
      throw new IllegalArgumentException("tree size " + treeSize + " is outside 0.." + size);
    }
  }

  static void inclusion(long index, long treeSize, long size) {
    if (index < 0 || index >= treeSize || treeSize > size) {
      throw new IllegalArgumentException(
          "an inclusion proof needs 0 <= index < tree size <= " + size + ", got " + index + " and " + treeSize);
    }
  }

  static void consistency(long size1, long size2, long size) {
    if (size1 <= 0 || size1 >= size2 || size2 > size) {
      throw new IllegalArgumentException(
          "a consistency proof needs 0 < size1 < size2 <= " + size + ", got " + size1 + " and " + size2);
    }
  }
}
