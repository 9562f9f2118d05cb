package org.creditgov.privacy.consent;

import com.google.common.collect.ImmutableList;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.privacy.PrivacyInstruments;

/** The articles consent findings cite. */
final class Bases {

  static final ImmutableList<LegalBasis> CONSENT = ImmutableList.of(PrivacyInstruments.PIPL.withArticle("第十四条"));
  static final ImmutableList<LegalBasis> LAWFUL_BASES = ImmutableList.of(PrivacyInstruments.PIPL.withArticle("第十三条"));
  static final ImmutableList<LegalBasis> PURPOSE_BOUND = ImmutableList.of(PrivacyInstruments.PIPL.withArticle("第六条"));
  static final ImmutableList<LegalBasis> NO_LIFELONG =
      ImmutableList.of(Instruments.STATE_COUNCIL_OPINION_2020_49, PrivacyInstruments.PIPL.withArticle("第十四条"));
  static final ImmutableList<LegalBasis> WITHDRAWAL = ImmutableList.of(PrivacyInstruments.PIPL.withArticle("第十五条"));
  static final ImmutableList<LegalBasis> NOT_FORCED = ImmutableList.of(PrivacyInstruments.PIPL.withArticle("第十六条"));
  static final ImmutableList<LegalBasis> NOT_BUNDLED =
      ImmutableList.of(PrivacyInstruments.PIPL.withArticle("第十四条"), Instruments.STATE_COUNCIL_OPINION_2020_49);
  static final ImmutableList<LegalBasis> SENSITIVE = ImmutableList.of(PrivacyInstruments.PIPL.withArticle("第二十九条"));
  static final ImmutableList<LegalBasis> PROVISION = ImmutableList.of(PrivacyInstruments.PIPL.withArticle("第二十三条"));
  static final ImmutableList<LegalBasis> WRITTEN_FOR_CREDIT_QUERY =
      ImmutableList.of(PrivacyInstruments.CREDIT_REPORTING_REGULATION.withArticle("第十八条"));
  static final ImmutableList<LegalBasis> CATALOG = ImmutableList.of(Instruments.STATE_COUNCIL_OPINION_2020_49);

  private Bases() {}
}
