package org.creditgov.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the library writes its data formats: UTF-8 JSON as a person writes it by hand — indented by
 * two spaces, {@code "key": value}, one array element per line, {@code \n} line ends — with
 * properties in the order the format's records declare them, absent values and empty lists left
 * out, and one newline at the end. Reading what is written gives an equal value (each format's
 * round-trip test says so).
 *
 * <p>Internal to the library. Thread-safe.
 */
public final class JsonWriting {

  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final JsonMapper WRITER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
          .withObjectIndenter(INDENT)
          .withArrayIndenter(INDENT))
      .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
      .build();

  private JsonWriting() {}

  /** {@code document} (a record mirroring a format) as JSON text. */
  public static String write(Object document) {
    return WRITER.writeValueAsString(requireNonNull(document, "document")) + "\n";
  }
}
