package org.creditgov.rules.designation;

import org.creditgov.core.Bilingual;

/**
 * The four categories of conduct for which a severe list may exist (DES-1; seed §二.2; 国办发〔2020〕49号
 * (六), after 国发〔2016〕33号). No other category exists: a list type must name one of them.
 */
public enum ListCategory implements Bilingual {
  /** 严重危害人民群众身体健康和生命安全. */
  HEALTH_AND_LIFE_SAFETY("严重危害人民群众身体健康和生命安全", "severely endangers health and life safety"),
  /** 严重破坏市场公平竞争秩序和社会正常秩序. */
  MARKET_AND_SOCIAL_ORDER("严重破坏市场公平竞争秩序和社会正常秩序", "severely disrupts fair market competition and social order"),
  /** 拒不履行法定义务，严重影响司法机关、行政机关公信力. */
  STATUTORY_DUTY_REFUSED(
      "拒不履行法定义务，严重影响司法机关、行政机关公信力",
      "refuses a statutory duty, severely harming the credibility of judicial or administrative organs"),
  /** 拒不履行国防义务. */
  NATIONAL_DEFENCE_DUTY_REFUSED("拒不履行国防义务", "refuses a national-defence duty");

  private final String nameZh;
  private final String nameEn;

  ListCategory(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** The category in Simplified Chinese, as the seed words it. */
  @Override
  public String nameZh() {
    return nameZh;
  }

  /** The category in English. */
  @Override
  public String nameEn() {
    return nameEn;
  }
}
