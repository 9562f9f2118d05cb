package org.creditgov.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Locates the differences between the authenticated leaf hashes {@code a} (what was logged) and the
 * leaf hashes {@code b} recomputed from the entries found, by index: entries changed in place,
 * deleted, inserted, moved, or cut from the end.
 *
 * <p>Entries whose hash occurs once in each sequence anchor the alignment; the longest chain of
 * anchors in the same order on both sides (patience diff) is kept, and any other anchor is an
 * entry moved. Between consecutive anchors, entries equal on both sides are matched in order
 * (a longest common subsequence for small gaps); what is left is paired in order as changed
 * entries, the surplus of {@code a} as deleted (cut from the end, if nothing follows on either
 * side) and the surplus of {@code b} as inserted. Each problem is thus backed by an entry missing
 * or extra on one side: nothing is invented, and a log without differences yields nothing.
 */
final class Alignment {

  private static final int H = Hashes.SIZE;
  private static final long SMALL_GAP = 1L << 22;

  private final byte[] a;
  private final int na;
  private final byte[] b;
  private final int nb;
  private final long offset;
  private final boolean aEndsLog;
  private final List<LogProblem> problems = new ArrayList<>();

  /**
   * @param a leaf hashes of A from index {@code offset}, {@code na} of them
   * @param b leaf hashes of B from position {@code offset}, {@code nb} of them
   * @param aEndsLog whether a's last hash is the end of what was logged (a surplus at the end is truncation)
   */
  private Alignment(byte[] a, int na, byte[] b, int nb, long offset, boolean aEndsLog) {
    this.a = a;
    this.na = na;
    this.b = b;
    this.nb = nb;
    this.offset = offset;
    this.aEndsLog = aEndsLog;
  }

  static List<LogProblem> compare(byte[] a, int na, byte[] b, int nb, long offset, boolean aEndsLog) {
    Alignment al = new Alignment(a, na, b, nb, offset, aEndsLog);
    al.run();
    return merge(al.problems);
  }

  private boolean same(int i, int j) {
    return Arrays.equals(a, i * H, i * H + H, b, j * H, j * H + H);
  }

  private static final class Key {
    final byte[] data;
    final int at;
    final int hash;

    Key(byte[] data, int index) {
      this.data = data;
      this.at = index * H;
      this.hash = (data[at] & 0xff) << 24 | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | (data[at + 3] & 0xff);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key && Arrays.equals(data, at, at + H, ((Key) o).data, ((Key) o).at, ((Key) o).at + H);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private void run() {
    // positions of each hash; -1 once a hash occurs twice
    Map<Key, Integer> inA = new HashMap<>();
    for (int i = 0; i < na; i++) {
      inA.merge(new Key(a, i), i, (x, y) -> -1);
    }
    Map<Key, Integer> inB = new HashMap<>();
    for (int j = 0; j < nb; j++) {
      inB.merge(new Key(b, j), j, (x, y) -> -1);
    }
    List<int[]> pairs = new ArrayList<>(); // (i, j) of hashes unique on both sides, in order of j
    for (int j = 0; j < nb; j++) {
      Integer jj = inB.get(new Key(b, j));
      Integer i = inA.get(new Key(b, j));
      if (jj != null && jj == j && i != null && i >= 0) {
        pairs.add(new int[] {i, j});
      }
    }
    boolean[] chained = longestIncreasing(pairs);
    boolean[] movedA = new boolean[na];
    boolean[] movedB = new boolean[nb];
    List<int[]> anchors = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      int[] p = pairs.get(k);
      if (chained[k]) {
        anchors.add(p);
      } else {
        movedA[p[0]] = true;
        movedB[p[1]] = true;
        problems.add(new LogProblem(AuditFinding.ENTRY_REORDERED, offset + p[0], offset + p[0], offset + p[1], ""));
      }
    }
    int ia = 0;
    int jb = 0;
    for (int[] anchor : anchors) {
      gap(ia, anchor[0], jb, anchor[1], movedA, movedB, false);
      ia = anchor[0] + 1;
      jb = anchor[1] + 1;
    }
    gap(ia, na, jb, nb, movedA, movedB, true);
  }

