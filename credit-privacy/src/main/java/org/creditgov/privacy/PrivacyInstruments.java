package org.creditgov.privacy;

import java.time.LocalDate;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.time.EffectivePeriod;

/**
 * Citations of the instruments the consent, query and disclosure rules of credit-privacy rest on
 * (PRI-1, PRI-2, PRI-4, SEC-1, SEC-3, CAT-6), for findings to cite with the article they apply
 * ({@code PIPL.withArticle("第十五条")}). The rule sets a user loads (purpose catalogs) cite their
 * own instruments as data; these are the statutes themselves.
 */
public final class PrivacyInstruments {

  /**
   * 中华人民共和国个人信息保护法 (Personal Information Protection Law), adopted by the NPC Standing
   * Committee on 2021-08-20, in force from 2021-11-01: lawful bases (Art. 13), informed and
   * separate consent (Art. 14), withdrawal (Art. 15), no refusal of service for refusing consent
   * (Art. 16), provision to another processor (Art. 23), sensitive information (Arts. 28–29), the
   * person's rights (Arts. 44–47).
   */
  public static final LegalBasis PIPL =
      LegalBasis.builder()
          .level(InstrumentLevel.LAW)
          .issuer("全国人民代表大会常务委员会")
          .title("中华人民共和国个人信息保护法")
          .effective(EffectivePeriod.from(LocalDate.of(2021, 11, 1)))
          .build();

  /**
   * 征信业管理条例 (Regulation on the Administration of the Credit Reporting Industry), State Council
   * Order No. 631, in force from 2013-03-15: a query of a person's credit information needs the
   * person's written consent and an agreed purpose (Art. 18); objections (Art. 25).
   */
  public static final LegalBasis CREDIT_REPORTING_REGULATION =
      LegalBasis.builder()
          .level(InstrumentLevel.ADMINISTRATIVE_REGULATION)
          .issuer("国务院")
          .title("征信业管理条例")
          .documentNumber("国务院令第631号")
          .effective(EffectivePeriod.from(LocalDate.of(2013, 3, 15)))
          .build();

  /**
   * 中华人民共和国网络安全法 (Cybersecurity Law), in force from 2017-06-01: network logs are kept
   * for at least six months (Art. 21(3)), the basis of SEC-3.
   */
  public static final LegalBasis CYBERSECURITY_LAW =
      LegalBasis.builder()
          .level(InstrumentLevel.LAW)
          .issuer("全国人民代表大会常务委员会")
          .title("中华人民共和国网络安全法")
          .effective(EffectivePeriod.from(LocalDate.of(2017, 6, 1)))
          .build();

  /**
   * Whether {@code basis} is a law or a regulation (法律、法规: a law, an administrative regulation or
   * a local regulation), the instruments that can impose a statutory duty (PIPL Art. 13(3)) and found
   * the disclosure of a person's information: a central policy document ranks above a local
   * regulation in the library's order of levels but is neither.
   *
   * @throws NullPointerException if {@code basis} is null
   */
  public static boolean isLawOrRegulation(LegalBasis basis) {
    switch (basis.level()) {
      case LAW:
      case ADMINISTRATIVE_REGULATION:
      case LOCAL_REGULATION:
        return true;
      default:
        return false;
    }
  }

  private PrivacyInstruments() {}
}
