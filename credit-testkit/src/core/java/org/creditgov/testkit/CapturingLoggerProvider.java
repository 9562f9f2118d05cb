package org.creditgov.testkit;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider for tests that keeps every line, at every level, in {@link LogCapture}. Name
 * it with {@code -Dslf4j.provider=org.creditgov.testkit.CapturingLoggerProvider}; it is not
 * registered as a service, so that a user's own logging binding is never displaced by the testkit.
 */
public final class CapturingLoggerProvider implements SLF4JServiceProvider {

  private final BasicMarkerFactory markers = new BasicMarkerFactory();
  private final BasicMDCAdapter mdc = new BasicMDCAdapter();
  private final ILoggerFactory loggers = CapturingLogger::new;

  /** Created by SLF4J. */
  public CapturingLoggerProvider() {}

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    LogCapture.activate();
  }

  /** Records every call. */
  private static final class CapturingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    CapturingLogger(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return CapturingLogger.class.getName();
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
      String message = MessageFormatter.basicArrayFormat(pattern, arguments);
      String thrown = throwable == null ? "" : throwable.getClass().getName() + ": " + throwable.getMessage();
      LogCapture.add(new LogCapture.Line(level.name(), name, message, thrown));
    }
  }
}
