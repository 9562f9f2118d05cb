package org.creditgov.privacy.query;

import com.google.common.collect.ImmutableList;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.subject.SubjectRef;

/**
 * Where the gateway reads the credit records of a subject (SEC-1): the department's or the
 * platform's record store, behind this interface. Implementations are thread-safe.
 */
@FunctionalInterface
public interface RecordSource {

  /** Every record about {@code subject}. */
  ImmutableList<CreditRecord> records(SubjectRef subject);
}
