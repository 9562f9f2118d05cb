package org.creditgov.bench.designation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationStore;

/**
 * Bytes per designation in the in-memory store: not a JMH benchmark but a measurement, run as
 *
 * <pre>
 * java -Xmx6g -XX:+UseSerialGC -cp credit-bench/target/benchmarks.jar \
 *     org.creditgov.bench.designation.MemoryFootprint 1000000
 * </pre>
 *
 * <p>Method: the heap in use (total minus free) after repeated {@code System.gc()} with the serial
 * collector, before and after filling a store with N designations made through the service (5 or 6
 * events each, as in {@link BenchData}); the difference divided by N. Everything the store keeps
 * reachable is counted: the map and its entries, the histories, events, subjects, documents,
 * decision documents, strings and dates. Not counted: what all designations share in a deployment
 * (the list type, the actor, the legal bases, the calendar). The list of histories the benchmark
 * itself keeps is dropped before measuring.
 */
public final class MemoryFootprint {

  private MemoryFootprint() {}

  /** Runs the measurement; the first argument is the number of designations (default 1,000,000). */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    new BenchData().create(10); // load and initialise the classes before the baseline
    BenchData data = new BenchData();
    long before = usedAfterGc();
    long events = 0;
    List<ImmutableList<DesignationEvent>> created = data.create(n);
    for (ImmutableList<DesignationEvent> h : created) {
      events += h.size();
    }
    created = null;
    long after = usedAfterGc();
    DesignationStore store = data.store;
    System.out.printf("designations=%d events=%d storeSize=%d heapBefore=%d heapAfter=%d%n", n, events,
        store.ids().size(), before, after);
    System.out.printf("bytesPerDesignation=%.0f bytesPerEvent=%.0f%n", (after - before) / (double) n,
        (after - before) / (double) events);
    if (store.load(org.creditgov.rules.designation.DesignationId.of("BENCH-0")).isEmpty()) {
      throw new IllegalStateException("the store lost its designations");
    }
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 6; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
