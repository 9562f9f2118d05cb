package org.creditgov.audit;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.EdECPrivateKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * The log's signing key (SEC-2): an Ed25519 key pair of the JDK's own provider with a key name,
 * which signs checkpoints as C2SP signed notes (signature type 0x01). The key name should be the
 * log's origin (c2sp.org/tlog-checkpoint).
 *
 * <p>The private key is the one secret of the tamper evidence: whoever holds it can sign a
 * checkpoint of a rewritten log. Keep it out of the log directory, back it up, and never print it;
 * {@link #toString()} shows the verifier key only. {@link #encodedPrivateKey()} gives the text form
 * of the Go implementation ({@code PRIVATE+KEY+<name>+<hex id>+<base64(0x01 ‖ seed)>}) for a key
 * store, and {@link #parse(String)} reads it back.
 */
public final class NoteSigner {

  private final String name;
  private final KeyPair keyPair;
  private final NoteVerifierKey verifierKey;

  private NoteSigner(String name, KeyPair keyPair) {
    this.name = name;
    this.keyPair = keyPair;
    this.verifierKey = NoteVerifierKey.ed25519(name, keyPair.getPublic());
    byte[] probe = "creditgov key check\n".getBytes(StandardCharsets.US_ASCII);
    if (!verifierKey.verify(probe, Ed25519.sign(keyPair.getPrivate(), probe))) {
      throw new IllegalArgumentException("the private and the public key are not one Ed25519 key pair");
    }
  }

  /**
   * A signer with the given key name and Ed25519 key pair.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is not a valid key name (non-empty, no spaces, no
   *     plus sign), the keys are not Ed25519, or they are not one pair
   */
  public static NoteSigner ed25519(String name, KeyPair keyPair) {
    requireNonNull(name, "name");
    requireNonNull(keyPair, "keyPair");
    NoteKeys.requireValidName(name);
    return new NoteSigner(name, keyPair);
  }

  /**
   * A signer with a new key pair from {@code KeyPairGenerator.getInstance("Ed25519")}.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is not a valid key name
   */
  public static NoteSigner generate(String name) {
    return ed25519(name, Ed25519.generate());
  }

  /**
   * Reads a signer key {@code PRIVATE+KEY+<name>+<8 hex digits>+<base64(0x01 ‖ 32-byte seed)>}.
   *
   * @throws NullPointerException if {@code skey} is null
   * @throws IllegalArgumentException if it is not of that form or its key id does not match the
   *     key derived from the seed (the message never contains the key)
   */
  public static NoteSigner parse(String skey) {
    requireNonNull(skey, "skey");
    String[] parts = skey.split("\\+", 5);
    if (parts.length != 5 || !parts[0].equals("PRIVATE") || !parts[1].equals("KEY") || parts[3].length() != 8) {
      throw new IllegalArgumentException("a signer key is PRIVATE+KEY+<name>+<8 hex digits>+<base64 key>");
    }
    byte[] data = null;
    try {
      int id = Integer.parseUnsignedInt(parts[3], 16);
      data = Base64.getDecoder().decode(parts[4]);
      if (data.length != 1 + Ed25519.KEY || data[0] != NoteKeys.ED25519) {
        throw new IllegalArgumentException("only Ed25519 signer keys (type 0x01) are supported");
      }
      NoteSigner signer = ed25519(parts[2], Ed25519.fromSeed(Arrays.copyOfRange(data, 1, data.length)));
      if (signer.verifierKey.keyId() != id) {
        throw new IllegalArgumentException("the key id of the signer key does not match its key");
      }
      return signer;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a signer key is PRIVATE+KEY+<name>+<8 hex digits>+<base64 key>", e);
    } finally {
      if (data != null) {
        Arrays.fill(data, (byte) 0);
      }
    }
  }

  /** The key name. */
  public String name() {
    return name;
  }

  /** The public verifier key to give witnesses and inspectors. */
  public NoteVerifierKey verifierKey() {
    return verifierKey;
  }

  /**
   * The private key as text, for a key store: secret. Never log it.
   *
   * @throws IllegalStateException if the provider does not reveal the private key's bytes (a
   *     hardware key, say)
   */
  public String encodedPrivateKey() {
    if (!(keyPair.getPrivate() instanceof EdECPrivateKey)) {
      throw new IllegalStateException("this private key does not reveal its bytes");
    }
    byte[] seed = ((EdECPrivateKey) keyPair.getPrivate()).getBytes()
        .orElseThrow(() -> new IllegalStateException("this private key does not reveal its bytes"));
    byte[] data = new byte[1 + seed.length];
    data[0] = NoteKeys.ED25519;
    System.arraycopy(seed, 0, data, 1, seed.length);
    Arrays.fill(seed, (byte) 0);
    String text = "PRIVATE+KEY+" + name + '+' + String.format(Locale.ROOT, "%08x", verifierKey.keyId()) + '+'
        + Base64.getEncoder().encodeToString(data);
    Arrays.fill(data, (byte) 0);
    return text;
  }

  NoteSignature sign(String text) {
    return new NoteSignature(name, verifierKey.keyId(),
        Ed25519.sign(keyPair.getPrivate(), text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The verifier key only; never the private key. */
  @Override
  public String toString() {
    return "NoteSigner[" + verifierKey.encoded() + "]";
  }
}
