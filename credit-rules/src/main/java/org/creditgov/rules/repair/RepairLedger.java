package org.creditgov.rules.repair;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.PublicationStates;
import org.creditgov.core.catalog.PublicationStop;
import org.creditgov.core.catalog.StopKind;
import org.creditgov.core.catalog.StopReason;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.RepairApprovals;
import org.creditgov.rules.procedure.EventStore;

/**
 * What approved repairs end, read from the repair events (REP-3, REP-5): from one approval event,
 * on its decision date, the record's publication and its sharing stop ({@link PublicationStates},
 * which credit-privacy's disclosure view reads), the listing it names counts as repaired and the
 * sanctions founded on the record or the listing are refused ({@link RepairApprovals}, which the
 * designation removal, {@code SanctionChecker} and {@code CreditCheck} read). No caller filters
 * repaired records by hand.
 *
 * <p>Register it with {@link RepairService.Builder#onEvent} to follow new events, or {@link
 * #replay} a store. It holds only references (item codes, document numbers, designation ids), no
 * personal data. Thread-safe.
 */
public final class RepairLedger implements PublicationStates, RepairApprovals, Consumer<RepairEvent> {

  private final Map<RepairId, RepairedInformation> applied = new ConcurrentHashMap<>();
  private final Map<String, PublicationStop> publication = new ConcurrentHashMap<>();
  private final Map<String, PublicationStop> sharing = new ConcurrentHashMap<>();
  private final Map<String, DocumentRef> records = new ConcurrentHashMap<>();
  private final Map<DesignationId, DocumentRef> listings = new ConcurrentHashMap<>();

  private RepairLedger() {}

  /** An empty ledger. */
  public static RepairLedger create() {
    return new RepairLedger();
  }

  /** The ledger of every case in {@code store}. */
  public static RepairLedger replay(EventStore<RepairId, RepairEvent, ?> store) {
    RepairLedger ledger = new RepairLedger();
    for (RepairId id : store.ids()) {
      store.load(id).forEach(ledger);
    }
    return ledger;
  }

  /** Takes in one stored event. */
  @Override
  public void accept(RepairEvent event) {
    requireNonNull(event, "event");
    if (event instanceof RepairEvent.Applied a) {
      applied.put(a.repairId(), a.application().information());
    } else if (event instanceof RepairEvent.Decided d && d.decision().approves()) {
      RepairedInformation i = applied.get(d.repairId());
      if (i == null) {
        throw new IllegalStateException("an approval of case " + d.repairId() + " whose application the ledger has not seen");
      }
      RepairDecision decision = d.decision();
      publication.put(i.recordKey(), PublicationStop.of(StopKind.PUBLICATION, decision.decidedOn(), StopReason.REPAIRED,
          decision.documentNumber()));
      sharing.put(i.recordKey(), PublicationStop.of(StopKind.SHARING, decision.decidedOn(), StopReason.REPAIRED,
          decision.documentNumber()));
      DocumentRef approval = DocumentRef.of(DocumentRef.Kind.REPAIR_APPROVAL, decision.documentNumber(), decision.decidedOn());
      records.put(i.documentNumber(), approval);
      i.designation().ifPresent(id -> listings.put(id, approval));
    }
  }

  /**
   * The information the application of case {@code id} names, once the ledger has seen it (live,
   * or replayed from the store at startup).
   *
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<RepairedInformation> information(RepairId id) {
    return Optional.ofNullable(applied.get(requireNonNull(id, "id")));
  }

  @Override
  public Optional<PublicationStop> stopOf(CreditRecord record, StopKind kind) {
    String key = record.itemCode() + '\u0000' + record.documentNumber();
    return Optional.ofNullable((kind == StopKind.PUBLICATION ? publication : sharing).get(key));
  }

  @Override
  public Optional<DocumentRef> approvalOfListing(DesignationId id) {
    return Optional.ofNullable(listings.get(requireNonNull(id, "id")));
  }

  @Override
  public Optional<DocumentRef> approvalOfRecord(String documentNumber) {
    return Optional.ofNullable(records.get(requireNonNull(documentNumber, "documentNumber")));
  }

  @Override
  public String toString() {
    return "RepairLedger[" + records.size() + " approved]";
  }
}
