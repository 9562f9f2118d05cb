package org.creditgov.rules.repair;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.RemovalReason;

/**
 * Removes a listing when its repair is approved (REP-3): on an approval of severe-list information,
 * the designation it names is removed as {@link RemovalReason#REPAIRED} on the decision date, with
 * the approval as the removal's document, by the deciding officer. Register it with {@link
 * RepairService.Builder#onEvent} after the {@link RepairLedger} the designation service consults
 * (its {@code repairs}), so that the removal finds the approval.
 *
 * <p>Which designation an approval names is read from the ledger's applications, so a case applied
 * for before a restart and approved after it removes its listing too: replay the ledger from the
 * store at startup ({@link RepairLedger#replay}). The designation service's answers to the most
 * recent {@value #KEPT} removals are kept ({@link #results()}): a removal it refuses (the listing
 * already ended, say) is there to see; the accepted ones are in the designation store.
 */
public final class ListingRemovals implements Consumer<RepairEvent> {

  /** How many of the latest answers {@link #results()} keeps. */
  public static final int KEPT = 1000;

  private final DesignationService designations;
  private final RepairLedger ledger;
  private final Deque<CommandResult> results = new ArrayDeque<>();

  private ListingRemovals(DesignationService designations, RepairLedger ledger) {
    this.designations = designations;
    this.ledger = ledger;
  }

  /**
   * Removals on {@code designations}, the approvals' applications read from {@code ledger}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ListingRemovals on(DesignationService designations, RepairLedger ledger) {
    return new ListingRemovals(requireNonNull(designations, "designations"), requireNonNull(ledger, "ledger"));
  }

  @Override
  public void accept(RepairEvent event) {
    if (event instanceof RepairEvent.Decided d && d.decision().approves()) {
      ledger.information(d.repairId()).flatMap(RepairedInformation::designation).flatMap(designations::find)
          .ifPresent(listing -> remove(listing, d.actor(), d.decision()));
    }
  }

  private void remove(Designation listing, Actor actor, RepairDecision decision) {
    CommandResult result = designations.execute(listing.id(), listing.version(), DesignationCommand.remove().actor(actor)
        .on(decision.decidedOn()).reason(RemovalReason.REPAIRED)
        .addDocuments(DocumentRef.of(DocumentRef.Kind.REPAIR_APPROVAL, decision.documentNumber(), decision.decidedOn()))
        .build());
    synchronized (results) {
      results.addLast(result);
      if (results.size() > KEPT) {
        results.removeFirst();
      }
    }
  }

  /** The designation service's answers to the latest removals asked (at most {@value #KEPT}), oldest first. */
  public ImmutableList<CommandResult> results() {
    synchronized (results) {
      return ImmutableList.copyOf(results);
    }
  }
}
