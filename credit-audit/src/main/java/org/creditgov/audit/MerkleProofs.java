package org.creditgov.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.security.MessageDigest;
import java.util.List;

/**
 * RFC 9162 Merkle tree hashing and proofs (SEC-2), for anyone who holds a checkpoint: a department,
 * a witness, an inspector. Hashing is RFC 9162 §2.1 with SHA-256: a leaf is H(0x00 ‖ entry), an
 * interior node H(0x01 ‖ left ‖ right), the empty tree the hash of the empty string.
 *
 * <p>The two verifiers follow RFC 9162 §2.1.3.2 and §2.1.4.2 exactly and answer {@code false}
 * for every wrong or malformed proof: an index not below the size, a size outside the RFC's
 * definition (a consistency proof is defined for {@code 0 < size1 < size2}: from an empty tree,
 * between equal sizes, or from a larger to a smaller size it is {@code false}; equal sizes are
 * consistent exactly when the roots are equal, which needs no proof), an extra or a missing
 * element, a wrong root, a hash that is not 32 bytes. Only a null argument or null element
 * throws, a {@link NullPointerException}.
 *
 * <p>The helpers compute leaf hashes, roots and proofs for a list held in memory; {@link
 * AuditLog} computes the same from its files.
 */
public final class MerkleProofs {

  private static final int HASH = Hashes.SIZE;

  private MerkleProofs() {}

  /**
   * Whether {@code proof} proves that the leaf with hash {@code leafHash} is entry {@code
   * leafIndex} of the tree of {@code treeSize} entries whose root is {@code rootHash} (RFC 9162
   * §2.1.3.2).
   *
   * @throws NullPointerException if an argument or an element of {@code proof} is null
   */
  public static boolean verifyInclusion(
      long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] rootHash) {
    requireNonNull(leafHash, "leafHash");
    requireNonNull(rootHash, "rootHash");
    if (!wellFormed(proof) || leafHash.length != HASH || rootHash.length != HASH) {
      return false;
    }
    if (leafIndex < 0 || treeSize <= 0 || leafIndex >= treeSize) {
      return false;
    }
    long fn = leafIndex;
    long sn = treeSize - 1;
    byte[] r = leafHash;
    for (byte[] p : proof) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = Hashes.node(p, r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>>= 1;
            sn >>>= 1;
          }
        }
      } else {
        r = Hashes.node(r, p);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(r, rootHash);
  }

  /**
   * Whether {@code proof} proves that the tree of {@code size1} entries with root {@code root1} is
   * a prefix of the tree of {@code size2} entries with root {@code root2} (RFC 9162 §2.1.4.2).
   * False unless {@code 0 < size1 < size2}.
   *
   * @throws NullPointerException if an argument or an element of {@code proof} is null
   */
  public static boolean verifyConsistency(
      long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
    requireNonNull(root1, "root1");
    requireNonNull(root2, "root2");
    if (!wellFormed(proof) || root1.length != HASH || root2.length != HASH) {
      return false;
    }
    if (size1 <= 0 || size2 <= size1 || proof.isEmpty()) {
      return false;
    }
    int i = 0;
    byte[] first;
    if (Long.bitCount(size1) == 1) {
      first = root1;
    } else {
      first = proof.get(i++);
    }
    long fn = size1 - 1;
    long sn = size2 - 1;
    while ((fn & 1) == 1) {
      fn >>>= 1;
      sn >>>= 1;
    }
    byte[] fr = first;
    byte[] sr = first;
    for (; i < proof.size(); i++) {
      byte[] c = proof.get(i);
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = Hashes.node(c, fr);
        sr = Hashes.node(c, sr);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>>= 1;
            sn >>>= 1;
          }
        }
      } else {
        sr = Hashes.node(sr, c);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(fr, root1) && MessageDigest.isEqual(sr, root2);
  }

  private static boolean wellFormed(List<byte[]> proof) {
    requireNonNull(proof, "proof");
    boolean ok = true;
    for (byte[] p : proof) {
      requireNonNull(p, "proof element");
      ok &= p.length == HASH;
    }
    return ok && proof.size() <= 2 * Long.SIZE;
  }

  /**
   * The leaf hash of an entry: SHA-256(0x00 ‖ entry).
   *
   * @throws NullPointerException if {@code entry} is null
   */
  public static byte[] leafHash(byte[] entry) {
    return Hashes.leaf(requireNonNull(entry, "entry"));
  }

  /**
   * The hash of an interior node: SHA-256(0x01 ‖ left ‖ right).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a hash is not 32 bytes
   */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    if (left.length != HASH || right.length != HASH) {
      throw new IllegalArgumentException("a node hash joins two 32-byte hashes");
    }
    return Hashes.node(left, right);
  }

  /**
   * The Merkle tree hash (MTH) of a list of entries; of the empty string for an empty list.
   *
   * @throws NullPointerException if the list or an entry is null
   */
  public static byte[] rootHash(List<byte[]> entries) {
    MemoryTree tree = new MemoryTree(requireNonNull(entries, "entries"));
    return TreeMath.root(tree, tree.size());
  }

  /**
   * The inclusion proof of entry {@code leafIndex} in the tree of all of {@code entries}.
   *
   * @throws NullPointerException if the list or an entry is null
   * @throws IllegalArgumentException unless {@code 0 <= leafIndex < entries.size()}
   */
  public static ImmutableList<byte[]> inclusionProof(List<byte[]> entries, long leafIndex) {
    return ImmutableList.copyOf(inMemory(entries).inclusionProof(leafIndex, entries.size()));
  }

  /**
   * The consistency proof from the tree of the first {@code size1} entries to the tree of all of
   * {@code entries}.
   *
   * @throws NullPointerException if the list or an entry is null
   * @throws IllegalArgumentException unless {@code 0 < size1 < entries.size()}
   */
  public static ImmutableList<byte[]> consistencyProof(List<byte[]> entries, long size1) {
    return ImmutableList.copyOf(inMemory(entries).consistencyProof(size1, entries.size()));
  }

  /**
   * The proofs of a list of entries held in memory, hashed once (a copy: later changes to the list
   * are not seen).
   *
   * @throws NullPointerException if the list or an entry is null
   */
  public static LogProofs inMemory(List<byte[]> entries) {
    MemoryTree tree = new MemoryTree(requireNonNull(entries, "entries"));
    return new TreeProofs(tree, tree.size());
  }

  /** {@link LogProofs} over a node source of a fixed size. */
  static final class TreeProofs implements LogProofs {
    private final NodeSource nodes;
    private final long size;

    TreeProofs(NodeSource nodes, long size) {
      this.nodes = nodes;
      this.size = size;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public byte[] rootHash(long treeSize) {
      Checks.size(treeSize, size);
      return TreeMath.root(nodes, treeSize);
    }

    @Override
    public List<byte[]> inclusionProof(long index, long treeSize) {
      Checks.inclusion(index, treeSize, size);
      return TreeMath.inclusion(nodes, index, treeSize);
    }

    @Override
    public List<byte[]> consistencyProof(long size1, long size2) {
      Checks.consistency(size1, size2, size);
      return TreeMath.consistency(nodes, size1, size2);
    }
  }
}
