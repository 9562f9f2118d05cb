package org.creditgov.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 9162 §2.1 definitions (MTH, PATH, PROOF) over a {@link NodeSource}, reading each complete
 * subtree as one stored node, so that a proof costs O(log n) node reads and at most O(log n)
 * hashes for the subtree on the right edge.
 */
final class TreeMath {

  private TreeMath() {}

  /** MTH of leaves {@code [start, end)}, {@code start < end}, where the range is a subtree of the RFC's recursion. */
  static byte[] rangeHash(NodeSource nodes, long start, long end) {
    long size = end - start;
    if (Long.bitCount(size) == 1 && (start & (size - 1)) == 0) {
      return nodes.node(Long.numberOfTrailingZeros(size), start >>> Long.numberOfTrailingZeros(size));
    }
    long k = Hashes.split(size);
    return Hashes.node(rangeHash(nodes, start, start + k), rangeHash(nodes, start + k, end));
  }

  /** MTH of the first {@code size} leaves; the hash of the empty string for size 0. */
  static byte[] root(NodeSource nodes, long size) {
    if (size == 0) {
      return Hashes.digest().digest();
    }
    return rangeHash(nodes, 0, size);
  }

  /** PATH(m, D[n]) of RFC 9162 §2.1.3.1, innermost sibling first. */
  static List<byte[]> inclusion(NodeSource nodes, long index, long size) {
    List<byte[]> path = new ArrayList<>(64);
    pathOf(nodes, index, 0, size, path);
    return path;
  }

  private static void pathOf(NodeSource nodes, long m, long start, long end, List<byte[]> out) {
    long n = end - start;
    if (n == 1) {
      return;
    }
    long k = Hashes.split(n);
    if (m < k) {
      pathOf(nodes, m, start, start + k, out);
      out.add(rangeHash(nodes, start + k, end));
    } else {
      pathOf(nodes, m - k, start + k, end, out);
      out.add(rangeHash(nodes, start, start + k));
    }
  }

  /** PROOF(m, D[n]) of RFC 9162 §2.1.4.1, for {@code 0 < m < n}. */
  static List<byte[]> consistency(NodeSource nodes, long m, long n) {
    List<byte[]> proof = new ArrayList<>(64);
    subproof(nodes, m, 0, n, true, proof);
    return proof;
  }

  private static void subproof(NodeSource nodes, long m, long start, long end, boolean whole, List<byte[]> out) {
    long n = end - start;
    if (m == n) {
      if (!whole) {
        out.add(rangeHash(nodes, start, end));
      }
      return;
    }
    long k = Hashes.split(n);
    if (m <= k) {
      subproof(nodes, m, start, start + k, whole, out);
      out.add(rangeHash(nodes, start + k, end));
    } else {
      subproof(nodes, m - k, start + k, end, false, out);
      out.add(rangeHash(nodes, start, start + k));
    }
  }
}
