package org.creditgov.audit;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** RFC 9162 §2.1 hashing with SHA-256: leaf = H(0x00 ‖ entry), node = H(0x01 ‖ left ‖ right). */
final class Hashes {

  static final int SIZE = 32;

  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Hashes::newDigest);

  private Hashes() {}

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the platform has no SHA-256", e);
    }
  }

  static MessageDigest digest() {
    return SHA256.get();
  }

  static byte[] leaf(byte[] entry) {
    return leaf(entry, 0, entry.length);
  }

  static byte[] leaf(byte[] data, int offset, int length) {
    MessageDigest md = SHA256.get();
    md.update((byte) 0);
    md.update(data, offset, length);
    return md.digest();
  }

  static byte[] node(byte[] left, byte[] right) {
    MessageDigest md = SHA256.get();
    md.update((byte) 1);
    md.update(left);
    md.update(right);
    return md.digest();
  }

  /** The node hash of the two 32-byte hashes at {@code in[offset]} and {@code in[offset + 32]}, into {@code out[outOffset]}. */
  static void node(MessageDigest md, byte[] in, int offset, byte[] out, int outOffset) {
    md.update((byte) 1);
    md.update(in, offset, 2 * SIZE);
    try {
      md.digest(out, outOffset, SIZE);
    } catch (DigestException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The largest power of two smaller than {@code n}, for {@code n > 1} (RFC 9162 §2.1.1's k). */
  static long split(long n) {
    return Long.highestOneBit(n - 1);
  }
}
