package org.creditgov.audit;

import java.util.List;

/** Every complete subtree of a list of leaf hashes, computed once: the tree of {@link MerkleProofs}'s helpers. */
final class MemoryTree implements NodeSource {

  private final byte[][][] levels;
  private final long size;

  MemoryTree(List<byte[]> entries) {
    int n = entries.size();
    size = n;
    int height = n == 0 ? 1 : 64 - Long.numberOfLeadingZeros(n);
    levels = new byte[height][][];
    levels[0] = new byte[n][];
    for (int i = 0; i < n; i++) {
      levels[0][i] = Hashes.leaf(entries.get(i));
    }
    for (int level = 1; level < height; level++) {
      byte[][] below = levels[level - 1];
      byte[][] here = new byte[below.length / 2][];
      for (int i = 0; i < here.length; i++) {
        here[i] = Hashes.node(below[2 * i], below[2 * i + 1]);
      }
      levels[level] = here;
    }
  }

  long size() {
    return size;
  }

  @Override
  public byte[] node(int level, long index) {
    return levels[level][Math.toIntExact(index)];
  }
}
