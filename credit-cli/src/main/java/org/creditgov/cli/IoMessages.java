package org.creditgov.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** What went wrong with a file, in words for a data officer (exit code {@link Exit#IO}). */
public final class IoMessages {

  private IoMessages() {}

  /** One sentence naming the file and what happened to it. */
  public static String describe(Throwable e, Texts texts) {
    if (e instanceof NoSuchFileException) {
      return texts.get("io.noSuchFile", ((FileSystemException) e).getFile());
    }
    if (e instanceof AccessDeniedException) {
      return texts.get("io.denied", ((FileSystemException) e).getFile());
    }
    if (e instanceof FileAlreadyExistsException) {
      return texts.get("io.exists", ((FileSystemException) e).getFile());
    }
    if (e instanceof NotDirectoryException) {
      return texts.get("io.notDirectory", ((FileSystemException) e).getFile());
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getFile() != null) {
      FileSystemException f = (FileSystemException) e;
      return texts.get("io.other", f.getFile(), String.valueOf(f.getReason()));
    }
    return texts.get("io.unknown", e.getClass().getSimpleName());
  }
}
