/** Benchmarks of consent (PRI-2, SEC-1): authorising a query against a subject's consents, beside a hand-written check. */
package org.creditgov.bench.consent;
