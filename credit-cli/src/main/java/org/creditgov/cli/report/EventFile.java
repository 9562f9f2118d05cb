package org.creditgov.cli.report;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.creditgov.cli.files.JsonLines;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.data.ReferenceDataException;
import org.creditgov.core.json.JsonFormException;
import org.creditgov.core.text.Fact;
import org.creditgov.rules.json.DesignationJson;
import org.creditgov.rules.json.RepairJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * An exported event file (docs/cli.md): JSON Lines, UTF-8, one event per line in its canonical
 * form — {@code creditgov-designation-event/1} or {@code creditgov-repair-event/1} — blank lines
 * ignored. Read a line at a time; a line that is not such an event is a {@link
 * ReferenceDataException} whose problem names the line.
 */
public final class EventFile implements EventSource {

  private final Path file;

  private EventFile(Path file) {
    this.file = file;
  }

  /** The event file at {@code file}. */
  public static EventFile of(Path file) {
    return new EventFile(requireNonNull(file, "file"));
  }

  @Override
  public void forEach(Visitor visitor) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String line; (line = in.readLine()) != null; ) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String format;
        try {
          JsonNode f = JsonLines.MAPPER.readTree(line).get("format");
          format = f == null ? "" : f.asString();
        } catch (JacksonException | UnsupportedOperationException e) {
          throw problem(number, "(not JSON)");
        }
        try {
          switch (format) {
            case "creditgov-designation-event/1" -> visitor.designation(DesignationJson.EVENT.decode(line, name()));
            case "creditgov-repair-event/1" -> visitor.repair(RepairJson.EVENT.decode(line, name()));
            default -> throw problem(number, format.isEmpty() ? "(none)" : format);
          }
        } catch (JsonFormException e) {
          int n = (int) Math.min(Integer.MAX_VALUE, number);
          throw new ReferenceDataException("event data",
              e.problems().stream().map(p -> p.at(n, p.column().orElse(1))).toList());
        }
      }
    }
  }

  private ReferenceDataException problem(long line, String format) {
    return new ReferenceDataException("event data", java.util.List.of(DataProblem.of(DataProblemType.UNKNOWN_FORMAT,
        name(), "", Fact.code("format", format),
        Fact.text("known", "creditgov-designation-event/1, creditgov-repair-event/1")).at((int) Math.min(Integer.MAX_VALUE, line), 1)));
  }

  @Override
  public String name() {
    return file.toString();
  }
}
