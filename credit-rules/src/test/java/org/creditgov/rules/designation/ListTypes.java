package org.creditgov.rules.designation;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;

/**
 * Copies of a list type with some attributes changed, for tests: the project's strict builders
 * have no copy methods, so this sets every attribute once, from the original or the override.
 */
final class ListTypes {

  static Copy copy(ListType original) {
    return new Copy(original);
  }

  static final class Copy {
    private String code;
    private LegalBasis basis;
    private String criteriaVersion;
    private Jurisdiction jurisdiction;
    private Optional<ListType> national;
    private int objectionWindow;
    private ListingPeriod listingPeriod;
    private boolean minors;
    private final ListType original;

    Copy(ListType o) {
      original = o;
      code = o.code();
      basis = o.basis();
      criteriaVersion = o.criteriaVersion();
      jurisdiction = o.jurisdiction();
      national = o.nationalListType();
      objectionWindow = o.objectionWindowWorkingDays();
      listingPeriod = o.listingPeriod();
      minors = o.minorsMayBeListed();
    }

    Copy code(String v) {
      code = v;
      return this;
    }

    Copy basis(LegalBasis v) {
      basis = v;
      return this;
    }

    Copy criteriaVersion(String v) {
      criteriaVersion = v;
      return this;
    }

    Copy jurisdiction(Jurisdiction v) {
      jurisdiction = v;
      return this;
    }

    Copy nationalListType(ListType v) {
      national = Optional.of(v);
      return this;
    }

    Copy objectionWindowWorkingDays(int v) {
      objectionWindow = v;
      return this;
    }

    Copy listingPeriod(ListingPeriod v) {
      listingPeriod = v;
      return this;
    }

    Copy minorsMayBeListed(boolean v) {
      minors = v;
      return this;
    }

    ListType build() {
      ImmutableSet<String> conditions = original.removalConditions();
      return ListType.builder().code(code).name(original.name()).field(original.field())
          .category(original.category()).basis(basis).criteriaVersion(criteriaVersion).jurisdiction(jurisdiction)
          .nationalListType(national).noticeWorkingDays(original.noticeWorkingDays())
          .objectionWindowWorkingDays(objectionWindow).objectionAnswerWorkingDays(original.objectionAnswerWorkingDays())
          .listingPeriod(listingPeriod).minorsMayBeListed(minors).addAllRemovalConditions(conditions).build();
    }
  }

  private ListTypes() {}
}
