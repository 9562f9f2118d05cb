package org.creditgov.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared fixtures: one signing key per test class run, fixed clocks, options. */
final class TestLogs {

  static final String ORIGIN = "qtx.example.gov.cn/credit/query-log";
  /** A fixed key, so that the child JVMs of the crash tests sign with the same key as the test. */
  static final NoteSigner SIGNER = NoteSigner.ed25519(ORIGIN, Ed25519.fromSeed(
      "credit-audit test signing key 32".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);

  private TestLogs() {}

  static AuditLogOptions options(int segmentBits) {
    return AuditLogOptions.builder().origin(ORIGIN).signer(SIGNER).clock(CLOCK).segmentBits(segmentBits).build();
  }

  static AuditLog open(Path dir, int segmentBits) {
    return AuditLog.open(dir, options(segmentBits));
  }
}
