package org.creditgov.core.legal;

import java.time.LocalDate;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.time.EffectivePeriod;

/**
 * Citations of the instruments the whole library rests on, for findings to cite as the basis of
 * the rule they apply. Dates are those in reference/policy-facts.md §4 and the seed's own header.
 */
public final class Instruments {

  /**
   * 国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见 (国办发〔2020〕49号), dated 2020-12-07: the
   * State Council opinion every rule of this library implements.
   */
  public static final LegalBasis STATE_COUNCIL_OPINION_2020_49 =
      LegalBasis.builder()
          .level(InstrumentLevel.CENTRAL_POLICY_DOCUMENT)
          .issuer("国务院办公厅")
          .title("国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见")
          .documentNumber("国办发〔2020〕49号")
          .effective(EffectivePeriod.from(LocalDate.of(2020, 12, 7)))
          .build();

  /**
   * 青铜峡市进一步完善失信约束制度构建诚信建设长效机制任务分工方案, published by the Qingtongxia municipal government
   * office on 2022-05-12: the seed plan whose clauses REQUIREMENTS.md numbers.
   */
  public static final LegalBasis QINGTONGXIA_PLAN_2022 =
      LegalBasis.builder()
          .level(InstrumentLevel.NORMATIVE_DOCUMENT)
          .issuer("青铜峡市人民政府办公室")
          .title("青铜峡市进一步完善失信约束制度构建诚信建设长效机制任务分工方案")
          .effective(EffectivePeriod.from(LocalDate.of(2022, 5, 12)))
          .jurisdiction(Jurisdiction.of("640381"))
          .build();

  private Instruments() {}
}
