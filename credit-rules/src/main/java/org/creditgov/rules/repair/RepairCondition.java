package org.creditgov.rules.repair;

import org.creditgov.core.Bilingual;

/**
 * A condition of repair a regime requires (REP-2; NDRC Order 36, SAMR Order 45 Art. 14): a regime
 * lists the conditions it requires as data, and an application states which it meets.
 */
public enum RepairCondition implements Bilingual {
  /** 最短公示期限已满. */
  MINIMUM_PERIOD_PASSED("最短公示期限已满", "minimum publication period passed"),
  /** 已纠正失信行为、履行法定义务. */
  OBLIGATIONS_FULFILLED("已纠正失信行为并履行法定义务", "conduct corrected and obligations fulfilled"),
  /** 作出信用承诺. */
  CREDIT_COMMITMENT("已作出信用承诺", "public credit commitment made"),
  /** 未因同一类违法行为再次受到处罚 (SAMR Order 45 Art. 14). */
  NOT_PENALISED_AGAIN("未因同一类违法行为再次受到处罚", "not penalised again for the same kind of violation"),
  /** 未被列入经营异常名录或者严重违法失信名单 (SAMR Order 45 Art. 14). */
  NOT_ON_OTHER_LISTS("未被列入经营异常名录或者严重违法失信名单", "not on the abnormal or serious lists"),
  /** 法律、行政法规、部门规章规定的其他条件. */
  OTHER_BY_LAW("符合法律、行政法规、部门规章规定的其他条件", "other conditions set by law met");

  private final String nameZh;
  private final String nameEn;

  RepairCondition(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  @Override
  public String nameZh() {
    return nameZh;
  }

  @Override
  public String nameEn() {
    return nameEn;
  }
}
