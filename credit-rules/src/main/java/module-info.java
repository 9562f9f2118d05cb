/**
 * credit-rules: severe-list designation, sanction-measure checks, incentives, credit repair and
 * oversight figures, built on credit-core. Its packages arrive with the issues that build them;
 * until then the module exports nothing.
 */
module org.creditgov.rules {
  requires transitive org.creditgov.core;
}
