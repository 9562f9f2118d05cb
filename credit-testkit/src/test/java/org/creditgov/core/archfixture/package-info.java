/**
 * Deliberate violations of the architecture rules, one class per rule, so that {@code
 * org.creditgov.arch.ArchitectureTest} can show that each rule fails when it should. Test code
 * only: the rules themselves are checked against main code, which these classes are not part of.
 */
package org.creditgov.core.archfixture;
