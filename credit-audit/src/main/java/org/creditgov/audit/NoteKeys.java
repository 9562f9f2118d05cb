package org.creditgov.audit;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Key names and key ids of the C2SP signed-note format. */
final class NoteKeys {

  /** Signature type 0x01: Ed25519 over the note text (c2sp.org/signed-note). */
  static final byte ED25519 = 0x01;
  /** Signature type 0x04: timestamped Ed25519 witness cosignature (c2sp.org/tlog-cosignature). */
  static final byte COSIGNATURE_V1 = 0x04;

  private NoteKeys() {}

  /** Non-empty, and no Unicode space and no plus sign (c2sp.org/signed-note, "Format"). */
  static boolean validName(String name) {
    if (name.isEmpty() || name.indexOf('+') >= 0) {
      return false;
    }
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp < 0x20 || cp == 0x7f
          || Character.isSurrogate(name.charAt(i)) && !Character.isSupplementaryCodePoint(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * The name, if valid.
   *
   * @throws IllegalArgumentException if it is not a valid key name
   */
  @CanIgnoreReturnValue
  static String requireValidName(String name) {
    if (!validName(name)) {
      throw new IllegalArgumentException("a key name is non-empty, without spaces or plus signs");
    }
    return name;
  }

  /** The big-endian u32 at the start of {@code bytes}. */
  static int readKeyId(byte[] bytes) {
    return (bytes[0] & 0xff) << 24 | (bytes[1] & 0xff) << 16 | (bytes[2] & 0xff) << 8 | (bytes[3] & 0xff);
  }

  /** SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4], big-endian. */
  static int keyId(String name, byte type, byte[] publicKey) {
    MessageDigest md = Hashes.newDigest();
    md.update(name.getBytes(StandardCharsets.UTF_8));
    md.update((byte) '\n');
    md.update(type);
    md.update(publicKey);
    return readKeyId(md.digest());
  }
}
