package org.creditgov.rules.sanction;

import org.creditgov.core.Bilingual;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.rules.designation.Status;

/** Bilingual names of core and designation enums that are not themselves {@link Bilingual}, for finding arguments. */
final class Texts {

  private static final Bilingual[] CLASSES = new Bilingual[SeverityClass.values().length];
  private static final Bilingual[] STATUSES = new Bilingual[Status.values().length];

  static {
    for (SeverityClass c : SeverityClass.values()) {
      CLASSES[c.ordinal()] = Bilingual.of(c.nameZh(), c.nameEn());
    }
    STATUSES[Status.NOT_PROPOSED.ordinal()] = Bilingual.of("尚未启动认定", "not yet proposed");
    STATUSES[Status.PROPOSED.ordinal()] = Bilingual.of("已启动认定、尚未列入", "proposed, not listed");
    STATUSES[Status.NOTIFIED.ordinal()] = Bilingual.of("已预先告知、尚未列入", "notified, not listed");
    STATUSES[Status.OBJECTION_PENDING.ordinal()] = Bilingual.of("异议处理中、尚未列入", "objection pending, not listed");
    STATUSES[Status.LISTED.ordinal()] = Bilingual.of("列入名单", "listed");
    STATUSES[Status.EXPIRED.ordinal()] = Bilingual.of("列入期限届满", "expired");
    STATUSES[Status.REMOVED.ordinal()] = Bilingual.of("已移出（信用修复、撤销或纠错）", "removed (repaired, revoked or corrected)");
    STATUSES[Status.DROPPED.ordinal()] = Bilingual.of("认定已终止、未列入", "dropped, never listed");
  }

  private Texts() {}

  static Bilingual of(SeverityClass c) {
    return CLASSES[c.ordinal()];
  }

  static Bilingual of(Status s) {
    return STATUSES[s.ordinal()];
  }
}
