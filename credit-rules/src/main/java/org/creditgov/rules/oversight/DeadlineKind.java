package org.creditgov.rules.oversight;

import org.creditgov.core.Bilingual;

/** The working-day deadlines whose compliance the oversight figures count (OPS-2). */
public enum DeadlineKind implements Bilingual {
  /** Serving the prior notice of a designation (DES-3). */
  NOTICE("告知", "prior notice"),
  /** Answering an objection (DES-4). */
  OBJECTION_ANSWER("异议答复", "objection answer"),
  /** Accepting or rejecting a repair application (REP-2). */
  REPAIR_ACCEPTANCE("修复申请受理", "repair acceptance"),
  /** Deciding an accepted repair application (REP-2). */
  REPAIR_DECISION("修复决定", "repair decision");

  private final String nameZh;
  private final String nameEn;

  DeadlineKind(String nameZh, String nameEn) {
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
