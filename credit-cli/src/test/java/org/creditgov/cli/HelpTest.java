package org.creditgov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Help for every command in Chinese and English, completion, and the documented exit codes. */
class HelpTest {

  private static List<CommandLine> all(CommandLine cl) {
    List<CommandLine> out = new ArrayList<>(List.of(cl));
    cl.getSubcommands().values().forEach(s -> out.addAll(all(s)));
    return out;
  }

  @Test
  void everyCommandHasItsHelpInBothLanguages() {
    for (String lang : List.of("zh", "en")) {
      Texts texts = Texts.ofLanguage(lang);
      CommandLine root = Main.commandLine(new Env(System.in, System.out, System.err, Cli.CLOCK, texts, false));
      for (CommandLine c : all(root)) {
        CommandSpec spec = c.getCommandSpec();
        String[] args = (spec.qualifiedName().replaceFirst("^credit ?", "") + " --help").trim().split(" ");
        Cli.Run run = Cli.run(Locale.ENGLISH, "", prepend("--lang", lang, args));
        assertThat(run.code()).as(spec.qualifiedName()).isZero();
        assertThat(run.out()).as(spec.qualifiedName()).startsWith(lang.equals("zh") ? "用法" : "Usage");
        if (!spec.name().equals("generate-completion")) {
          assertThat(spec.usageMessage().description()).as("the description of %s in %s", spec.qualifiedName(), lang).isNotEmpty();
        }
        for (OptionSpec o : spec.options()) {
          assertThat(o.description()).as("%s %s in %s", spec.qualifiedName(), o.longestName(), lang).isNotEmpty();
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
          assertThat(p.description()).as("%s %s in %s", spec.qualifiedName(), p.paramLabel(), lang).isNotEmpty();
        }
      }
    }
    assertThat(Cli.run(Locale.SIMPLIFIED_CHINESE, "", "mask", "--help").out()).contains("脱敏方案");
    assertThat(Cli.run(Locale.ENGLISH, "", "mask", "--help").out()).contains("masking profile");
  }

  private static String[] prepend(String a, String b, String[] rest) {
    String[] out = new String[rest.length + 2];
    out[0] = a;
    out[1] = b;
    System.arraycopy(rest, 0, out, 2, rest.length);
    return out;
  }

  @Test
  void bothBundlesHoldTheSameKeys() {
    ResourceBundle en = Texts.of(Locale.ENGLISH).bundle();
    ResourceBundle zh = Texts.of(Locale.SIMPLIFIED_CHINESE).bundle();
    assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
    assertThat(zh.getString("help")).isNotEqualTo(en.getString("help"));
  }

  @Test
  void completionAndExitCodes() {
    Cli.Run completion = Cli.run("generate-completion");
    assertThat(completion.code()).isZero();
    assertThat(completion.out()).contains("complete").contains("credit").contains("verify-log");
    assertThat(Cli.run().code()).isEqualTo(Exit.USAGE);
    Cli.Run unknown = Cli.run(Locale.SIMPLIFIED_CHINESE, "", "mask", "--no-such");
    assertThat(unknown.code()).isEqualTo(Exit.USAGE);
    assertThat(unknown.err()).contains("命令有误").contains("credit mask --help");
    assertThat(Cli.run("nothing").code()).isEqualTo(Exit.USAGE);
    assertThat(Cli.run("--version").out()).startsWith("credit ");
  }
}
