/** Benchmarks of the public disclosure view (CAT-6): a subject's 200 records, beside a hand-written loop over the catalog's own decision. */
package org.creditgov.bench.disclosure;
