package org.creditgov.rules.sanction;

import org.creditgov.core.Bilingual;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.rules.designation.Status;

/** Bilingual names of core and designation enums that are not themselves {@link Bilingual}, for finding arguments. */
final class Texts {

  private static final Bilingual[] CLASSES = new Bilingual[SeverityClass.values().length];

  static {
    for (SeverityClass c : SeverityClass.values()) {
      CLASSES[c.ordinal()] = Bilingual.of(c.nameZh(), c.nameEn());
    }
  }

  private Texts() {}

  static Bilingual of(SeverityClass c) {
    return CLASSES[c.ordinal()];
  }

  static Bilingual of(Status s) {
    return s;
  }
}
