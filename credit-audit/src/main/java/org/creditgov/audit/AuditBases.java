package org.creditgov.audit;

import com.google.common.collect.ImmutableList;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;

/** The legal bases the findings of this package cite: the State Council opinion and the plan whose SEC-2 clause they serve. */
final class AuditBases {

  static final ImmutableList<LegalBasis> SEC_2 =
      ImmutableList.of(Instruments.STATE_COUNCIL_OPINION_2020_49, Instruments.QINGTONGXIA_PLAN_2022);

  private AuditBases() {}
}
