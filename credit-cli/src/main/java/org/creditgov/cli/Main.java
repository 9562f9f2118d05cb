package org.creditgov.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.creditgov.core.data.ReferenceDataException;
import org.creditgov.core.time.ChinaTime;
import picocli.CommandLine;

/**
 * The entry point of {@code credit.jar}: {@code java -jar credit.jar <command> …}, or the {@code
 * credit} script beside it. Chooses the language ({@code --lang zh|en}, else the default locale),
 * runs the command and maps what happened to the documented exit codes ({@link Exit}).
 */
public final class Main {

  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, System.in, out, err, ChinaTime.systemClock(), System.console() != null, Locale.getDefault());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs one command line, as the shell would, and returns its exit code.
   *
   * @param args the arguments
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param clock the clock (today in China)
   * @param terminal whether standard error is a terminal
   * @param locale the default language, when {@code --lang} is not given
   * @return the exit code ({@link Exit})
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Clock clock, boolean terminal,
      Locale locale) {
    Texts texts = languageOf(args).map(Texts::ofLanguage).orElseGet(() -> Texts.of(locale));
    Env env = new Env(in, out, err, clock, texts, terminal);
    CommandLine cl = commandLine(env);
    return cl.execute(args);
  }

  /** The command line of every command, in the language of {@code env}. */
  static CommandLine commandLine(Env env) {
    Texts texts = env.texts();
    CommandLine cl = new CommandLine(new CreditCommand(), new Factory(env));
    cl.setResourceBundle(texts.bundle());
    cl.setOut(new java.io.PrintWriter(env.out(), true));
    cl.setErr(new java.io.PrintWriter(env.err(), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((e, a) -> {
      env.err().println(texts.get("error.usage", String.valueOf(e.getMessage())));
      CommandLine c = e.getCommandLine();
      env.err().println(texts.get("error.seeHelp", c.getCommandSpec().qualifiedName()));
      return Exit.USAGE;
    });
    cl.setExecutionExceptionHandler((e, c, p) -> {
      if (e instanceof UsageProblem) {
        env.err().println(texts.get("error.usage", String.valueOf(e.getMessage())));
        env.err().println(texts.get("error.seeHelp", c.getCommandSpec().qualifiedName()));
        return Exit.USAGE;
      }
      if (e instanceof IOException || e instanceof UncheckedIOException) {
        Throwable cause = e.getCause();
        Throwable io = e instanceof UncheckedIOException && cause != null ? cause : e;
        env.err().println(texts.get("error.io", IoMessages.describe(io, texts)));
        return Exit.IO;
      }
      if (e instanceof ReferenceDataException) {
        ReferenceDataException r = (ReferenceDataException) e;
        env.err().println(texts.get("error.data"));
        r.problems().forEach(problem -> env.err().println("  " + problem.source()
            + (problem.line().isPresent() ? ":" + problem.line().getAsInt() : "") + ": "
            + (texts.chinese() ? problem.messageZh() : problem.messageEn())));
        return Exit.FINDINGS;
      }
      throw e;
    });
    return cl;
  }

  /** The value of {@code --lang} among the arguments, read before the help is built. */
  private static java.util.Optional<String> languageOf(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        return java.util.Optional.of(args[i + 1].toLowerCase(Locale.ROOT));
      }
      if (args[i].startsWith("--lang=")) {
        return java.util.Optional.of(args[i].substring("--lang=".length()).toLowerCase(Locale.ROOT));
      }
    }
    return java.util.Optional.empty();
  }

  /** Makes commands with the environment they run in. */
  private static final class Factory implements CommandLine.IFactory {
    private final Env env;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    Factory(Env env) {
      this.env = env;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        java.lang.reflect.Constructor<K> c = type.getDeclaredConstructor(Env.class);
        c.setAccessible(true); // commands nested in their package are package-private
        return c.newInstance(env);
      } catch (NoSuchMethodException e) {
        return fallback.create(type);
      }
    }
  }
}
