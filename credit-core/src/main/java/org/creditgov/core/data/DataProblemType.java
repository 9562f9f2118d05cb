package org.creditgov.core.data;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The kinds of problem every format of reference data can have: the text cannot be read, it is not
 * JSON, it breaks the format's JSON Schema, or it breaks a rule every layered rule set obeys.
 * Codes are {@code data.NAME}; texts are in {@code org/creditgov/core/data/messages*.properties}.
 */
public enum DataProblemType implements ProblemType {
  /** The file cannot be read, or is not UTF-8. Facts: {@code reason} (text). */
  UNREADABLE,
  /** The text is not well-formed JSON, or is empty. Facts: {@code detail} (text). */
  MALFORMED_JSON,
  /** An object has the same key twice. Facts: {@code key} (code). */
  DUPLICATE_KEY,
  /** The {@code format} key is missing or names a format this library does not read. Facts: {@code format} (code), {@code known} (text). */
  UNKNOWN_FORMAT,
  /** A value has the wrong JSON type. Facts: {@code found}, {@code expected} (terms). */
  WRONG_JSON_TYPE,
  /** A mandatory key is missing. Facts: {@code key} (code). */
  MISSING_KEY,
  /** A key the format does not define (often a typo). Facts: {@code key} (code), {@code allowed} (text). */
  UNKNOWN_KEY,
  /** A value is not one of those allowed. Facts: {@code value} (text: the value given), {@code allowed} (text). */
  NOT_ALLOWED_VALUE,
  /** A text does not have the form required (a date, a period, a division code, a code). Facts: {@code form} (term). */
  INVALID_FORM,
  /** A number is out of range. Facts: {@code limit} (text). */
  OUT_OF_RANGE,
  /** A text or list is shorter or longer than allowed. Facts: {@code limit} (text). */
  WRONG_SIZE,
  /** A list holds the same value twice where values must be unique. */
  DUPLICATE_VALUE,
  /** A value breaks the format's schema in a way the other kinds do not name. Facts: {@code detail} (text). */
  SCHEMA_VIOLATION,
  /** A value is not valid for a reason the format's rules give. Facts: {@code detail} (a text in both languages). */
  INVALID_VALUE,
  /**
   * A division code of the right form names no known province, prefecture or county (GB/T 2260).
   * Facts: {@code code} (code).
   */
  UNKNOWN_JURISDICTION,
  /**
   * An effective period ends on or before it starts: {@code until} (the first day no longer in
   * force) must be after {@code from}. Facts: {@code from}, {@code until} (dates).
   */
  EMPTY_EFFECTIVE_PERIOD,
  /**
   * An instrument of a local level (local regulation, local government rule) does not name the
   * province, prefecture or county that made it. Facts: {@code level} (term).
   */
  LOCAL_INSTRUMENT_WITHOUT_JURISDICTION,
  /**
   * A national instrument (law, administrative regulation, central policy document, department
   * rule) names a local jurisdiction. Facts: {@code level}, {@code jurisdiction} (terms).
   */
  NATIONAL_INSTRUMENT_WITH_JURISDICTION,
  /** A code or id breaks the code rule ({@code org.creditgov.core.ruleset.Codes}). Facts: {@code value} (code). */
  INVALID_CODE,
  /** A text that must say something is blank. */
  BLANK,
  /** Two rule sets of a registry share an id. Facts: {@code id} (code), {@code other} (text: the other source). */
  DUPLICATE_ID,
  /** Two entries of one rule set share a code. Facts: {@code code} (code), {@code first} (code: pointer of the first). */
  DUPLICATE_CODE,
  /** Two versions of one layer are in force on a common day. Facts: {@code id}, {@code other} (codes), {@code period}, {@code otherPeriod} (texts). */
  OVERLAPPING_VERSIONS,
  /** A supplement redefines an entry a higher layer in force at the same time defines. Facts: {@code code}, {@code higher} (codes). */
  REDEFINES_HIGHER_LAYER_ENTRY,
  /** A reference (by key or code) names nothing the data declares. Facts: {@code reference} (code). */
  UNKNOWN_REFERENCE,
  /** No legal basis cited reaches the level required. Facts: {@code entry} (code), {@code required} (term). */
  BASIS_BELOW_REQUIRED_LEVEL,
  /** A legal basis is a local instrument of a jurisdiction outside the rule set's chain. Facts: {@code entry} (code), {@code citation} (text), {@code jurisdiction} (term). */
  BASIS_OF_OTHER_JURISDICTION;

  @Override
  public String namespace() {
    return "data";
  }

  @Override
  public ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle("org.creditgov.core.data.messages", locale);
  }
}
