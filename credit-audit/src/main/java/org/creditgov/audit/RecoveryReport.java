package org.creditgov.audit;

/**
 * What {@link AuditLog#open} found (SEC-2): how many entries the log holds, how many bytes of an
 * incomplete tail it cut off (kept in {@code recovered/}), how many entries it rehashed, and
 * whether it rebuilt the tree files because they did not match their last synced root.
 */
public final class RecoveryReport {

  private final long entries;
  private final long discardedBytes;
  private final long rehashedEntries;
  private final boolean treeRebuilt;

  RecoveryReport(long entries, long discardedBytes, long rehashedEntries, boolean treeRebuilt) {
    this.entries = entries;
    this.discardedBytes = discardedBytes;
    this.rehashedEntries = rehashedEntries;
    this.treeRebuilt = treeRebuilt;
  }

  /** The entries the log holds after recovery: every acknowledged one. */
  public long entries() {
    return entries;
  }

  /** Bytes of an incomplete tail cut off (an unacknowledged batch or a torn record). */
  public long discardedBytes() {
    return discardedBytes;
  }

  /** Entries whose hashes were recomputed because the tree files had not been synced with them. */
  public long rehashedEntries() {
    return rehashedEntries;
  }

  /** Whether the tree files were rebuilt from the entries because they were damaged. */
  public boolean treeRebuilt() {
    return treeRebuilt;
  }

  @Override
  public String toString() {
    return "RecoveryReport[entries=" + entries + ", discardedBytes=" + discardedBytes + ", rehashed="
        + rehashedEntries + ", treeRebuilt=" + treeRebuilt + "]";
  }
}
