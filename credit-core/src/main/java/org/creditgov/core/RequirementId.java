package org.creditgov.core;

/**
 * The requirement ids, one per clause the library enforces (docs/requirements.md lists each with
 * its legal source). A finding, a data problem, a test and a line of Javadoc all name the clause
 * they serve by these ids.
 */
public enum RequirementId implements Bilingual {
  /** Lawful: every listing, record and sanction runs on a cited legal basis. */
  P_1("依法依规", "lawful"),
  /** Scoped: bounded by a catalog. */
  P_2("目录限定", "scoped by a catalog"),
  /** Proportionate: sanction fits domain, circumstances and severity. */
  P_3("过惩相当", "proportionate"),
  /** A legal basis is a typed citation. */
  LB_1("法律依据", "legal basis is a typed citation"),
  /** Each kind of act names the lowest instrument level that may found it. */
  LB_2("依据层级", "minimum level of the legal basis"),
  /** Catalog management: nothing outside the catalog. */
  CAT_1("目录制", "catalog management"),
  /** Catalog items cite law, regulation, central policy (or a local regulation). */
  CAT_2("目录依据", "catalog item basis"),
  /** Catalog item attributes. */
  CAT_3("目录属性", "catalog item attributes"),
  /** Catalog layers and versions. */
  CAT_4("目录层级与版本", "catalog layers and versions"),
  /** Timely, objective, complete collection. */
  CAT_5("及时、客观、完整", "timely and complete collection"),
  /** Disclosure never exposes secrets or privacy. */
  CAT_6("依法公开", "lawful disclosure"),
  /**
   * Severe lists only in fields founded on law, regulation (an administrative regulation, or a
   * local regulation of the list's own jurisdiction) or central policy, and in four categories.
   */
  DES_1("严重失信名单范围", "severe-list scope"),
  /** National uniform criteria. */
  DES_2("统一认定标准", "uniform criteria"),
  /** Prior notice. */
  DES_3("预先告知", "prior notice"),
  /** Objection. */
  DES_4("异议", "objection"),
  /** Written decision. */
  DES_5("认定决定书", "written decision"),
  /** Listing period and removal. */
  DES_6("移出", "listing period and removal"),
  /** Every step kept. */
  DES_7("全程留痕", "every step kept"),
  /** Only listed measures. */
  SAN_1("清单制", "measure list management"),
  /** Direct basis and a specific fact. */
  SAN_2("惩戒依据", "basis and fact of a measure"),
  /** Legality, relevance, proportionality. */
  SAN_3("关联与比例", "relevance and proportionality"),
  /** Leniency. */
  SAN_4("宽容审慎", "leniency"),
  /** No compelled sanctions by market bodies. */
  SAN_5("不得强制", "no compelled market sanctions"),
  /** No sanction of an individual for a low credit score. */
  SAN_6("不得以信用分惩戒", "no sanction for a credit score"),
  /** Incentives for trustworthy subjects. */
  INC_1("守信激励", "trust incentives"),
  /** Everything repairable unless declared otherwise. */
  REP_1("可修复", "repairability"),
  /** Repair application, deadline, no fee. */
  REP_2("修复申请", "repair procedure"),
  /** Effects of approved repair and same-day sync. */
  REP_3("修复结果同步", "repair effects and sync"),
  /** The repair regime in force on the relevant date decides classes, periods and conditions. */
  REP_4("修复规则适用", "repair regime in force"),
  /** Repair lifts the sanctions founded on the repaired information and updates evaluations. */
  REP_5("修复解除惩戒", "repair lifts sanctions"),
  /** A penalty or listing decision is delivered with a credit-repair notice (两书同达). */
  REP_6("两书同达", "repair notice with the decision"),
  /** Query permissions and registration. */
  SEC_1("查询登记审查", "authorised, registered queries"),
  /** Tamper evidence. */
  SEC_2("防篡改", "tamper evidence"),
  /** Logs kept at least six months, protected against deletion, modification or overwrite. */
  SEC_3("日志留存", "log retention and protection"),
  /** Lawful, necessary, minimal use of personal information. */
  PRI_1("合法正当必要", "lawful, necessary, minimal"),
  /** Consent. */
  PRI_2("授权同意", "consent"),
  /** Desensitization. */
  PRI_3("脱敏", "desensitization"),
  /** Withdrawal at any time; separate consent; written authorisation for credit queries. */
  PRI_4("撤回与单独同意", "withdrawal and separate consent"),
  /** Credit checks embedded in workflows. */
  OPS_1("嵌入式核查", "embedded credit checks"),
  /** Oversight figures. */
  OPS_2("监督统计", "oversight figures");

  private final String titleZh;
  private final String titleEn;

  RequirementId(String titleZh, String titleEn) {
    this.titleZh = titleZh;
    this.titleEn = titleEn;
  }

  /** The id as REQUIREMENTS.md writes it: {@code SAN-6}. */
  public String id() {
    return name().replace('_', '-');
  }

  /** A short title in Simplified Chinese. */
  public String titleZh() {
    return titleZh;
  }

  /** A short title in English. */
  public String titleEn() {
    return titleEn;
  }

  /** The short title in Simplified Chinese. */
  @Override
  public String nameZh() {
    return titleZh;
  }

  /** The short title in English. */
  @Override
  public String nameEn() {
    return titleEn;
  }

  /**
   * The requirement of an id as written: {@code SAN-6}.
   *
   * @throws IllegalArgumentException if there is no such requirement
   */
  public static RequirementId ofId(String id) {
    return valueOf(id.replace('-', '_'));
  }

  @Override
  public String toString() {
    return id();
  }
}
