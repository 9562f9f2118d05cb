package org.creditgov.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.Schemas;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The upcasting machinery, on a fixture form: every form of the library is at its first version
 * (they are new with this release, so no document of an older version exists yet), so a test form
 * "note" shows a real change — version 2 renames {@code text} to {@code body} — and version 1
 * documents stay readable through their upcaster; version 3 adds a default, and a chain of two
 * upcasters runs in order.
 */
class UpcasterTest {

  record Note(String body, LocalDate on) {}

  private static final JsonCodec<Note> NOTE = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, Note n) {
      out.startObject().string("body", n.body()).date("on", n.on()).endObject();
    }

    @Override
    public Note read(JsonReader in) {
      String body = null;
      LocalDate on = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "body" -> body = in.string();
          case "on" -> on = in.date();
          default -> throw in.unknownKey(name);
        }
      }
      return new Note(in.required(body, "body"), in.required(on, "on"));
    }
  };

  /** Version 1 called the body "text". */
  private static final Upcaster RENAME_TEXT = doc -> {
    if (doc.has("text")) {
      doc.set("body", doc.remove("text"));
    }
    return doc;
  };

  private static final JsonForm<Note> V2 = JsonForm.builder("test-note", 2, NOTE).upcaster(1, RENAME_TEXT).build();

  @Test
  void aVersion1DocumentIsReadAfterItsFieldWasRenamedInVersion2() {
    Note n = V2.decode("{\"format\":\"creditgov-test-note/1\",\"text\":\"旧的\",\"on\":\"2025-01-01\"}");
    assertThat(n).isEqualTo(new Note("旧的", LocalDate.of(2025, 1, 1)));
    String written = V2.encode(n);
    assertThat(written).isEqualTo("{\"format\":\"creditgov-test-note/2\",\"body\":\"旧的\",\"on\":\"2025-01-01\"}");
    assertThat(Schemas.bundled().validate(JsonDocument.parse(written, "n.json"), V2.schema())).isEmpty();
    assertThat(V2.decode(written)).isEqualTo(n);
    assertThat(V2.oldestVersion()).isEqualTo(1);
    // a version 1 document without its text lacks the body once upcast
    DataProblem p = problem(V2, "{\"format\":\"creditgov-test-note/1\",\"on\":\"2025-01-01\"}");
    assertThat(p.code()).isEqualTo("data.MISSING_KEY");
    assertThat(p.pointer()).isEqualTo("/body");
  }

  @Test
  void everyVersionWrittenIsReadOverGeneratedNotes() {
    Seeds.forEachSeed(100, seed -> {
      var r = Seeds.random(seed);
      Note n = new Note("n" + r.nextInt(1000) + (r.nextBoolean() ? "\"\\\n𠮷" : ""), LocalDate.of(2000, 1, 1).plusDays(r.nextInt(9000)));
      String v2 = V2.encode(n);
      ObjectNode v1 = (ObjectNode) tools.jackson.databind.json.JsonMapper.builder().build().readTree(v2);
      v1.put("format", "creditgov-test-note/1");
      v1.set("text", v1.remove("body"));
      assertThat(V2.decode(v1.toString())).isEqualTo(n);
      assertThat(V2.decode(v2)).isEqualTo(n);
    });
  }

  @Test
  void upcastersRunInOrderFromTheDocumentsVersion() {
    JsonForm<Note> v3 = JsonForm.builder("test-note", 3, NOTE).upcaster(1, RENAME_TEXT)
        .upcaster(2, doc -> {
          doc.put("body", doc.get("body").asString() + " (v2)");
          return doc;
        }).build();
    assertThat(v3.decode("{\"format\":\"creditgov-test-note/1\",\"text\":\"a\",\"on\":\"2025-01-01\"}").body()).isEqualTo("a (v2)");
    assertThat(v3.decode("{\"format\":\"creditgov-test-note/2\",\"body\":\"a\",\"on\":\"2025-01-01\"}").body()).isEqualTo("a (v2)");
    assertThat(v3.decode("{\"format\":\"creditgov-test-note/3\",\"body\":\"a\",\"on\":\"2025-01-01\"}").body()).isEqualTo("a");
    DataProblem newer = problem(v3, "{\"format\":\"creditgov-test-note/4\",\"body\":\"a\",\"on\":\"2025-01-01\"}");
    assertThat(newer.code()).isEqualTo("data.UNKNOWN_FORMAT");
    assertThat(newer.messageEn()).contains("creditgov-test-note/1, creditgov-test-note/2, creditgov-test-note/3");
  }

  @Test
  void aFormWithAGapInItsUpcastersOrAnUpcasterOfItsOwnVersionIsADefect() {
    assertThatIllegalStateException().isThrownBy(() -> JsonForm.builder("test-note", 3, NOTE).upcaster(1, RENAME_TEXT).build());
    assertThatIllegalArgumentException().isThrownBy(() -> JsonForm.builder("test-note", 2, NOTE).upcaster(2, RENAME_TEXT));
    assertThatIllegalArgumentException().isThrownBy(() -> JsonForm.builder("test-note", 2, NOTE).upcaster(1, RENAME_TEXT)
        .upcaster(1, RENAME_TEXT));
    assertThatIllegalArgumentException().isThrownBy(() -> JsonForm.builder("Test_Note", 1, NOTE));
    // without an upcaster, an older version is not read
    JsonForm<Note> only2 = JsonForm.builder("test-note", 2, NOTE).build();
    assertThat(problem(only2, "{\"format\":\"creditgov-test-note/1\",\"text\":\"a\",\"on\":\"2025-01-01\"}").code())
        .isEqualTo("data.UNKNOWN_FORMAT");
  }

  private static DataProblem problem(JsonForm<?> form, String json) {
    Throwable t = catchThrowable(() -> form.decode(json));
    assertThat(t).isInstanceOf(JsonFormException.class);
    return ((JsonFormException) t).problems().get(0);
  }
}
