package org.creditgov.testkit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.time.DateOutOfCalendarException;
import org.creditgov.rules.designation.DecisionDocument;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.ListType;
import org.creditgov.rules.designation.ListTypeLookup;
import org.creditgov.rules.designation.RemovalReason;
import org.creditgov.rules.designation.Status;
import org.creditgov.rules.designation.SubjectDirectory;

/**
 * The invariants of a designation's history (DES-1 to DES-7), checked on the history alone, so
 * that a vendor can run them over the designations in their own {@code DesignationStore}:
 *
 * <ul>
 *   <li>versions run 1, 2, 3 … without gaps, all of one designation, dates never go back (DES-7);
 *   <li>replaying the events, with the list types of the vendor's registry, gives an equal
 *       designation (DES-7); no event holds the subject's details, only its reference;
 *   <li>never listed without a complete notice served before the decision (DES-3), without a
 *       complete decision that states the list's removal conditions and a period in range (DES-5,
 *       DES-6), while an objection is open, or before the objection window passed unless the
 *       subject waived it in writing (DES-4); never on an unlawful list type (DES-1, DES-2); never a
 *       minor where the list excludes minors (SAN-4; checked where the subject directory still holds
 *       the person's details);
 *   <li>removal ends membership: never listed on or after the day the subject left (DES-6).
 * </ul>
 *
 * <p>The checks recompute deadlines with the designation's calendar independently of the
 * designation's own deadline methods.
 */
public final class DesignationInvariants {

  private DesignationInvariants() {}

  /**
   * Every violated invariant of {@code d}, described; empty when it holds them all. {@code
   * listTypes} replays the history (the registry the store's designations were made with); {@code
   * subjects} gives the birth date of a natural person for the minor check.
   */
  public static ImmutableList<String> violations(Designation d, ListTypeLookup listTypes, SubjectDirectory subjects) {
    List<String> v = new ArrayList<>();
    ImmutableList<DesignationEvent> events = d.events();
    LocalDate previous = LocalDate.MIN;
    for (int i = 0; i < events.size(); i++) {
      DesignationEvent e = events.get(i);
      if (e.version() != i + 1) {
        v.add("event " + i + " has version " + e.version());
      }
      if (!e.designationId().equals(d.id())) {
        v.add("event " + e.version() + " belongs to " + e.designationId());
      }
      if (e.on().isBefore(previous)) {
        v.add("event " + e.version() + " goes back in time");
      }
      previous = e.on();
    }
    if (!Designation.replay(events, d.calendar(), listTypes).equals(d)) {
      v.add("replaying the events gives another state");
    }
    checkListing(d, events, subjects.find(d.subjectRef()), v);
    checkRemoval(d, events, v);
    return ImmutableList.copyOf(v);
  }

  private static void checkListing(Designation d, ImmutableList<DesignationEvent> events, Optional<Subject> subject,
      List<String> v) {
    ListType type = d.listType();
    int filed = 0;
    int answered = 0;
    DesignationEvent.NoticeServed notice = null;
    LocalDate waived = null;
    for (DesignationEvent e : events) {
      if (e instanceof DesignationEvent.NoticeServed) {
        notice = (DesignationEvent.NoticeServed) e;
      } else if (e instanceof DesignationEvent.ObjectionWaived) {
        waived = e.on();
      } else if (e instanceof DesignationEvent.ObjectionFiled) {
        filed++;
      } else if (e instanceof DesignationEvent.ObjectionAnswered) {
        answered++;
      } else if (e instanceof DesignationEvent.Listed) {
        LocalDate on = e.on();
        DecisionDocument decision = ((DesignationEvent.Listed) e).decision();
        if (notice == null) {
          v.add("listed without a served notice");
        } else {
          if (!notice.notice().missingElements().isEmpty()) {
            v.add("listed on a notice lacking " + notice.notice().missingElements());
          }
          if (waived == null) {
            try {
              LocalDate deadline = d.calendar().plusWorkingDays(notice.on(), type.objectionWindowWorkingDays());
              if (!on.isAfter(deadline)) {
                v.add("listed on " + on + " before the objection window ended on " + deadline);
              }
            } catch (DateOutOfCalendarException ex) {
              v.add("listed though the objection deadline cannot be computed and was not waived");
            }
          }
        }
        if (filed != answered) {
          v.add("listed while an objection is open");
        }
        if (!decision.missingElements().isEmpty()) {
          v.add("listed on a decision lacking " + decision.missingElements());
        }
        if (!decision.removalConditions().containsAll(type.removalConditions())) {
          v.add("listed on a decision omitting a removal condition");
        }
        if (decision.listingPeriod().isEmpty() || !type.listingPeriod().allows(on, decision.listingPeriod().get())) {
          v.add("listed for a period outside " + type.listingPeriod());
        }
        if (!d.resolvedListType().checkOn(on).findings().isEmpty()) {
          v.add("listed on an unlawful list type: " + d.resolvedListType().checkOn(on).findings());
        }
        if (subject.isPresent() && subject.get().isMinorOn(on) && !type.minorsMayBeListed()) {
          v.add("a minor listed on a list that excludes minors");
        }
        if (!d.criteriaVersion().equals(type.criteriaVersion())) {
          v.add("listed under criteria version " + d.criteriaVersion() + " on a list applying " + type.criteriaVersion());
        }
      }
    }
  }

  private static void checkRemoval(Designation d, ImmutableList<DesignationEvent> events, List<String> v) {
    if (d.lastDayOfPeriod().isEmpty()) {
      return;
    }
    LocalDate left = d.listedUntil().orElseThrow();
    if (!d.lastDayListed().orElseThrow().plusDays(1).equals(left)) {
      v.add("the last day listed " + d.lastDayListed().get() + " is not the day before the listing's end " + left);
    }
    if (!d.lastDayListed().get().isBefore(d.listedFrom().orElseThrow()) && d.statusOn(d.lastDayListed().get()) != Status.LISTED) {
      v.add("not listed on the last day listed, " + d.lastDayListed().get());
    }
    for (LocalDate probe : new LocalDate[] {left, left.plusDays(1), left.plusDays(400), left.plusYears(10)}) {
      if (d.statusOn(probe) == Status.LISTED) {
        v.add("listed on " + probe + ", after leaving the list on " + left);
      }
    }
    for (DesignationEvent e : events) {
      if (e instanceof DesignationEvent.Removed && ((DesignationEvent.Removed) e).reason() != RemovalReason.EXPIRED) {
        for (LocalDate probe : new LocalDate[] {e.on(), e.on().plusDays(1), e.on().plusYears(5)}) {
          if (d.statusOn(probe) == Status.LISTED) {
            v.add("listed on " + probe + ", after a removal on " + e.on());
          }
        }
      }
    }
  }
}
