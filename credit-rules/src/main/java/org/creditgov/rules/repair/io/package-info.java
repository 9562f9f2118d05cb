/**
 * The repair-regimes format {@code creditgov-repair-regimes/1} (REP-4; schema {@code
 * repair-regimes-1.schema.json}, docs/repair.md): reader on credit-core's {@code DocumentRead},
 * writer, the bundled regimes (527号, NDRC Orders 58 and 36 with 国办发〔2025〕22号, SAMR Orders 45 and
 * 107, every unconfirmed value labelled) and the format's registration with {@code Lint}. The only
 * package of repair that uses Jackson.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.rules.repair.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
