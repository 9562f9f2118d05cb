/**
 * credit-rules: severe-list designation, sanction-measure checks, incentives, credit repair and
 * oversight figures, built on credit-core. Only API packages are exported; implementation classes
 * are package-private beside the API they serve.
 */
module org.creditgov.rules {
  requires transitive org.creditgov.core;
  requires static org.immutables.value.annotations;
  // org.creditgov.rules.io reads and writes the list formats with Jackson 3 and validates them
  // against their schemas (through credit-core's internal org.creditgov.core.io)
  requires tools.jackson.databind;
  requires com.networknt.schema;

  exports org.creditgov.rules;
  exports org.creditgov.rules.designation;
  exports org.creditgov.rules.incentive;
  exports org.creditgov.rules.io;
  exports org.creditgov.rules.sanction;

  // the JSON Schemas of the list formats, read by credit-core's Schemas (at a stable path in the jar)
  opens org.creditgov.rules.schemas;
  // the records that mirror the list formats, which Jackson binds and writes
  opens org.creditgov.rules.io to tools.jackson.databind;
}
