package org.creditgov.rules.repair;

import org.creditgov.core.Bilingual;

/**
 * The materials of a repair application (REP-2; 国办发〔2025〕22号: proof that the legal obligations
 * were fulfilled and a credit commitment letter; a company in bankruptcy restructuring or
 * settlement may apply with the court ruling that approves its plan).
 */
public enum Material implements Bilingual {
  /** 履行法定义务、纠正失信行为的证明材料. */
  PROOF_OF_FULFILMENT("履行法定义务、纠正失信行为的证明材料", "proof that the obligations were fulfilled"),
  /** 信用承诺书. */
  COMMITMENT_LETTER("信用承诺书", "credit commitment letter"),
  /** 人民法院批准重整计划或者和解协议的裁定书. */
  COURT_RULING_ON_RESTRUCTURING("人民法院批准重整计划或者和解协议的裁定书", "court ruling approving a restructuring or settlement");

  private final String nameZh;
  private final String nameEn;

  Material(String nameZh, String nameEn) {
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
