/**
 * The tamper-evident log (SEC-2, SEC-3, DES-7): {@link org.creditgov.audit.AuditLog} appends
 * entries durably with group commit and proves them, {@link org.creditgov.audit.MerkleProofs}
 * verifies RFC 9162 inclusion and consistency proofs, {@link org.creditgov.audit.Checkpoint} is a
 * C2SP signed checkpoint that {@link org.creditgov.audit.CheckpointVerifier} checks, and {@link
 * org.creditgov.audit.AuditLogVerifier} recomputes a whole log directory and reports every
 * changed, deleted, inserted, reordered or truncated entry by index.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.audit;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
