package org.creditgov.privacy.json;

import com.google.common.collect.ImmutableSetMultimap;
import java.util.ArrayList;
import java.util.List;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.json.JsonCodec;
import org.creditgov.core.json.JsonReader;
import org.creditgov.core.json.JsonWriter;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.text.Term;
import org.creditgov.core.verdict.Finding;
import org.creditgov.privacy.query.Actor;

/**
 * The codecs credit-privacy's forms share: core.json's own for legal bases, subjects, terms and
 * findings (their types found by code in {@link org.creditgov.core.json.FindingTypes#discovered()},
 * where {@link PrivacyFindingTypes} registers privacy's), and privacy's for an actor, catalog
 * fields and lists the forms always write, even empty.
 */
final class PrivacyCodecs {

  private PrivacyCodecs() {}

  static final JsonCodec<LegalBasis> LEGAL_BASIS = CoreJson.LEGAL_BASIS.codec();
  static final JsonCodec<SubjectRef> SUBJECT_REF = CoreJson.SUBJECT_REF.codec();
  static final JsonCodec<Finding> FINDING = CoreJson.FINDING.codec();
  static final JsonCodec<Term> TERM = CoreJson.TERM;

  /** Who acts: {@code {"department":…,"officer":…}}. */
  static final JsonCodec<Actor> ACTOR = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, Actor a) {
      out.startObject().string("department", a.department()).string("officer", a.officer()).endObject();
    }

    @Override
    public Actor read(JsonReader in) {
      String department = null;
      String officer = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "department" -> department = in.nonBlank();
          case "officer" -> officer = in.nonBlank();
          default -> throw in.unknownKey(name);
        }
      }
      return Actor.of(in.required(department, "department"), in.required(officer, "officer"));
    }
  };

  /** A text that says something, as a list element. */
  static final JsonCodec<String> NON_BLANK = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, String s) {
      out.generator().writeString(s);
    }

    @Override
    public String read(JsonReader in) {
      return in.nonBlank();
    }
  };

  /** A text, as a list element. */
  static final JsonCodec<String> STRING = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, String s) {
      out.generator().writeString(s);
    }

    @Override
    public String read(JsonReader in) {
      return in.string();
    }
  };

  /** The constants of {@code type} by name, as list elements. */
  static <E extends Enum<E>> JsonCodec<E> constants(Class<E> type) {
    return new JsonCodec<>() {
      @Override
      public void write(JsonWriter out, E e) {
        out.generator().writeString(e.name());
      }

      @Override
      public E read(JsonReader in) {
        return in.constant(type);
      }
    };
  }

  /**
   * Catalog items by code, each with its field names: {@code {"ITEM":["field",…],…}}, items in
   * code-point order, fields in their order; an empty object when there are none.
   */
  static final JsonCodec<ImmutableSetMultimap<String, String>> FIELDS = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, ImmutableSetMultimap<String, String> fields) {
      out.startObject();
      List<String> items = new ArrayList<>(fields.keySet());
      items.sort(null);
      for (String item : items) {
        out.strings(item, fields.get(item));
      }
      out.endObject();
    }

    @Override
    public ImmutableSetMultimap<String, String> read(JsonReader in) {
      ImmutableSetMultimap.Builder<String, String> b = ImmutableSetMultimap.builder();
      in.startObject();
      for (String item; (item = in.nextName()) != null; ) {
        b.putAll(item, in.list(NON_BLANK));
      }
      return b.build();
    }
  };

  /** Writes {@code values} as the list {@code name}, written even when empty (a key the form requires). */
  static <T> void always(JsonWriter out, String name, List<? extends T> values, JsonCodec<T> codec) {
    out.name(name).generator().writeStartArray();
    for (T v : values) {
      codec.write(out, v);
    }
    out.generator().writeEndArray();
  }
}
