/** Credit subjects: organisations keyed by unified social credit code, natural persons by document. */
@NullMarked
package org.creditgov.core.subject;

import org.jspecify.annotations.NullMarked;
