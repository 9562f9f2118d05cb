/**
 * Benchmarks of credit-privacy (issue 6), each against baselines in the same run: the maskers
 * against Hutool's {@code DesensitizedUtil} and a plain code-point-safe loop, the redactor against
 * a straightforward {@code java.util.regex} implementation of the same detectors.
 */
package org.creditgov.bench.privacy;