  /** One gap between anchors: a[i0, i1) against b[j0, j1), without the entries that moved. */
  private void gap(int i0, int i1, int j0, int j1, boolean[] movedA, boolean[] movedB, boolean last) {
    List<Integer> xs = new ArrayList<>();
    for (int i = i0; i < i1; i++) {
      if (!movedA[i]) {
        xs.add(i);
      }
    }
    List<Integer> ys = new ArrayList<>();
    for (int j = j0; j < j1; j++) {
      if (!movedB[j]) {
        ys.add(j);
      }
    }
    if (xs.isEmpty() && ys.isEmpty()) {
      return;
    }
    boolean[] matchedX = new boolean[xs.size()];
    boolean[] matchedY = new boolean[ys.size()];
    if ((long) xs.size() * ys.size() <= SMALL_GAP) {
      lcs(xs, ys, matchedX, matchedY);
    }
    List<Integer> restX = new ArrayList<>();
    for (int k = 0; k < xs.size(); k++) {
      if (!matchedX[k]) {
        restX.add(xs.get(k));
      }
    }
    List<Integer> restY = new ArrayList<>();
    for (int k = 0; k < ys.size(); k++) {
      if (!matchedY[k]) {
        restY.add(ys.get(k));
      }
    }
    int pairsN = Math.min(restX.size(), restY.size());
    for (int k = 0; k < pairsN; k++) {
      long i = offset + restX.get(k);
      problems.add(LogProblem.range(AuditFinding.ENTRY_CHANGED, i, i));
    }
    // surplus at the very end of what was logged, with nothing found after it: cut from the end
    boolean truncation = last && aEndsLog;
    for (int k = pairsN; k < restX.size(); k++) {
      long i = offset + restX.get(k);
      problems.add(LogProblem.range(truncation ? AuditFinding.ENTRIES_TRUNCATED : AuditFinding.ENTRY_DELETED, i, i));
    }
    for (int k = pairsN; k < restY.size(); k++) {
      long j = offset + restY.get(k);
      problems.add(LogProblem.range(AuditFinding.ENTRY_INSERTED, j, j));
    }
  }

  /** Marks a longest common subsequence of the two gap lists (dynamic programming; small gaps only). */
  private void lcs(List<Integer> xs, List<Integer> ys, boolean[] mx, boolean[] my) {
    int n = xs.size();
    int m = ys.size();
    int[][] len = new int[n + 1][m + 1];
    for (int x = n - 1; x >= 0; x--) {
      for (int y = m - 1; y >= 0; y--) {
        len[x][y] = same(xs.get(x), ys.get(y)) ? len[x + 1][y + 1] + 1 : Math.max(len[x + 1][y], len[x][y + 1]);
      }
    }
    int x = 0;
    int y = 0;
    while (x < n && y < m) {
      if (same(xs.get(x), ys.get(y))) {
        mx[x++] = true;
        my[y++] = true;
      } else if (len[x + 1][y] >= len[x][y + 1]) {
        x++;
      } else {
        y++;
      }
    }
  }

  /** Which pairs (sorted by j) form a longest chain increasing in i. */
  private static boolean[] longestIncreasing(List<int[]> pairs) {
    int n = pairs.size();
    int[] tails = new int[n];
    int[] prev = new int[n];
    int length = 0;
    for (int k = 0; k < n; k++) {
      int i = pairs.get(k)[0];
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (pairs.get(tails[mid])[0] < i) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      prev[k] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = k;
      if (lo == length) {
        length++;
      }
    }
    boolean[] chained = new boolean[n];
    for (int k = length == 0 ? -1 : tails[length - 1]; k >= 0; k = prev[k]) {
      chained[k] = true;
    }
    return chained;
  }

  /** Joins consecutive single-index problems of one kind into ranges, in order of kind and index. */
  private static List<LogProblem> merge(List<LogProblem> singles) {
    List<LogProblem> sorted = new ArrayList<>(singles);
    sorted.sort((p, q) -> p.kind() != q.kind() ? p.kind().compareTo(q.kind()) : Long.compare(p.first(), q.first()));
    List<LogProblem> out = new ArrayList<>();
    for (LogProblem p : sorted) {
      LogProblem prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && prev.kind() == p.kind() && p.kind() != AuditFinding.ENTRY_REORDERED
          && prev.last() + 1 == p.first()) {
        out.set(out.size() - 1, LogProblem.range(p.kind(), prev.first(), p.last()));
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
