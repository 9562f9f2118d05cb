package org.creditgov.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creditgov.audit.CheckpointFormatException.Reason;

/**
 * A signed checkpoint of an audit log (SEC-2, SEC-3): a C2SP signed note (c2sp.org/signed-note)
 * whose text is a tlog-checkpoint body (c2sp.org/tlog-checkpoint):
 *
 * <pre>
 * example.gov.cn/credit/query-log      ← origin
 * 1048576                              ← tree size, decimal
 * CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=   ← RFC 9162 root hash, base64
 * timestamp 2026-11-29T08:00:00Z       ← extension line: when the log signed it
 *
 * — example.gov.cn/credit/query-log Az3grlgt…   ← the log's Ed25519 signature
 * — witness.example.org/w1 jWbPPw…              ← a witness's cosignature
 * </pre>
 *
 * <p>The log writes the time it signed the checkpoint, from its injected clock, in one extension
 * line {@code timestamp <ISO-8601 instant>}; a checkpoint from elsewhere may have none. Extension
 * lines are covered by the log's signature and by tlog-cosignature v1 cosignatures.
 *
 * <p>A checkpoint read from text is not yet trusted: {@link #verifiedBy(NoteVerifierKey)} checks a
 * signature, {@link CheckpointVerifier} checks everything. Instances are immutable.
 */
public final class Checkpoint {

  /** The most signature lines a note may carry (the Go implementation's limit). */
  public static final int MAX_SIGNATURES = 100;

  static final String TIMESTAMP_PREFIX = "timestamp ";
  private static final String DASH = "\u2014 ";

  private final String origin;
  private final long size;
  private final byte[] rootHash;
  private final ImmutableList<String> extensions;
  private final Optional<Instant> timestamp;
  private final String body;
  private final ImmutableList<NoteSignature> signatures;

  private Checkpoint(String origin, long size, byte[] rootHash, ImmutableList<String> extensions,
      Optional<Instant> timestamp, String body, ImmutableList<NoteSignature> signatures) {
    this.origin = origin;
    this.size = size;
    this.rootHash = rootHash;
    this.extensions = extensions;
    this.timestamp = timestamp;
    this.body = body;
    this.signatures = signatures;
  }

  static Checkpoint sign(String origin, long size, byte[] rootHash, Instant time, NoteSigner signer) {
    String body = origin + '\n' + size + '\n' + Base64.getEncoder().encodeToString(rootHash) + '\n'
        + TIMESTAMP_PREFIX + time + '\n';
    NoteSignature sig = signer.sign(body);
    return new Checkpoint(origin, size, rootHash.clone(), ImmutableList.of(TIMESTAMP_PREFIX + time),
        Optional.of(time), body, ImmutableList.of(sig));
  }

