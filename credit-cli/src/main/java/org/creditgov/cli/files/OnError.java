package org.creditgov.cli.files;

/** What a run does with a malformed record (PRI-3: nothing half-written, nothing silently lost). */
public enum OnError {
  /** Stop at the first malformed record: no output file is written. */
  FAIL,
  /** Leave malformed records out of the output, each reported by its line number. */
  SKIP,
  /** Leave them out and copy each, as it was, to the quarantine file. */
  QUARANTINE
}
