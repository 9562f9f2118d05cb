package org.creditgov.spring;

import static java.util.Objects.requireNonNull;

import org.creditgov.rules.sync.SyncTarget;
import org.creditgov.store.jdbc.ChangeSender;

/**
 * The sender of one connected system, as a bean (REP-3, 当日同步): the {@link ChangeSender} that
 * delivers the durable outbox's changes to the sync target of {@code creditgov.sync.targets} named
 * by its code. Define one bean per target and the starter runs the outbox dispatcher over the JDBC
 * stores ({@link OutboxDispatcherLifecycle}); a sender returns once its system has acknowledged the
 * change and throws when it has not (the delivery is retried with backoff, then dead-lettered).
 *
 * <pre>{@code
 * @Bean
 * SyncSender creditChina(CreditChinaClient client) {
 *   return SyncSender.to(SyncTarget.CREDIT_CHINA, client::push);
 * }
 * }</pre>
 */
public final class SyncSender {

  private final String targetCode;
  private final ChangeSender sender;

  private SyncSender(String targetCode, ChangeSender sender) {
    this.targetCode = requireNonNull(targetCode, "targetCode");
    this.sender = requireNonNull(sender, "sender");
    if (targetCode.isBlank()) {
      throw new IllegalArgumentException("a sync target's code must not be blank");
    }
  }

  /**
   * The sender of the target whose code is {@code targetCode} ({@code credit-china}, {@code
   * sharing-platform} or a code of your own in {@code creditgov.sync.targets}).
   *
   * @throws IllegalArgumentException if the code is blank
   */
  public static SyncSender to(String targetCode, ChangeSender sender) {
    return new SyncSender(targetCode, sender);
  }

  /** The sender of {@code target}. */
  public static SyncSender to(SyncTarget target, ChangeSender sender) {
    return new SyncSender(requireNonNull(target, "target").code(), sender);
  }

  /** The code of the target it sends to. */
  public String targetCode() {
    return targetCode;
  }

  /** What sends a change to that target. */
  public ChangeSender sender() {
    return sender;
  }

  @Override
  public String toString() {
    return "SyncSender[" + targetCode + "]";
  }
}
