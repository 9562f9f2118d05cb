package org.creditgov.audit;

import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * One signature line of a signed note, verified or not: {@code — <key name> base64(key id ‖
 * signature)} (c2sp.org/signed-note). For a tlog-cosignature v1 line the signature is the 8-byte
 * big-endian POSIX timestamp followed by the 64-byte Ed25519 signature.
 */
public final class NoteSignature {

  private final String name;
  private final int keyId;
  private final byte[] signature;
  private final String base64;

  NoteSignature(String name, int keyId, byte[] signature) {
    this.name = name;
    this.keyId = keyId;
    this.signature = signature.clone();
    byte[] all = new byte[4 + signature.length];
    all[0] = (byte) (keyId >>> 24);
    all[1] = (byte) (keyId >>> 16);
    all[2] = (byte) (keyId >>> 8);
    all[3] = (byte) keyId;
    System.arraycopy(signature, 0, all, 4, signature.length);
    this.base64 = Base64.getEncoder().encodeToString(all);
  }

  /** The key name. */
  public String name() {
    return name;
  }

  /** The 32-bit key id. */
  public int keyId() {
    return keyId;
  }

  /** The signature bytes after the key id (a copy). */
  public byte[] signature() {
    return signature.clone();
  }

  byte[] signatureBytes() {
    return signature;
  }

  /**
   * The timestamp of a tlog-cosignature v1 line (POSIX seconds), read without verifying it; empty
   * if the signature is not 72 bytes.
   */
  public Optional<Long> cosignatureTimestamp() {
    if (signature.length != 8 + Ed25519.SIGNATURE) {
      return Optional.empty();
    }
    long t = 0;
    for (int i = 0; i < 8; i++) {
      t = t << 8 | (signature[i] & 0xff);
    }
    return Optional.of(t);
  }

  boolean matches(NoteVerifierKey key) {
    return key.name().equals(name) && key.keyId() == keyId;
  }

  /** The line as it stands in the note, without its newline. */
  public String line() {
    return "\u2014 " + name + ' ' + base64;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoteSignature && ((NoteSignature) o).line().equals(line());
  }

  @Override
  public int hashCode() {
    return line().hashCode();
  }

  /** The key name and id; a signature is public. */
  @Override
  public String toString() {
    return "NoteSignature[" + name + "+" + String.format(Locale.ROOT, "%08x", keyId) + "]";
  }
}