  /**
   * Reads a signed checkpoint from its UTF-8 bytes, strictly (malformed UTF-8 is refused).
   *
   * @throws NullPointerException if {@code note} is null
   * @throws CheckpointFormatException if the bytes are not a well-formed signed note with a
   *     checkpoint body
   */
  public static Checkpoint parse(byte[] note) {
    requireNonNull(note, "note");
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(note))
          .toString();
      return parse(text);
    } catch (CharacterCodingException e) {
      throw new CheckpointFormatException(Reason.ENCODING, 0, "a signed note is UTF-8 text");
    }
  }

  /**
   * Reads a signed checkpoint: a text ending in a newline, a blank line, and one or more signature
   * lines (at most {@value #MAX_SIGNATURES}); the text has an origin line, a decimal size, a base64
   * root hash and optional non-empty extension lines. Repeated identical signature lines count
   * once.
   *
   * @throws NullPointerException if {@code note} is null
   * @throws CheckpointFormatException if it is not such a note
   */
  public static Checkpoint parse(String note) {
    requireNonNull(note, "note");
    for (int i = 0; i < note.length(); i++) {
      char c = note.charAt(i);
      if (c < 0x20 && c != '\n' || Character.isHighSurrogate(c) && (i + 1 == note.length()
          || !Character.isLowSurrogate(note.charAt(++i))) || Character.isLowSurrogate(c)) {
        throw new CheckpointFormatException(Reason.ENCODING, lineOf(note, i),
            "a signed note has no control character but newlines, and no unpaired surrogate");
      }
    }
    int split = note.lastIndexOf("\n\n");
    if (split < 0) {
      throw new CheckpointFormatException(Reason.NO_SIGNATURE_BLOCK, 0,
          "a signed note ends with a blank line and signature lines");
    }
    String body = note.substring(0, split + 1);
    String sigs = note.substring(split + 2);
    if (sigs.isEmpty() || !sigs.endsWith("\n")) {
      throw new CheckpointFormatException(Reason.NO_SIGNATURE_BLOCK, 0,
          "a signed note ends with signature lines, each ending in a newline");
    }
    int firstSigLine = lineOf(note, split + 2);
    Set<NoteSignature> parsed = new LinkedHashSet<>();
    int lineNo = firstSigLine;
    int count = 0;
    for (int start = 0; start < sigs.length(); lineNo++) {
      int end = sigs.indexOf('\n', start);
      String line = sigs.substring(start, end);
      start = end + 1;
      if (++count > MAX_SIGNATURES) {
        throw new CheckpointFormatException(Reason.TOO_MANY_SIGNATURES, lineNo,
            "a signed note has at most " + MAX_SIGNATURES + " signatures");
      }
      parsed.add(signatureLine(line, lineNo));
    }
    return parseBody(body, ImmutableList.copyOf(parsed));
  }

  private static NoteSignature signatureLine(String line, int lineNo) {
    if (!line.startsWith(DASH)) {
      throw new CheckpointFormatException(Reason.SIGNATURE_LINE, lineNo, "a signature line starts with an em dash and a space");
    }
    String rest = line.substring(DASH.length());
    int space = rest.indexOf(' ');
    String name = space < 0 ? rest : rest.substring(0, space);
    String b64 = space < 0 ? "" : rest.substring(space + 1);
    byte[] raw = strictBase64(b64);
    if (!NoteKeys.validName(name) || raw == null || raw.length < 5) {
      throw new CheckpointFormatException(Reason.SIGNATURE_LINE, lineNo,
          "a signature line is an em dash, a space, a key name, a space and base64 of at least five bytes");
    }
    return new NoteSignature(name, NoteKeys.readKeyId(raw), Arrays.copyOfRange(raw, 4, raw.length));
  }

  private static Checkpoint parseBody(String body, ImmutableList<NoteSignature> signatures) {
    List<String> lines = new ArrayList<>();
    for (int start = 0; start < body.length(); ) {
      int end = body.indexOf('\n', start);
      lines.add(body.substring(start, end));
      start = end + 1;
    }
    if (lines.size() < 3) {
      throw new CheckpointFormatException(Reason.BODY_TOO_SHORT, 0,
          "a checkpoint has an origin, a size and a root hash line");
    }
    String origin = lines.get(0);
    if (!NoteKeys.validName(origin)) {
      throw new CheckpointFormatException(Reason.ORIGIN, 1, "the origin is non-empty, without spaces or plus signs");
    }
    String sizeText = lines.get(1);
    long size;
    if (!sizeText.matches("0|[1-9][0-9]{0,18}")) {
      throw new CheckpointFormatException(Reason.SIZE, 2, "the size is a decimal number without leading zeros");
    }
    try {
      size = Long.parseLong(sizeText);
    } catch (NumberFormatException e) {
      throw new CheckpointFormatException(Reason.SIZE, 2, "the size is at most 2^63 - 1");
    }
    byte[] root = strictBase64(lines.get(2));
    if (root == null || root.length != Hashes.SIZE) {
      throw new CheckpointFormatException(Reason.ROOT_HASH, 3, "the root hash is the base64 of 32 bytes");
    }
    Optional<Instant> timestamp = Optional.empty();
    for (int i = 3; i < lines.size(); i++) {
      String ext = lines.get(i);
      if (ext.isEmpty()) {
        throw new CheckpointFormatException(Reason.EXTENSION, i + 1, "extension lines are not empty");
      }
      if (timestamp.isEmpty() && ext.startsWith(TIMESTAMP_PREFIX)) {
        try {
          timestamp = Optional.of(Instant.parse(ext.substring(TIMESTAMP_PREFIX.length())));
        } catch (DateTimeParseException e) {
          throw new CheckpointFormatException(Reason.TIMESTAMP, i + 1, "the timestamp line is 'timestamp' and an ISO-8601 instant");
        }
      }
    }
    return new Checkpoint(origin, size, root, ImmutableList.copyOf(lines.subList(3, lines.size())),
        timestamp, body, signatures);
  }

  private static byte @org.jspecify.annotations.Nullable [] strictBase64(String text) {
    try {
      byte[] raw = Base64.getDecoder().decode(text);
      return Base64.getEncoder().encodeToString(raw).equals(text) ? raw : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  static byte[] cosignedMessage(long time, String body) {
    return ("cosignature/v1\ntime " + time + '\n' + body).getBytes(StandardCharsets.UTF_8);
  }

  /** The origin: the log's identity, the first line. */
  public String origin() {
    return origin;
  }

  /** The tree size: the number of entries the checkpoint covers. */
  public long size() {
    return size;
  }

  /** The RFC 9162 root hash of the first {@link #size()} entries (a copy). */
  public byte[] rootHash() {
    return rootHash.clone();
  }

  byte[] root() {
    return rootHash;
  }

  /** When the log signed the checkpoint, from its {@code timestamp} extension line, if it has one. */
  public Optional<Instant> timestamp() {
    return timestamp;
  }

  /** The extension lines after the root hash, in order. */
  public ImmutableList<String> extensions() {
    return extensions;
  }

  /** The note text the log signs: the body lines, each ending in a newline. */
  public String body() {
    return body;
  }

  /** The signature lines, in order. */
  public ImmutableList<NoteSignature> signatures() {
    return signatures;
  }

  /** The whole signed note: the body, a blank line and the signature lines. */
  public String note() {
    StringBuilder sb = new StringBuilder(body.length() + 128 * signatures.size()).append(body).append('\n');
    for (NoteSignature s : signatures) {
      sb.append(s.line()).append('\n');
    }
    return sb.toString();
  }

  /**
   * Whether the note carries a signature line of this key that verifies: over the body for a log
   * key (type 0x01), over the tlog-cosignature v1 message for a witness key (type 0x04). A line of
   * another key is ignored, as the signed-note specification demands.
   *
   * @throws NullPointerException if {@code key} is null
   */
  public boolean verifiedBy(NoteVerifierKey key) {
    return signatureState(key) == SignatureState.VALID;
  }

  /**
   * The time of this witness's verified cosignature (type 0x04), if the note carries one.
   *
   * @throws NullPointerException if {@code witness} is null
   */
  public Optional<Instant> cosignedAt(NoteVerifierKey witness) {
    requireNonNull(witness, "witness");
    if (!witness.isCosignatureKey() || !verifiedBy(witness)) {
      return Optional.empty();
    }
    return signatures.stream().filter(s -> s.matches(witness)).findFirst()
        .flatMap(NoteSignature::cosignatureTimestamp).map(Instant::ofEpochSecond);
  }

  enum SignatureState { ABSENT, INVALID, VALID }

  SignatureState signatureState(NoteVerifierKey key) {
    requireNonNull(key, "key");
    SignatureState state = SignatureState.ABSENT;
    for (NoteSignature s : signatures) {
      if (!s.matches(key)) {
        continue;
      }
      byte[] sig = s.signatureBytes();
      boolean ok;
      if (key.isCosignatureKey()) {
        Optional<Long> time = s.cosignatureTimestamp();
        ok = time.isPresent() && time.get() >= 0
            && key.verify(cosignedMessage(time.get(), body), Arrays.copyOfRange(sig, 8, sig.length));
      } else {
        ok = key.verify(body.getBytes(StandardCharsets.UTF_8), sig);
      }
      if (!ok) {
        return SignatureState.INVALID; // a failing line of a known key rejects the note
      }
      state = SignatureState.VALID;
    }
    return state;
  }

  /**
   * This checkpoint with the signature lines of another note of the same body added: how a
   * witness's cosignature is imported (lines already present count once).
   *
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the other note's body differs
   * @throws IllegalStateException if the result would have more than {@value #MAX_SIGNATURES} lines
   */
  public Checkpoint withSignaturesOf(Checkpoint other) {
    requireNonNull(other, "other");
    if (!other.body.equals(body)) {
      throw new IllegalArgumentException("the other note is of another checkpoint");
    }
    Set<NoteSignature> all = new LinkedHashSet<>(signatures);
    all.addAll(other.signatures);
    return withSignatures(all);
  }

  Checkpoint withSignature(NoteSignature signature) {
    Set<NoteSignature> all = new LinkedHashSet<>();
    for (NoteSignature s : signatures) {
      if (!(s.name().equals(signature.name()) && s.keyId() == signature.keyId())) {
        all.add(s);
      }
    }
    all.add(signature);
    return withSignatures(all);
  }

  private Checkpoint withSignatures(Set<NoteSignature> all) {
    if (all.size() > MAX_SIGNATURES) {
      throw new IllegalStateException("a signed note has at most " + MAX_SIGNATURES + " signatures");
    }
    return new Checkpoint(origin, size, rootHash, extensions, timestamp, body, ImmutableList.copyOf(all));
  }

  /** Two checkpoints are equal when their notes are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Checkpoint && ((Checkpoint) o).note().equals(note());
  }

  @Override
  public int hashCode() {
    return body.hashCode();
  }

  /** Origin, size and root hash: a checkpoint holds no personal data. */
  @Override
  public String toString() {
    return "Checkpoint[" + origin + ", size=" + size + ", root=" + Base64.getEncoder().encodeToString(rootHash) + "]";
  }
}
