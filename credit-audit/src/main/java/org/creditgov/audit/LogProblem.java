package org.creditgov.audit;

import java.util.Objects;
import java.util.OptionalLong;
import org.creditgov.core.text.Fact;
import org.creditgov.core.verdict.Finding;

/**
 * One problem a whole-log verification found (SEC-2), by index: its kind, the range of original
 * indexes it concerns ({@link #first()} … {@link #last()}; for an inserted entry, the positions
 * where it was found), and where the entry was found when it moved ({@link #foundAt()}).
 * Indexes count from 0.
 */
public final class LogProblem {

  private final AuditFinding kind;
  private final long first;
  private final long last;
  private final long foundAt;
  private final String file;

  LogProblem(AuditFinding kind, long first, long last, long foundAt, String file) {
    this.kind = kind;
    this.first = first;
    this.last = last;
    this.foundAt = foundAt;
    this.file = file;
  }

  static LogProblem range(AuditFinding kind, long first, long last) {
    return new LogProblem(kind, first, last, -1, "");
  }

  /** The kind of problem. */
  public AuditFinding kind() {
    return kind;
  }

  /** The first index concerned (for {@link AuditFinding#ENTRY_INSERTED}, the first position found). */
  public long first() {
    return first;
  }

  /** The last index concerned, inclusive. */
  public long last() {
    return last;
  }

  /** For {@link AuditFinding#ENTRY_REORDERED}, the position where the entry was found. */
  public OptionalLong foundAt() {
    return foundAt < 0 ? OptionalLong.empty() : OptionalLong.of(foundAt);
  }

  /** For {@link AuditFinding#RECORD_DAMAGED}, the file; otherwise empty. */
  public String file() {
    return file;
  }

  /** The problem as a finding with messages in zh-CN and en. */
  public Finding toFinding() {
    switch (kind) {
      case ENTRY_REORDERED:
        return Finding.of(kind, AuditBases.SEC_2, Fact.count("index", first), Fact.count("foundAt", foundAt));
      case RECORD_DAMAGED:
        return Finding.of(kind, AuditBases.SEC_2, Fact.code("file", file), Fact.count("position", first));
      case ROOT_MISMATCH:
      case WITNESS_ROOT_MISMATCH:
        return Finding.of(kind, AuditBases.SEC_2, Fact.count("size", first));
      case CHECKPOINT_INVALID:
        return Finding.of(kind, AuditBases.SEC_2, Fact.count("number", first));
      case TORN_TAIL:
        return Finding.of(kind, AuditBases.SEC_2, Fact.count("position", first));
      case UNCHECKPOINTED_ENTRIES:
        return Finding.of(kind, AuditBases.SEC_2, Fact.count("count", first));
      case NO_CHECKPOINT:
        return Finding.of(kind, AuditBases.SEC_2);
      default:
        return Finding.of(kind, AuditBases.SEC_2, Fact.count("first", first), Fact.count("last", last));
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LogProblem)) {
      return false;
    }
    LogProblem p = (LogProblem) o;
    return p.kind == kind && p.first == first && p.last == last && p.foundAt == foundAt && p.file.equals(file);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, first, last, foundAt, file);
  }

  /** Kind and indexes; never an entry's content. */
  @Override
  public String toString() {
    return kind + "[" + first + (last != first ? ".." + last : "") + (foundAt >= 0 ? " found at " + foundAt : "")
        + (file.isEmpty() ? "" : " in " + file) + "]";
  }
}
