package org.creditgov.rules.designation;

import org.creditgov.core.Bilingual;

/** The steps a command asks for, as a refusal names them (the {@code step} fact of {@code STEP_NOT_ALLOWED}). */
enum Step implements Bilingual {
  SERVE_NOTICE("送达预先告知书", "serve the prior notice"),
  WAIVE_OBJECTION("记录当事人书面放弃异议", "record a written waiver of the objection"),
  FILE_OBJECTION("受理异议", "accept an objection"),
  ANSWER_OBJECTION("答复异议", "answer the objection"),
  WITHDRAW("撤回认定", "withdraw the proposal"),
  DECIDE("作出认定决定", "decide to list"),
  REMOVE("移出名单", "remove from the list"),
  RECORD_EXPIRY("记录期满移出", "record the expiry of the listing");

  private final String nameZh;
  private final String nameEn;

  Step(String nameZh, String nameEn) {
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
