package org.creditgov.core.identity;

import org.creditgov.core.Bilingual;

/** How strictly a unified social credit code is validated; named in zh-CN and en for messages. */
public enum ValidationLevel implements Bilingual {
  /** GB 32100-2015: length, alphabet, structure and the check character. */
  STANDARD("标准校验", "standard validation"),
  /**
   * {@link #STANDARD}, and the embedded 9-character organisation code (GB 11714) must pass its own
   * check. Optional because codes issued to some subjects (individual businesses above all) carry
   * subject identifiers that were never GB 11714 organisation codes.
   */
  STRICT("严格校验（含组织机构代码校验码）", "strict validation (with the organisation code's check)");

  private final String nameZh;
  private final String nameEn;

  ValidationLevel(String nameZh, String nameEn) {
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
