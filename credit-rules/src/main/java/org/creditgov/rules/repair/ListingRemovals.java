package org.creditgov.rules.repair;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.RemovalReason;

/**
 * Removes a listing when its repair is approved (REP-3): on an approval of severe-list information,
 * the designation it names is removed as {@link RemovalReason#REPAIRED} on the decision date, with
 * the approval as the removal's document, by the deciding officer. Register it with {@link
 * RepairService.Builder#onEvent} after the {@link RepairLedger} the designation service consults
 * (its {@code repairs}), so that the removal finds the approval. The designation service's answers
 * are kept ({@link #results()}): a removal it refuses (the listing already ended, say) is there to
 * see, never lost.
 */
public final class ListingRemovals implements Consumer<RepairEvent> {

  private final DesignationService designations;
  private final List<CommandResult> results = new CopyOnWriteArrayList<>();
  private final Map<RepairId, DesignationId> listings = new ConcurrentHashMap<>();

  private ListingRemovals(DesignationService designations) {
    this.designations = designations;
  }

  /**
   * Removals on {@code designations}.
   *
   * @throws NullPointerException if {@code designations} is null
   */
  public static ListingRemovals on(DesignationService designations) {
    return new ListingRemovals(requireNonNull(designations, "designations"));
  }

  @Override
  public void accept(RepairEvent event) {
    if (event instanceof RepairEvent.Applied a) {
      a.application().information().designation().ifPresent(id -> listings.put(a.repairId(), id));
    } else if (event instanceof RepairEvent.Decided d && d.decision().approves()) {
      DesignationId id = listings.get(d.repairId());
      if (id != null) {
        designations.find(id).ifPresent(listing -> remove(listing, d.actor(), d.decision()));
      }
    }
  }

  private void remove(Designation listing, Actor actor, RepairDecision decision) {
    results.add(designations.execute(listing.id(), listing.version(), DesignationCommand.remove().actor(actor)
        .on(decision.decidedOn()).reason(RemovalReason.REPAIRED)
        .addDocuments(DocumentRef.of(DocumentRef.Kind.REPAIR_APPROVAL, decision.documentNumber(), decision.decidedOn()))
        .build()));
  }

  /** The designation service's answer to every removal asked so far, in order. */
  public ImmutableList<CommandResult> results() {
    return ImmutableList.copyOf(results);
  }
}
