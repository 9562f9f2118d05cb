package org.creditgov.cli.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.creditgov.cli.Cli;
import org.creditgov.cli.Exit;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.Lint;
import org.creditgov.core.io.LintReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code credit lint}: every format the jar's modules register, bundled data by name, exit 1 with every problem. */
class LintCommandTest {

  @TempDir
  Path dir;

  @Test
  void theBundledDataOfEveryModuleIsCleanAndFoundByName() {
    Cli.Run list = Cli.run("lint", "--bundled");
    assertThat(list.code()).isZero();
    assertThat(list.out().lines()).contains("bundled:national-2024", "bundled:national-model", "bundled:example-purposes",
        "bundled:repair-regimes", "bundled:list-types-000000-example");
    Cli.Run run = Cli.run(Stream.concat(Stream.of("lint"), list.out().lines()).toArray(String[]::new));
    assertThat(run.code()).as(run.out()).isEqualTo(Exit.OK);
    assertThat(run.out()).contains("0 problems");
  }

  @Test
  void brokenFilesExitWith1AndEveryProblemIsListed() throws Exception {
    Path syntax = dir.resolve("catalog.json");
    Files.writeString(syntax, "{\"format\": \"creditgov-catalog/1\", \"id\": \"x\",, }", StandardCharsets.UTF_8);
    Path unknownKey = dir.resolve("measures.json");
    Files.writeString(unknownKey, "{\"format\": \"creditgov-measure-list/1\", \"id\": \"typo\", \"titel\": \"x\"}",
        StandardCharsets.UTF_8);
    Path unknownFormat = dir.resolve("other.json");
    Files.writeString(unknownFormat, "{\"format\": \"creditgov-nothing/9\"}", StandardCharsets.UTF_8);
    List<String> names = List.of(syntax.toString(), unknownKey.toString(), unknownFormat.toString(), "bundled:publication-regimes",
        "bundled:no-such-thing");
    LintReport expected = Lint.standard().lint(names);
    assertThat(expected.problems().size()).isGreaterThanOrEqualTo(5);

    Cli.Run human = Cli.run(Stream.concat(Stream.of("lint"), names.stream()).toArray(String[]::new));
    assertThat(human.code()).isEqualTo(Exit.FINDINGS);
    assertThat(human.out()).isEqualTo(expected.human(Locale.ENGLISH) + expected.summary(Locale.ENGLISH) + System.lineSeparator());
    for (DataProblem p : expected.problems()) {
      assertThat(human.out()).contains(p.code());
    }
    Cli.Run zh = Cli.run(Locale.SIMPLIFIED_CHINESE, "",
        Stream.concat(Stream.of("lint"), names.stream()).toArray(String[]::new));
    assertThat(zh.out()).contains(expected.summary(Locale.SIMPLIFIED_CHINESE));

    Cli.Run json = Cli.run(Stream.concat(Stream.of("lint", "--json"), names.stream())
        .toArray(String[]::new));
    assertThat(json.code()).isEqualTo(Exit.FINDINGS);
    JsonNode root = JsonMapper.builder().build().readTree(json.out());
    assertThat(root.get("format").asString()).isEqualTo(LintReport.FORMAT);
    assertThat(root.get("problems").size()).isEqualTo(expected.problems().size());
  }

  @Test
  void nothingToLintIsAUsageError() {
    assertThat(Cli.run("lint").code()).isEqualTo(Exit.USAGE);
    assertThat(Cli.run("lint", "--no-such-option", "x").code()).isEqualTo(Exit.USAGE);
  }
}
