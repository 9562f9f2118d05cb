package org.creditgov.core.jurisdiction;

/** The levels of China's administration that issue catalogs, lists and rules, highest first. */
public enum JurisdictionLevel {
  /** 全国: the State Council and the national departments. */
  NATIONAL,
  /** 省级: provinces, autonomous regions, municipalities directly under the central government. */
  PROVINCE,
  /** 地级: prefecture-level cities, prefectures, leagues (and the grouping of a municipality's districts). */
  PREFECTURE,
  /** 县级: counties, county-level cities, districts. */
  COUNTY
}
