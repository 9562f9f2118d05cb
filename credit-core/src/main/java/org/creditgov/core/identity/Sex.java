package org.creditgov.core.identity;

/** Sex as GB 11643-1999 encodes it in the sequence code: odd for male, even for female. */
public enum Sex {
  /** 男: an odd sequence code. */
  MALE,
  /** 女: an even sequence code. */
  FEMALE
}
