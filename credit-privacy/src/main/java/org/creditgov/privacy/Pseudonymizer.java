package org.creditgov.privacy;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.creditgov.privacy.mask.DataKind;

/**
 * Keyed pseudonyms (PRI-1, PRI-3): turns an identifier into a token that links one person's
 * records across data sets without revealing the identifier, so that sharing can be minimal.
 *
 * <p>Token format: {@code keyId + ":" + base64url(HMAC-SHA-256(key, kind.name() + U+0000 +
 * form))} without padding, 43 characters after the colon. {@code form} is the value normalised
 * for its kind, so that the usual written variants link: full-width digits, spaces and dashes, a
 * lower-case {@code x}, a legacy 15-digit ID number (upgraded to 18 characters), {@code +86}
 * before a mobile number, upper-case letters in an e-mail address, {@code ·} or {@code .} in a
 * name. The kind is part of the input: the same digits as a mobile number and as a card give
 * different tokens.
 *
 * <p>The same input and key always give the same token; a different key gives an unrelated one.
 * The key id names the key, so tokens made under an old key are recognisable after rotation
 * ({@link #keyIdOf(String)}); to rotate, make a new pseudonymizer with a new id and key. Without
 * the key a token cannot be checked against a guess, which is why no unsalted hash is offered: the
 * space of resident ID numbers is small enough to hash exhaustively in hours.
 *
 * <p>The key is never printed, logged or put into an exception message, nor is a value. Instances
 * are immutable and thread-safe.
 */
public final class Pseudonymizer {

  /** The shortest key accepted: 32 bytes, the output size of SHA-256 (RFC 2104 §3). */
  public static final int MIN_KEY_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final int MAX_KEY_ID = 32;
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final String keyId;
  private final Mac prototype;

  private Pseudonymizer(String keyId, Mac prototype) {
    this.keyId = keyId;
    this.prototype = prototype;
  }

  /**
   * A pseudonymizer with the given key, named by {@code keyId} (PRI-1). The key bytes are copied;
   * the caller may clear its array afterwards.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code keyId} is not 1 to 32 characters of {@code A-Z a-z
   *     0-9 . _ -}, if the key is shorter than {@link #MIN_KEY_BYTES}, or if all its bytes are
   *     equal (a placeholder, not a key)
   */
  public static Pseudonymizer of(String keyId, byte[] key) {
    requireNonNull(keyId, "keyId");
    requireNonNull(key, "key");
    if (!isKeyId(keyId)) {
      throw new IllegalArgumentException(
          "a key id needs 1 to " + MAX_KEY_ID + " characters of A-Z a-z 0-9 . _ -");
    }
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "a key needs at least " + MIN_KEY_BYTES + " bytes, this one has " + key.length);
    }
    boolean constant = true;
    for (byte b : key) {
      constant &= b == key[0];
    }
    if (constant) {
      throw new IllegalArgumentException("a key whose bytes are all equal is a placeholder, not a key");
    }
    byte[] copy = key.clone();
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(copy, ALGORITHM));
      return new Pseudonymizer(keyId, mac);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the platform has no " + ALGORITHM, e);
    } finally {
      Arrays.fill(copy, (byte) 0);
    }
  }

  /** The id of this pseudonymizer's key, the prefix of every token it makes. */
  public String keyId() {
    return keyId;
  }

  /**
   * The pseudonym of a value of the given kind (PRI-1): {@code keyId:base64url(hmac)}.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value is blank after normalisation (a token of
   *     nothing would link every empty field)
   */
  public String pseudonym(DataKind kind, String value) {
    byte[] mac = mac(kind, value);
    return keyId + ':' + BASE64URL.encodeToString(mac);
  }

  /**
   * Whether {@code token} is this pseudonymizer's pseudonym of the value (compared in constant
   * time). A token made under another key id is never a match.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value is blank after normalisation
   */
  public boolean matches(String token, DataKind kind, String value) {
    requireNonNull(token, "token");
    byte[] expected = (keyId + ':' + BASE64URL.encodeToString(mac(kind, value))).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The key id a token was made under, to find the key after rotation.
   *
   * @throws NullPointerException if {@code token} is null
   * @throws IllegalArgumentException if the text is not a token of this format
   */
  public static String keyIdOf(String token) {
    requireNonNull(token, "token");
    int colon = token.indexOf(':');
    if (colon < 1 || token.length() - colon - 1 != 43 || !isKeyId(token.substring(0, colon))) {
      throw new IllegalArgumentException("not a pseudonym token (keyId:43 base64url characters)");
    }
    for (int i = colon + 1; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!(isAlnum(c) || c == '-' || c == '_')) {
        throw new IllegalArgumentException("not a pseudonym token (keyId:43 base64url characters)");
      }
    }
    return token.substring(0, colon);
  }

  private byte[] mac(DataKind kind, String value) {
    requireNonNull(kind, "kind");
    requireNonNull(value, "value");
    String form = LinkingForm.of(kind, value);
    if (form.isEmpty()) {
      throw new IllegalArgumentException("a " + kind + " value is blank after normalisation");
    }
    Mac mac = newMac();
    mac.update(kind.name().getBytes(StandardCharsets.US_ASCII));
    mac.update((byte) 0);
    return mac.doFinal(form.getBytes(StandardCharsets.UTF_8));
  }

  private Mac newMac() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      // SunJCE's HmacSHA256 is cloneable; a provider whose Mac is not would need a lock instead
      throw new IllegalStateException("the " + ALGORITHM + " provider cannot clone a Mac", e);
    }
  }

  private static boolean isKeyId(String id) {
    if (id.isEmpty() || id.length() > MAX_KEY_ID) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(isAlnum(c) || c == '.' || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlnum(char c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  /** The key id and algorithm; never the key. */
  @Override
  public String toString() {
    return "Pseudonymizer[keyId=" + keyId + ", " + ALGORITHM + "]";
  }
}
