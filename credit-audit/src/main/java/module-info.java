/**
 * credit-audit: the tamper-evident log of queries and decisions (SEC-2, SEC-3, DES-7). An RFC 9162
 * Merkle tree over crash-safe, append-only segment files, inclusion and consistency proofs, C2SP
 * signed checkpoints (signed-note, tlog-checkpoint) that outside witnesses cosign
 * (tlog-cosignature), and verification of a whole log directory. It depends on credit-core and the
 * JDK only; signatures are Ed25519 from the JDK's own provider.
 */
module org.creditgov.audit {
  requires transitive org.creditgov.core;
  requires static com.google.errorprone.annotations;

  exports org.creditgov.audit;
  exports org.creditgov.audit.entry;
}
