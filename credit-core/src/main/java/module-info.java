/**
 * credit-core: the foundation of the credit-governance library: identifiers and subjects, legal
 * bases, jurisdictions, working-day time, the catalog of public credit information, and the verdicts and findings every check answers with.
 */
@SuppressWarnings("module") // the qualified export names credit-rules, which is compiled after this module
module org.creditgov.core {
  requires transitive com.google.common;
  requires static com.google.errorprone.annotations;
  requires transitive jakarta.validation;
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires org.slf4j;
  // JSON only at the edge (the io packages): optional, for a user who loads files or lints them
  requires static tools.jackson.core;
  requires static tools.jackson.databind;
  requires static com.networknt.schema;

  exports org.creditgov.core;
  exports org.creditgov.core.catalog;
  exports org.creditgov.core.catalog.io;
  exports org.creditgov.core.data;
  // internal: the JSON reading every format's reader shares; not an API for users
  exports org.creditgov.core.io to org.creditgov.rules, org.creditgov.privacy;
  exports org.creditgov.core.identity;
  // the canonical JSON forms (Jackson 3 streaming; needs jackson-databind on the path)
  exports org.creditgov.core.json;
  exports org.creditgov.core.jurisdiction;
  exports org.creditgov.core.legal;
  exports org.creditgov.core.ruleset;
  exports org.creditgov.core.subject;
  exports org.creditgov.core.text;
  exports org.creditgov.core.time;
  exports org.creditgov.core.io.calendar;
  exports org.creditgov.core.validation;
  exports org.creditgov.core.verdict;

  // finding types of other modules, by code, for reading findings from JSON
  uses org.creditgov.core.json.FindingTypeProvider;

  // the JSON Schemas of the formats, read by core.io's Schemas (at a stable path in the jar)
  opens org.creditgov.core.schemas;
  // the records that mirror the formats, which Jackson binds
  opens org.creditgov.core.io to tools.jackson.databind;
  opens org.creditgov.core.io.calendar to tools.jackson.databind;
  opens org.creditgov.core.catalog.io to tools.jackson.databind;

  // the data formats lint reads: this module's, and any other module's that provides one
  uses org.creditgov.core.io.DataFormat;
  provides org.creditgov.core.io.DataFormat with
      org.creditgov.core.catalog.io.CatalogFormat, org.creditgov.core.catalog.io.RegimesFormat,
      org.creditgov.core.io.calendar.HolidayCalendarFormat;
}
