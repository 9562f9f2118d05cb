package org.creditgov.audit;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * A public key that verifies signature lines of a signed note (SEC-2): the log's Ed25519 key
 * (signature type 0x01, c2sp.org/signed-note) or a witness's Ed25519 cosignature key (type 0x04,
 * c2sp.org/tlog-cosignature v1). Its text form is the verifier key ("vkey") of the Go
 * implementation, {@code <name>+<hex key id>+<base64(type ‖ 32-byte key)>}, which is what an
 * operator hands to a witness or an inspector.
 *
 * <p>The key id is SHA-256(name ‖ 0x0A ‖ type ‖ key)[:4]. Instances are immutable.
 */
public final class NoteVerifierKey {

  private final String name;
  private final byte type;
  private final byte[] key;
  private final int keyId;
  private final PublicKey publicKey;

  private NoteVerifierKey(String name, byte type, byte[] key) {
    this.name = name;
    this.type = type;
    this.key = key;
    this.keyId = NoteKeys.keyId(name, type, key);
    this.publicKey = Ed25519.publicKey(key);
  }

  /**
   * The key that verifies a log's Ed25519 checkpoint signatures (type 0x01).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is not a valid key name or the key not Ed25519
   */
  public static NoteVerifierKey ed25519(String name, PublicKey key) {
    return of(name, NoteKeys.ED25519, Ed25519.rawPublicKey(requireNonNull(key, "key")));
  }

  /**
   * The key that verifies a witness's timestamped Ed25519 cosignatures (type 0x04).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is not a valid key name or the key not Ed25519
   */
  public static NoteVerifierKey cosignatureV1(String name, PublicKey key) {
    return of(name, NoteKeys.COSIGNATURE_V1, Ed25519.rawPublicKey(requireNonNull(key, "key")));
  }

  private static NoteVerifierKey of(String name, byte type, byte[] raw) {
    requireNonNull(name, "name");
    NoteKeys.requireValidName(name);
    return new NoteVerifierKey(name, type, raw);
  }

  /**
   * Reads a verifier key {@code <name>+<8 hex digits>+<base64(type ‖ key)>}.
   *
   * @throws NullPointerException if {@code vkey} is null
   * @throws IllegalArgumentException if it is not of that form, its type is neither 0x01 nor
   *     0x04, or its key id does not match its name and key
   */
  public static NoteVerifierKey parse(String vkey) {
    requireNonNull(vkey, "vkey");
    int a = vkey.indexOf('+');
    int b = a < 0 ? -1 : vkey.indexOf('+', a + 1);
    if (a <= 0 || b < 0 || b - a != 9) {
      throw new IllegalArgumentException("a verifier key is <name>+<8 hex digits>+<base64 key>");
    }
    String name = vkey.substring(0, a);
    String hex = vkey.substring(a + 1, b);
    byte[] data;
    int id;
    try {
      id = Integer.parseUnsignedInt(hex, 16);
      data = Base64.getDecoder().decode(vkey.substring(b + 1).getBytes(StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a verifier key is <name>+<8 hex digits>+<base64 key>", e);
    }
    if (data.length != 1 + Ed25519.KEY || data[0] != NoteKeys.ED25519 && data[0] != NoteKeys.COSIGNATURE_V1) {
      throw new IllegalArgumentException("only Ed25519 keys of type 0x01 or 0x04 are supported");
    }
    NoteVerifierKey key = of(name, data[0], Arrays.copyOfRange(data, 1, data.length));
    if (key.keyId != id) {
      throw new IllegalArgumentException("the key id of the verifier key does not match its name and key");
    }
    return key;
  }

  /** The key name. */
  public String name() {
    return name;
  }

  /** The key id: the first four bytes of SHA-256(name ‖ 0x0A ‖ type ‖ key), big-endian. */
  public int keyId() {
    return keyId;
  }

  /** Whether this key verifies witness cosignatures (type 0x04) rather than log signatures (0x01). */
  public boolean isCosignatureKey() {
    return type == NoteKeys.COSIGNATURE_V1;
  }

  /** The JDK public key. */
  public PublicKey publicKey() {
    return publicKey;
  }

  byte type() {
    return type;
  }

  boolean verify(byte[] message, byte[] signature) {
    return Ed25519.verify(publicKey, message, signature);
  }

  /** The verifier key text {@code <name>+<hex key id>+<base64(type ‖ key)>}. */
  public String encoded() {
    byte[] data = new byte[1 + key.length];
    data[0] = type;
    System.arraycopy(key, 0, data, 1, key.length);
    return name + '+' + String.format(Locale.ROOT, "%08x", keyId) + '+' + Base64.getEncoder().encodeToString(data);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoteVerifierKey
        && ((NoteVerifierKey) o).type == type
        && ((NoteVerifierKey) o).name.equals(name)
        && Arrays.equals(((NoteVerifierKey) o).key, key);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + keyId;
  }

  /** The verifier key text (a public key; nothing secret). */
  @Override
  public String toString() {
    return encoded();
  }
}
