/**
 * credit-rules: severe-list designation, sanction-measure checks, incentives, credit repair and
 * oversight figures, built on credit-core. Only API packages are exported; implementation classes
 * are package-private beside the API they serve.
 */
module org.creditgov.rules {
  requires transitive org.creditgov.core;
  // the decision log on the tamper-evident audit log (org.creditgov.rules.decision)
  requires transitive org.creditgov.audit;
  // the oversight figures' CSV export (org.creditgov.rules.oversight)
  requires org.apache.commons.csv;
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value.annotations;
  // org.creditgov.rules.io and org.creditgov.rules.designation.io read and write the list formats with
  // Jackson 3 and validate them against their schemas (through credit-core's internal
  // org.creditgov.core.io); org.creditgov.rules.json writes and reads the canonical JSON forms
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires com.networknt.schema;

  exports org.creditgov.rules;
  exports org.creditgov.rules.decision;
  exports org.creditgov.rules.designation;
  exports org.creditgov.rules.designation.io;
  exports org.creditgov.rules.incentive;
  exports org.creditgov.rules.json;
  exports org.creditgov.rules.procedure;
  exports org.creditgov.rules.repair;
  exports org.creditgov.rules.repair.io;
  exports org.creditgov.rules.io;
  exports org.creditgov.rules.oversight;
  exports org.creditgov.rules.sanction;
  exports org.creditgov.rules.sync;

  // the module's finding types, found by code when findings are read from JSON
  provides org.creditgov.core.json.FindingTypeProvider with org.creditgov.rules.json.RulesFindingTypes;
  // the data formats of the module, for credit-core's Lint
  provides org.creditgov.core.io.DataFormat with
      org.creditgov.rules.io.MeasureListFormat, org.creditgov.rules.io.IncentiveListFormat,
      org.creditgov.rules.designation.io.ListTypesFormat, org.creditgov.rules.repair.io.RepairRegimesFormat;

  // the JSON Schemas of the module's formats and canonical forms, read by credit-core's Schemas (at a
  // stable path in the jar)
  opens org.creditgov.rules.schemas;
  // the records that mirror the list formats, which Jackson binds and writes
  opens org.creditgov.rules.io to tools.jackson.databind;
  opens org.creditgov.rules.designation.io to tools.jackson.databind;
  opens org.creditgov.rules.repair.io to tools.jackson.databind;
}
