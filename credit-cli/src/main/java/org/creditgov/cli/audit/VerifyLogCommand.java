package org.creditgov.cli.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.creditgov.audit.AuditLogException;
import org.creditgov.audit.AuditLogVerifier;
import org.creditgov.audit.Checkpoint;
import org.creditgov.audit.LogProblem;
import org.creditgov.audit.LogVerification;
import org.creditgov.audit.NoteVerifierKey;
import org.creditgov.cli.Env;
import org.creditgov.cli.Exit;
import org.creditgov.cli.Texts;
import org.creditgov.cli.UsageProblem;
import org.creditgov.cli.Verdicts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code credit verify-log DIR --key <vkey>} (SEC-2): recomputes the Merkle tree of an audit-log
 * directory (a live log, a copy, an archive) and checks it against every signed checkpoint, the
 * witness's cosigned checkpoints ({@code --witness-key}) and a checkpoint held outside the
 * directory ({@code --cosigned}); every changed, deleted, inserted, moved or truncated entry is
 * reported by its index. The log's key is given by the auditor — a key read from the directory
 * would prove nothing. Exit 1 when anything was tampered with.
 */
@Command(name = "verify-log", sortOptions = false, usageHelpAutoWidth = true)
public final class VerifyLogCommand implements Callable<Integer> {

  private final Env env;

  @Parameters(index = "0", paramLabel = "<dir>", descriptionKey = "verify.dir")
  @Nullable Path directory;

  @Option(names = "--key", required = true, paramLabel = "<vkey>|<file>", descriptionKey = "verify.key")
  @Nullable String key;

  @Option(names = "--origin", paramLabel = "<origin>", descriptionKey = "verify.origin")
  @Nullable String origin;

  @Option(names = "--witness-key", paramLabel = "<vkey>|<file>", descriptionKey = "verify.witnessKey")
  List<String> witnessKeys = new ArrayList<>();

  @Option(names = "--cosigned", paramLabel = "<checkpoint>", descriptionKey = "verify.cosigned")
  @Nullable Path cosigned;

  @Option(names = "--json", descriptionKey = "verify.json")
  boolean json;

  /** The command, run in {@code env}. */
  public VerifyLogCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    Texts texts = env.texts();
    Path dir = java.util.Objects.requireNonNull(directory, "picocli sets the directory");
    NoteVerifierKey logKey = key(java.util.Objects.requireNonNull(key, "picocli sets the key"), texts);
    AuditLogVerifier verifier;
    try {
      verifier = AuditLogVerifier.of(origin != null ? origin : logKey.name(), logKey);
      for (String w : witnessKeys) {
        verifier = verifier.withWitness(key(w, texts));
      }
      if (cosigned != null) {
        verifier = verifier.withTrustedCheckpoint(Checkpoint.parse(Files.readString(cosigned, StandardCharsets.UTF_8)));
      }
    } catch (IllegalArgumentException | org.creditgov.audit.CheckpointFormatException e) {
      throw new UsageProblem(texts.get("verify.badCheckpoint"));
    }
    LogVerification report;
    try {
      report = verifier.verify(dir);
    } catch (AuditLogException e) {
      if (e.reason() == AuditLogException.Reason.IO) {
        throw new IOException(e.getMessage(), e);
      }
      env.err().println(texts.get("verify.notALog", dir));
      return Exit.FINDINGS;
    }
    if (json) {
      Verdicts.print(env.out(), texts, report.verdict(), true);
    } else {
      env.out().println(texts.get("verify.summary", dir, report.entries(),
          report.latestCheckpoint().map(Checkpoint::size).orElse(0L)));
      for (LogProblem p : report.problems()) {
        env.out().println("  " + p.toFinding().message(texts.locale()));
      }
      env.out().println(texts.get(report.intact() ? "verify.intact" : "verify.tampered", report.problems().size()));
    }
    return report.intact() ? Exit.OK : Exit.FINDINGS;
  }

  /** A key given as its text ({@code name+hash+base64}) or as a file holding it. */
  private static NoteVerifierKey key(String given, Texts texts) throws IOException {
    Path p = Path.of(given);
    String text = Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8).trim() : given;
    try {
      return NoteVerifierKey.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageProblem(texts.get("verify.badKey", given));
    }
  }
}
