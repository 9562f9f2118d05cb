package org.creditgov.core.archfixture;

import com.networknt.schema.SpecificationVersion;

/** Violates "the JSON Schema validator only in json or io packages": a domain type using it. */
public final class DomainUsingTheSchemaValidator {
  private DomainUsingTheSchemaValidator() {}

  /** Uses the validator. */
  public static SpecificationVersion version() {
    return SpecificationVersion.DRAFT_2020_12;
  }
}
