package org.creditgov.rules.sync;

import static java.util.Objects.requireNonNull;

import org.creditgov.core.ruleset.Codes;

/**
 * A connected system every change must reach the same day (REP-3): Credit China (信用中国), the
 * national credit-information sharing platform, a department's system.
 *
 * @param code its code, such as {@code credit-china}
 * @param nameZh its name in Chinese
 * @param nameEn its name in English
 */
public record SyncTarget(String code, String nameZh, String nameEn) implements Comparable<SyncTarget> {

  /** 信用中国. */
  public static final SyncTarget CREDIT_CHINA = new SyncTarget("credit-china", "信用中国网站", "Credit China");
  /** 全国信用信息共享平台. */
  public static final SyncTarget SHARING_PLATFORM =
      new SyncTarget("sharing-platform", "全国信用信息共享平台", "national credit information sharing platform");

  /**
   * @throws IllegalArgumentException if the code is not a code or a name is blank
   * @throws NullPointerException if an argument is null
   */
  public SyncTarget {
    if (!Codes.isValid(requireNonNull(code, "code")) || requireNonNull(nameZh, "nameZh").isBlank()
        || requireNonNull(nameEn, "nameEn").isBlank()) {
      throw new IllegalArgumentException("a sync target has a code and names: " + code);
    }
  }

  @Override
  public int compareTo(SyncTarget other) {
    return code.compareTo(other.code);
  }
}
