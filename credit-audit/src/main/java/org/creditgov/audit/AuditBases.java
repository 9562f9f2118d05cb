package org.creditgov.audit;

import com.google.common.collect.ImmutableList;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;

/**
 * The legal bases the findings of this package cite: the State Council opinion, whose security
 * clause SEC-2 serves. A county's or province's own plan is not cited here: the log serves every
 * jurisdiction alike.
 */
final class AuditBases {

  static final ImmutableList<LegalBasis> SEC_2 =
      ImmutableList.of(Instruments.STATE_COUNCIL_OPINION_2020_49);

  private AuditBases() {}
}
