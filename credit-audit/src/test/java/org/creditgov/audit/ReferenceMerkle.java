package org.creditgov.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A straightforward, independent transcription of RFC 9162 §2.1: MTH, PATH and PROOF as recursive
 * definitions over a list of entries, and verification by recomputing the roots recursively from
 * the same definitions (not the RFC's iterative algorithms). Subtree hashes are memoised by range
 * so that exhaustive tests over every size up to 1,024 stay fast.
 */
final class ReferenceMerkle {

  private final List<byte[]> entries;
  private final Map<Long, byte[]> memo = new HashMap<>();

  ReferenceMerkle(List<byte[]> entries) {
    this.entries = entries;
  }

  static List<byte[]> entries(int n) {
    List<byte[]> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(("entry " + i).getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  static byte[] sha(byte[]... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (byte[] p : parts) {
        md.update(p);
      }
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static byte[] leaf(byte[] entry) {
    return sha(new byte[] {0}, entry);
  }

  static byte[] node(byte[] l, byte[] r) {
    return sha(new byte[] {1}, l, r);
  }

  static int k(int n) {
    int k = 1;
    while (k * 2 < n) {
      k *= 2;
    }
    return k;
  }

  /** MTH(D[start:end]). */
  byte[] mth(int start, int end) {
    if (end == start) {
      return sha();
    }
    long key = (long) start << 32 | end;
    byte[] cached = memo.get(key);
    if (cached != null) {
      return cached;
    }
    byte[] h;
    if (end - start == 1) {
      h = leaf(entries.get(start));
    } else {
      int k = k(end - start);
      h = node(mth(start, start + k), mth(start + k, end));
    }
    memo.put(key, h);
    return h;
  }

  /** PATH(m, D[start:end]). */
  List<byte[]> path(int m, int start, int end) {
    int n = end - start;
    List<byte[]> out = new ArrayList<>();
    if (n == 1) {
      return out;
    }
    int k = k(n);
    if (m < k) {
      out.addAll(path(m, start, start + k));
      out.add(mth(start + k, end));
    } else {
      out.addAll(path(m - k, start + k, end));
      out.add(mth(start, start + k));
    }
    return out;
  }

  /** PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true). */
  List<byte[]> proof(int m, int n) {
    return subproof(m, 0, n, true);
  }

  private List<byte[]> subproof(int m, int start, int end, boolean b) {
    int n = end - start;
    List<byte[]> out = new ArrayList<>();
    if (m == n) {
      if (!b) {
        out.add(mth(start, end));
      }
      return out;
    }
    int k = k(n);
    if (m <= k) {
      out.addAll(subproof(m, start, start + k, b));
      out.add(mth(start + k, end));
    } else {
      out.addAll(subproof(m - k, start + k, end, false));
      out.add(mth(start, start + k));
    }
    return out;
  }

  /** Whether the path proves the leaf at m in a tree of n with this root, by recomputing the root recursively. */
  static boolean verifyPath(long m, long n, byte[] leaf, List<byte[]> path, byte[] root) {
    if (m < 0 || n <= 0 || m >= n || leaf.length != 32 || root.length != 32) {
      return false;
    }
    for (byte[] p : path) {
      if (p.length != 32) {
        return false;
      }
    }
    byte[] r = rootFromPath(m, n, leaf, path, path.size());
    return r != null && Arrays.equals(r, root);
  }

  private static byte[] rootFromPath(long m, long n, byte[] leaf, List<byte[]> path, int used) {
    if (n == 1) {
      return used == 0 ? leaf : null;
    }
    if (used == 0) {
      return null;
    }
    long k = Long.highestOneBit(n - 1);
    byte[] sibling = path.get(used - 1);
    if (m < k) {
      byte[] left = rootFromPath(m, k, leaf, path, used - 1);
      return left == null ? null : node(left, sibling);
    }
    byte[] right = rootFromPath(m - k, n - k, leaf, path, used - 1);
    return right == null ? null : node(sibling, right);
  }

  /** Whether the proof shows the tree of m with root1 is a prefix of the tree of n with root2, recursively. */
  static boolean verifyConsistency(long m, long n, byte[] root1, byte[] root2, List<byte[]> proof) {
    if (m <= 0 || n <= m || root1.length != 32 || root2.length != 32) {
      return false;
    }
    for (byte[] p : proof) {
      if (p.length != 32) {
        return false;
      }
    }
    byte[][] r = roots(m, n, true, root1, proof, proof.size());
    return r != null && Arrays.equals(r[0], root1) && Arrays.equals(r[1], root2);
  }

  /** {old subtree hash, new subtree hash} from the last {@code used} elements of the proof. */
  private static byte[][] roots(long m, long n, boolean b, byte[] root1, List<byte[]> proof, int used) {
    if (m == n) {
      if (b) {
        return used == 0 ? new byte[][] {root1, root1} : null;
      }
      return used == 1 ? new byte[][] {proof.get(0), proof.get(0)} : null;
    }
    if (used == 0) {
      return null;
    }
    long k = Long.highestOneBit(n - 1);
    byte[] last = proof.get(used - 1);
    if (m <= k) {
      byte[][] sub = roots(m, k, b, root1, proof, used - 1);
      return sub == null ? null : new byte[][] {sub[0], node(sub[1], last)};
    }
    byte[][] sub = roots(m - k, n - k, false, root1, proof, used - 1);
    return sub == null ? null : new byte[][] {node(last, sub[0]), node(last, sub[1])};
  }
}
