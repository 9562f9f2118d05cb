/**
 * The canonical JSON forms of the library's values (issue "an API a vendor can adopt";
 * docs/json-forms.md): one versioned form per type, {@code {"format":"creditgov-<type>/<n>", …}},
 * each with a JSON Schema, written and read by hand over Jackson 3's streaming API, and older
 * versions read through upcasters registered per form. This package holds the machinery every
 * module's forms use ({@link org.creditgov.core.json.JsonForm}, {@link
 * org.creditgov.core.json.JsonCodec}, {@link org.creditgov.core.json.JsonWriter}, {@link
 * org.creditgov.core.json.JsonReader}, {@link org.creditgov.core.json.Upcaster}), the registry of
 * finding types by code ({@link org.creditgov.core.json.FindingTypes}, discovered with {@link
 * java.util.ServiceLoader}), and the forms of credit-core's types ({@link
 * org.creditgov.core.json.CoreJson}: verdict, finding, finding list, rule-set version, legal
 * basis, subject reference, and the facts of findings). Stores, the audit log, the Spring
 * starter and the command line all speak these forms.
 *
 * <p>Conventions: the {@code format} key first; enums as their constant names; dates {@code
 * YYYY-MM-DD}; instants ISO-8601 in UTC with {@code Z}; periods ISO-8601 ({@code P3Y}); amounts as
 * decimal strings; facts as an object keyed by name in declaration order, each {@code {"<kind>":
 * value}}; messages optional on output and ignored on input; legal bases in full; subjects only as
 * a {@link org.creditgov.core.subject.SubjectRef}; absent values and empty lists left out.
 * Encoding is deterministic. A document that cannot be read is one {@link
 * org.creditgov.core.json.JsonFormException} with the problem's code, JSON pointer, line and
 * column. Jackson is an optional dependency of credit-core: using this package needs {@code
 * tools.jackson.core:jackson-databind} on the class or module path.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.core.json;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
