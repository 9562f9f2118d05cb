package org.creditgov.privacy.redact;

import java.util.Arrays;
import org.creditgov.privacy.mask.DataKind;

/** Spans as parallel int arrays while scanning, so that a scan allocates per span nothing. */
final class SpanBuffer {

  private static final DataKind[] KINDS = DataKind.values();

  private int[] kinds = new int[8];
  private int[] starts = new int[8];
  private int[] ends = new int[8];
  private int size;

  void add(DataKind kind, int start, int end) {
    if (size == starts.length) {
      kinds = Arrays.copyOf(kinds, size * 2);
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    kinds[size] = kind.ordinal();
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  int size() {
    return size;
  }

  DataKind kind(int i) {
    return KINDS[kinds[i]];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** Drops the spans at the end that end after {@code from} (they lie inside a longer find). */
  void dropEndingAfter(int from) {
    while (size > 0 && ends[size - 1] > from) {
      size--;
    }
  }

  /**
   * Sorts by start (longer first on a tie) and drops every span that overlaps one kept before it,
   * so the result is ordered and disjoint.
   */
  void resolveOverlaps() {
    boolean sorted = true;
    for (int i = 1; i < size && sorted; i++) {
      sorted = starts[i - 1] < starts[i] || starts[i - 1] == starts[i] && ends[i - 1] >= ends[i];
    }
    if (!sorted) {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> starts[x] != starts[y] ? Integer.compare(starts[x], starts[y]) : Integer.compare(ends[y], ends[x]));
      int[] k = new int[size];
      int[] s = new int[size];
      int[] e = new int[size];
      for (int i = 0; i < size; i++) {
        k[i] = kinds[order[i]];
        s[i] = starts[order[i]];
        e[i] = ends[order[i]];
      }
      kinds = k;
      starts = s;
      ends = e;
    }
    int w = 0;
    int lastEnd = 0;
    for (int i = 0; i < size; i++) {
      if (starts[i] >= lastEnd) {
        kinds[w] = kinds[i];
        starts[w] = starts[i];
        ends[w] = ends[i];
        lastEnd = ends[i];
        w++;
      }
    }
    size = w;
  }
}
