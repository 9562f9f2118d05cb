package org.creditgov.store.jdbc;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database per test class, registered as a static extension: started before the class's first
 * test, its nested classes included (they inherit the extension, and the outer class's database
 * serves them), and stopped after its last.
 */
abstract class ClassDatabase implements TestDatabase, BeforeAllCallback, AfterAllCallback {

  private @Nullable Class<?> owner;

  /** Starts and migrates the database. */
  abstract void start() throws IOException;

  /** Stops it and removes what it left. */
  abstract void stop() throws IOException;

  @Override
  public final void beforeAll(ExtensionContext context) throws IOException {
    if (owner == null) {
      owner = context.getRequiredTestClass();
      start();
    }
  }

  @Override
  public final void afterAll(ExtensionContext context) throws IOException {
    if (context.getRequiredTestClass() == owner) {
      owner = null;
      stop();
    }
  }
}
