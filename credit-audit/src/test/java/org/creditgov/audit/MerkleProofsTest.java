package org.creditgov.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/** SEC-2: the RFC 9162 proof algorithms against the RFC's recursive definitions. */
class MerkleProofsTest {

  private static final int MAX = 1024;
  private static final List<byte[]> ENTRIES = ReferenceMerkle.entries(MAX);
  private static final ReferenceMerkle REF = new ReferenceMerkle(ENTRIES);

  @Test
  void sec2_emptyTreeAndSingleLeafFollowTheRfc() {
    assertThat(MerkleProofs.rootHash(List.of())).isEqualTo(ReferenceMerkle.sha());
    byte[] e = "x".getBytes();
    assertThat(MerkleProofs.rootHash(List.of(e))).isEqualTo(ReferenceMerkle.leaf(e));
    assertThat(MerkleProofs.leafHash(e)).isEqualTo(ReferenceMerkle.leaf(e));
    assertThat(MerkleProofs.verifyInclusion(0, 1, ReferenceMerkle.leaf(e), List.of(), ReferenceMerkle.leaf(e))).isTrue();
  }

  @Test
  void sec2_everyInclusionProofUpTo1024EntriesEqualsTheRfcPathAndVerifies() {
    for (int n = 1; n <= MAX; n++) {
      List<byte[]> prefix = ENTRIES.subList(0, n);
      LogProofs tree = MerkleProofs.inMemory(prefix);
      byte[] root = REF.mth(0, n);
      assertThat(tree.rootHash(n)).as("root of %d", n).isEqualTo(root);
      for (int m = 0; m < n; m++) {
        List<byte[]> ours = tree.inclusionProof(m, n);
        List<byte[]> ref = REF.path(m, 0, n);
        assertThat(same(ours, ref)).as("PATH(%d, D[%d])", m, n).isTrue();
        byte[] leaf = REF.mth(m, m + 1);
        assertThat(MerkleProofs.verifyInclusion(m, n, leaf, ref, root)).as("verify %d in %d", m, n).isTrue();
      }
    }
  }

  @Test
  void sec2_everyConsistencyProofUpTo128AndRandomOnesUpTo1024EqualTheRfcProofAndVerify() {
    LogProofs tree = MerkleProofs.inMemory(ENTRIES);
    for (int n = 2; n <= 128; n++) {
      for (int m = 1; m < n; m++) {
        checkConsistency(tree, m, n);
      }
    }
    SplittableRandom random = Seeds.random(Seeds.DEFAULT_BASE);
    for (int i = 0; i < 3000; i++) {
      int n = 2 + random.nextInt(MAX - 1);
      int m = 1 + random.nextInt(n - 1);
      checkConsistency(tree, m, n);
    }
  }

  private void checkConsistency(LogProofs tree, int m, int n) {
    List<byte[]> ours = tree.consistencyProof(m, n);
    List<byte[]> ref = REF.proof(m, n);
    assertThat(same(ours, ref)).as("PROOF(%d, D[%d])", m, n).isTrue();
    assertThat(MerkleProofs.verifyConsistency(m, n, REF.mth(0, m), REF.mth(0, n), ref)).as("verify %d → %d", m, n).isTrue();
    assertThat(ReferenceMerkle.verifyConsistency(m, n, REF.mth(0, m), REF.mth(0, n), ref)).isTrue();
  }

