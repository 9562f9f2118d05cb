/**
 * credit-core: the foundation of the credit-governance library: identifiers and subjects, legal
 * bases, jurisdictions, working-day time, the catalog of public credit information, and the verdicts and findings every check answers with.
 */
@SuppressWarnings("module") // the qualified export names credit-rules, which is compiled after this module
module org.creditgov.core {
  requires transitive com.google.common;
  requires transitive jakarta.validation;
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires org.slf4j;
  requires com.fasterxml.jackson.databind;

  exports org.creditgov.core;
  exports org.creditgov.core.catalog;
  exports org.creditgov.core.catalog.io;
  // internal: the JSON reading the measure-list reader of credit-rules shares; not an API for users
  exports org.creditgov.core.io to org.creditgov.rules;
  exports org.creditgov.core.identity;
  exports org.creditgov.core.jurisdiction;
  exports org.creditgov.core.legal;
  exports org.creditgov.core.subject;
  exports org.creditgov.core.time;
  exports org.creditgov.core.validation;
  exports org.creditgov.core.verdict;
}
