package org.creditgov.cli.files;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Lines files: one JSON object per line, read and written with Jackson. A line that is not
 * JSON, holds a key twice, or is JSON but not an object is malformed (its column is reported, not
 * its text).
 */
public final class JsonLines {

  /** The mapper: strict about duplicate keys, writing compact lines. */
  public static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private JsonLines() {}

  /**
   * Opens a JSON Lines file.
   *
   * @throws IOException if it cannot be read
   */
  public static LineSource<ObjectNode> open(Path file) throws IOException {
    return new LineSource<>(file, JsonLines::parse, true);
  }

  private static @Nullable ObjectNode parse(String line, long number, Malformed[] problem) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JacksonException e) {
      long column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
      problem[0] = new Malformed(number, Malformed.Kind.INVALID_JSON, 0, column);
      return null;
    }
    if (node == null || !node.isObject()) {
      problem[0] = new Malformed(number, Malformed.Kind.NOT_AN_OBJECT, 0, 0);
      return null;
    }
    return (ObjectNode) node;
  }

  /** One object as a line of JSON, without the line end. */
  public static String write(ObjectNode node) {
    return MAPPER.writeValueAsString(node);
  }
}