  @Test
  void sec2_everyMalformedInclusionProofIsFalseAndOtherClaimsAgreeWithTheRecursiveDefinition() {
    Seeds.forEachSeed(400, seed -> {
      SplittableRandom random = Seeds.random(seed);
      int n = 1 + random.nextInt(MAX);
      int m = random.nextInt(n);
      byte[] leaf = REF.mth(m, m + 1);
      byte[] root = REF.mth(0, n);
      List<byte[]> proof = REF.path(m, 0, n);
      assertThat(MerkleProofs.verifyInclusion(m, n, leaf, proof, root)).isTrue();

      // certainly wrong: each answers false
      assertThat(MerkleProofs.verifyInclusion(m, n, flip(random, leaf), proof, root)).as("leaf").isFalse();
      assertThat(MerkleProofs.verifyInclusion(m, n, leaf, proof, flip(random, root))).as("root").isFalse();
      assertThat(MerkleProofs.verifyInclusion(n, n, leaf, proof, root)).as("index = size").isFalse();
      assertThat(MerkleProofs.verifyInclusion(n + random.nextInt(5), n, leaf, proof, root)).as("index > size").isFalse();
      assertThat(MerkleProofs.verifyInclusion(-1, n, leaf, proof, root)).as("negative index").isFalse();
      assertThat(MerkleProofs.verifyInclusion(m, 0, leaf, proof, root)).as("empty tree").isFalse();
      assertThat(MerkleProofs.verifyInclusion(m, -n, leaf, proof, root)).as("negative size").isFalse();
      List<byte[]> extra = new ArrayList<>(proof);
      extra.add(random.nextInt(extra.size() + 1), REF.mth(0, 1));
      assertThat(MerkleProofs.verifyInclusion(m, n, leaf, extra, root)).as("extra element").isFalse();
      if (!proof.isEmpty()) {
        List<byte[]> missing = new ArrayList<>(proof);
        missing.remove(random.nextInt(missing.size()));
        assertThat(MerkleProofs.verifyInclusion(m, n, leaf, missing, root)).as("missing element").isFalse();
        List<byte[]> flipped = new ArrayList<>(proof);
        int at = random.nextInt(flipped.size());
        flipped.set(at, flip(random, flipped.get(at)));
        assertThat(MerkleProofs.verifyInclusion(m, n, leaf, flipped, root)).as("changed element").isFalse();
        List<byte[]> shortHash = new ArrayList<>(proof);
        shortHash.set(at, Arrays.copyOf(proof.get(at), 31));
        assertThat(MerkleProofs.verifyInclusion(m, n, leaf, shortHash, root)).as("31-byte element").isFalse();
        List<byte[]> longHash = new ArrayList<>(proof);
        longHash.set(at, Arrays.copyOf(proof.get(at), 33));
        assertThat(MerkleProofs.verifyInclusion(m, n, leaf, longHash, root)).as("33-byte element").isFalse();
      }
      assertThat(MerkleProofs.verifyInclusion(m, n, Arrays.copyOf(leaf, 33), proof, root)).as("33-byte leaf").isFalse();
      assertThat(MerkleProofs.verifyInclusion(m, n, leaf, proof, Arrays.copyOf(root, 31))).as("31-byte root").isFalse();

      // other claims with the same proof: exactly what the recursive definition says
      long[][] claims = {{m + 1L, n}, {m - 1L, n}, {m, n + 1L}, {m, n - 1L}, {m, 2L * n}, {random.nextInt(n), n}};
      for (long[] c : claims) {
        assertThat(MerkleProofs.verifyInclusion(c[0], c[1], leaf, proof, root))
            .as("claim %d in %d", c[0], c[1])
            .isEqualTo(ReferenceMerkle.verifyPath(c[0], c[1], leaf, proof, root));
      }
    });
  }

