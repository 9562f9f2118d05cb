/**
 * credit-rules: severe-list designation, sanction-measure checks, incentives, credit repair and
 * oversight figures, built on credit-core. Only API packages are exported; implementation classes
 * are package-private beside the API they serve.
 */
module org.creditgov.rules {
  requires transitive org.creditgov.core;
  requires static org.immutables.value.annotations;
  requires com.fasterxml.jackson.databind;
  requires tools.jackson.databind;
  requires com.networknt.schema;

  exports org.creditgov.rules;
  exports org.creditgov.rules.designation;
  exports org.creditgov.rules.incentive;
  exports org.creditgov.rules.io;
  exports org.creditgov.rules.sanction;
}
