package org.creditgov.audit;

import java.util.List;

/**
 * What a log can prove about itself (SEC-2): its size, the root hash at any size it has reached,
 * and RFC 9162 inclusion and consistency proofs. {@link AuditLog} implements it over its files,
 * {@link MerkleProofs#inMemory(List)} over a list; {@link CheckpointVerifier} checks checkpoints
 * against it.
 *
 * <p>Hashes are 32-byte SHA-256 values; each call returns fresh arrays the caller may keep.
 */
public interface LogProofs {

  /** The number of entries in the log. */
  long size();

  /**
   * The RFC 9162 Merkle tree hash of the first {@code size} entries (of the empty string for 0).
   *
   * @throws IllegalArgumentException if {@code size} is negative or beyond {@link #size()}
   */
  byte[] rootHash(long size);

  /**
   * The inclusion proof of entry {@code index} in the tree of the first {@code treeSize} entries
   * (RFC 9162 §2.1.3.1), innermost sibling first.
   *
   * @throws IllegalArgumentException unless {@code 0 <= index < treeSize <= size()}
   */
  List<byte[]> inclusionProof(long index, long treeSize);

  /**
   * The consistency proof from the tree of {@code size1} entries to that of {@code size2}
   * (RFC 9162 §2.1.4.1).
   *
   * @throws IllegalArgumentException unless {@code 0 < size1 < size2 <= size()}
   */
  List<byte[]> consistencyProof(long size1, long size2);
}