  @Test
  void sec2_everyMalformedConsistencyProofIsFalseAndOtherClaimsAgreeWithTheRecursiveDefinition() {
    Seeds.forEachSeed(400, seed -> {
      SplittableRandom random = Seeds.random(seed);
      int n = 2 + random.nextInt(MAX - 1);
      int m = 1 + random.nextInt(n - 1);
      byte[] r1 = REF.mth(0, m);
      byte[] r2 = REF.mth(0, n);
      List<byte[]> proof = REF.proof(m, n);
      assertThat(MerkleProofs.verifyConsistency(m, n, r1, r2, proof)).isTrue();

      assertThat(MerkleProofs.verifyConsistency(m, n, flip(random, r1), r2, proof)).as("root1").isFalse();
      assertThat(MerkleProofs.verifyConsistency(m, n, r1, flip(random, r2), proof)).as("root2").isFalse();
      assertThat(MerkleProofs.verifyConsistency(m, n, r2, r1, proof)).as("roots swapped").isFalse();
      assertThat(MerkleProofs.verifyConsistency(0, n, REF.mth(0, 0), r2, proof)).as("from the empty tree").isFalse();
      assertThat(MerkleProofs.verifyConsistency(0, n, REF.mth(0, 0), r2, List.of())).as("from the empty tree, no proof").isFalse();
      assertThat(MerkleProofs.verifyConsistency(n, m, r2, r1, proof)).as("size1 > size2").isFalse();
      assertThat(MerkleProofs.verifyConsistency(n, n, r2, r2, List.of())).as("equal sizes").isFalse();
      assertThat(MerkleProofs.verifyConsistency(m, n, r1, r2, List.of())).as("empty proof").isFalse();
      assertThat(MerkleProofs.verifyConsistency(-m, n, r1, r2, proof)).as("negative size").isFalse();
      List<byte[]> extra = new ArrayList<>(proof);
      extra.add(random.nextInt(extra.size() + 1), REF.mth(0, 1));
      assertThat(MerkleProofs.verifyConsistency(m, n, r1, r2, extra)).as("extra element").isFalse();
      List<byte[]> missing = new ArrayList<>(proof);
      missing.remove(random.nextInt(missing.size()));
      assertThat(MerkleProofs.verifyConsistency(m, n, r1, r2, missing)).as("missing element").isFalse();
      List<byte[]> flipped = new ArrayList<>(proof);
      int at = random.nextInt(flipped.size());
      flipped.set(at, flip(random, flipped.get(at)));
      assertThat(MerkleProofs.verifyConsistency(m, n, r1, r2, flipped)).as("changed element").isFalse();
      List<byte[]> shortHash = new ArrayList<>(proof);
      shortHash.set(at, Arrays.copyOf(proof.get(at), 31));
      assertThat(MerkleProofs.verifyConsistency(m, n, r1, r2, shortHash)).as("31-byte element").isFalse();
      assertThat(MerkleProofs.verifyConsistency(m, n, Arrays.copyOf(r1, 33), r2, proof)).as("33-byte root").isFalse();

      long[][] claims = {{m + 1L, n}, {m - 1L, n}, {m, n + 1L}, {m, n - 1L}, {m, 2L * n}};
      for (long[] c : claims) {
        assertThat(MerkleProofs.verifyConsistency(c[0], c[1], r1, r2, proof))
            .as("claim %d → %d", c[0], c[1])
            .isEqualTo(ReferenceMerkle.verifyConsistency(c[0], c[1], r1, r2, proof));
      }
    });
  }

  @Test
  void sec2_nullsThrowNullPointerExceptionAndNothingElseDoes() {
    byte[] h = new byte[32];
    List<byte[]> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> MerkleProofs.verifyInclusion(0, 1, null, List.of(), h)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MerkleProofs.verifyInclusion(0, 1, h, null, h)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MerkleProofs.verifyInclusion(0, 1, h, List.of(), null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MerkleProofs.verifyInclusion(0, 2, h, withNull, h)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MerkleProofs.verifyConsistency(1, 2, null, h, List.of(h))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MerkleProofs.verifyConsistency(1, 2, h, null, List.of(h))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MerkleProofs.verifyConsistency(1, 2, h, h, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MerkleProofs.verifyConsistency(1, 2, h, h, withNull)).isInstanceOf(NullPointerException.class);
    assertThat(MerkleProofs.verifyInclusion(Long.MAX_VALUE, Long.MIN_VALUE, h, List.of(), h)).isFalse();
    assertThat(MerkleProofs.verifyConsistency(Long.MAX_VALUE - 1, Long.MAX_VALUE, h, h, List.of(h, h))).isFalse();
    List<byte[]> tooLong = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      tooLong.add(h);
    }
    assertThat(MerkleProofs.verifyInclusion(0, Long.MAX_VALUE, h, tooLong, h)).isFalse();
  }

  @Test
  void sec2_helpersRefuseIndexesOutsideTheTree() {
    List<byte[]> entries = ENTRIES.subList(0, 5);
    assertThatThrownBy(() -> MerkleProofs.inclusionProof(entries, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MerkleProofs.consistencyProof(entries, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MerkleProofs.consistencyProof(entries, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThat(same(MerkleProofs.consistencyProof(entries, 3), REF.proof(3, 5))).isTrue();
  }

  static boolean same(List<byte[]> a, List<byte[]> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!Arrays.equals(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  static byte[] flip(SplittableRandom random, byte[] h) {
    byte[] c = h.clone();
    c[random.nextInt(c.length)] ^= (byte) (1 << random.nextInt(8));
    return c;
  }
}
