/**
 * Benchmarks of credit repair (REP-2, REP-4): eligibility with its deadlines under the regime in
 * force, and the replay of repair histories, each beside a hand-written baseline in the same run.
 */
package org.creditgov.bench.repair;
