/** Benchmarks of the oversight figures (OPS-2): figures over a million designation events, beside a hand-written loop. */
package org.creditgov.bench.oversight;
