package org.creditgov.audit;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;

/**
 * A witness's cosigning key (SEC-2): adds a C2SP tlog-cosignature v1 line (signature type 0x04,
 * timestamped Ed25519) to a checkpoint. The signed message is {@code "cosignature/v1\n" + "time "
 * + POSIX seconds + "\n"} followed by the checkpoint body, and the line carries the key id, the
 * 8-byte big-endian timestamp and the 64-byte signature.
 *
 * <p>A witness vouches that the checkpoint is consistent with every checkpoint of that log it
 * cosigned before: check each new checkpoint with a {@link CheckpointVerifier} that remembers the
 * last one, and cosign only an accepted one. This class signs; it does not remember. The time
 * comes from the injected clock.
 */
public final class WitnessCosigner {

  private final String name;
  private final KeyPair keyPair;
  private final NoteVerifierKey verifierKey;
  private final Clock clock;

  private WitnessCosigner(String name, KeyPair keyPair, Clock clock) {
    this.name = name;
    this.keyPair = keyPair;
    this.clock = clock;
    this.verifierKey = NoteVerifierKey.cosignatureV1(name, keyPair.getPublic());
  }

  /**
   * A cosigner with the given name (a schema-less URL identifying the witness), Ed25519 key pair
   * and clock.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is not a valid key name or the keys not Ed25519
   */
  public static WitnessCosigner ed25519(String name, KeyPair keyPair, Clock clock) {
    requireNonNull(name, "name");
    requireNonNull(keyPair, "keyPair");
    requireNonNull(clock, "clock");
    NoteKeys.requireValidName(name);
    return new WitnessCosigner(name, keyPair, clock);
  }

  /** The public key that verifies this witness's cosignatures (type 0x04). */
  public NoteVerifierKey verifierKey() {
    return verifierKey;
  }

  /**
   * The checkpoint with this witness's cosignature added (replacing an earlier one by the same
   * key).
   *
   * @throws NullPointerException if {@code checkpoint} is null
   */
  public Checkpoint cosign(Checkpoint checkpoint) {
    requireNonNull(checkpoint, "checkpoint");
    long time = clock.instant().getEpochSecond();
    byte[] message = Checkpoint.cosignedMessage(time, checkpoint.body());
    byte[] sig = Ed25519.sign(keyPair.getPrivate(), message);
    byte[] value = new byte[8 + sig.length];
    for (int i = 0; i < 8; i++) {
      value[i] = (byte) (time >>> (56 - 8 * i));
    }
    System.arraycopy(sig, 0, value, 8, sig.length);
    return checkpoint.withSignature(new NoteSignature(name, verifierKey.keyId(), value));
  }

  /** The verifier key only; never the private key. */
  @Override
  public String toString() {
    return "WitnessCosigner[" + verifierKey.encoded() + "]";
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
