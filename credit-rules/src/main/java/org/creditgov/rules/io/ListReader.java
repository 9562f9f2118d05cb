package org.creditgov.rules.io;

import static org.creditgov.core.io.JsonInput.child;
import static org.creditgov.core.io.JsonInput.has;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.io.JsonInput;
import org.creditgov.core.io.LegalBasisReader;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.rules.incentive.EligibilityCondition;
import org.creditgov.rules.incentive.Incentive;
import org.creditgov.rules.incentive.IncentiveList;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.BusinessContext;
import org.creditgov.rules.sanction.Measure;
import org.creditgov.rules.sanction.MeasureKind;
import org.creditgov.rules.sanction.MeasureList;
import org.creditgov.rules.sanction.MeasureListFormatException;
import org.creditgov.rules.sanction.MeasureListProblem.Reason;
import org.creditgov.rules.sanction.MeasureListProblem;
import org.jspecify.annotations.Nullable;

/** Reads one measure-list or incentive-list document, collecting every problem in its {@link JsonInput}. */
final class ListReader {

  static final String MEASURE_FORMAT = "creditgov-measure-list/1";
  static final String INCENTIVE_FORMAT = "creditgov-incentive-list/1";

  private static final Set<String> MEASURE_LIST_REQUIRED =
      Set.of("format", "id", "title", "edition", "jurisdiction", "effective", "legalBasis", "measures");
  private static final Set<String> INCENTIVE_LIST_REQUIRED =
      Set.of("format", "id", "title", "edition", "jurisdiction", "effective", "legalBasis", "incentives");
  private static final Set<String> LIST_OPTIONAL = Set.of("instruments", "example", "source", "unconfirmed");
  private static final Set<String> TITLE_ZH = Set.of("zh");
  private static final Set<String> TITLE_EN = Set.of("en");
  private static final Set<String> NAME = Set.of("zh", "en");
  private static final Set<String> MEASURE_REQUIRED = Set.of("code", "name", "kind", "legalBases", "targetConduct",
      "fields", "contexts", "subjectTypes", "implementingBody", "bodyKinds", "minimumSeverity");
  private static final Set<String> MEASURE_OPTIONAL = Set.of("targetLists", "maximumDuration", "appliesToMinors",
      "appliesToResponsiblePersons", "source", "unconfirmed");
  private static final Set<String> INCENTIVE_REQUIRED =
      Set.of("code", "name", "legalBases", "contexts", "subjectTypes", "eligibility");
  private static final Set<String> INCENTIVE_OPTIONAL = Set.of("source", "unconfirmed");

  /** How this reader's problems are made and placed, for the shared {@link JsonInput}. */
  static final JsonInput.Problems<MeasureListProblem> PROBLEMS =
      new JsonInput.Problems<>() {
        @Override
        public MeasureListProblem of(JsonInput.Structural reason, String source, String pointer, String message) {
          return MeasureListProblem.of(Reason.valueOf(reason.name()), source, pointer, message);
        }

        @Override
        public MeasureListProblem at(MeasureListProblem problem, int line, int column) {
          return problem.at(line, column);
        }

        @Override
        public boolean placed(MeasureListProblem problem, String source) {
          return problem.line().isPresent() || !problem.source().equals(source);
        }

        @Override
        public String pointer(MeasureListProblem problem) {
          return problem.pointer();
        }
      };

  private final JsonInput<MeasureListProblem> in;
  private final LegalBasisReader<MeasureListProblem> legal;
  private final Map<String, @Nullable LegalBasis> instruments = new HashMap<>();

  ListReader(JsonInput<MeasureListProblem> in) {
    this.in = in;
    this.legal = new LegalBasisReader<>(in);
  }

  /** The header every list shares, or null if it has problems. */
  private static final class Header {
    @Nullable String id;
    String @Nullable [] title;
    @Nullable String edition;
    @Nullable Jurisdiction jurisdiction;
    @Nullable EffectivePeriod effective;
    @Nullable LegalBasis basis;
    @Nullable Boolean example;
    @Nullable String source;
    List<String> unconfirmed = List.of();

    boolean clean() {
      return id != null && title != null && edition != null && jurisdiction != null && effective != null && basis != null;
    }
  }

  private @Nullable Header header(ObjectNode o, String format) {
    String f = in.text(o, "format", "");
    if (f != null && !f.equals(format)) {
      problem(Reason.UNKNOWN_FORMAT_VERSION, "/format",
          "format '" + JsonInput.abbreviate(f) + "' is not known here; this reader reads '" + format + "'");
    }
    legal.readInstruments(o);
    Header h = new Header();
    h.id = in.text(o, "id", "");
    h.title = title(o);
    h.edition = in.text(o, "edition", "");
    h.jurisdiction = in.jurisdiction(o, "jurisdiction", "");
    h.effective = legal.effective(o, "");
    h.basis = has(o, "legalBasis") ? legal.basis(o.get("legalBasis"), "/legalBasis") : null;
    h.example = in.bool(o, "example", "");
    h.source = in.text(o, "source", "");
    h.unconfirmed = in.strings(o, "unconfirmed", "");
    return h;
  }

  @Nullable MeasureList measureList() {
    if (in.root() == null) {
      return null;
    }
    int mark = in.mark();
    ObjectNode o = in.object(in.root(), "", MEASURE_LIST_REQUIRED, LIST_OPTIONAL);
    if (o == null) {
      return null;
    }
    Header h = header(o, MEASURE_FORMAT);
    Map<Integer, Measure> read = in.indexed(o, "measures", "", this::measure);
    List<Measure> measures = new ArrayList<>(read.values());
    List<Integer> index = new ArrayList<>(read.keySet());
    if (h == null || !h.clean()) {
      return null;
    }
    try {
      MeasureList.Builder b = MeasureList.builder().id(h.id).titleZh(h.title[0]).edition(h.edition)
          .jurisdiction(h.jurisdiction).effective(h.effective).legalBasis(h.basis).addAllMeasures(measures)
          .example(h.example != null && h.example).addAllUnconfirmed(h.unconfirmed).origin(in.source());
      if (h.title[1] != null) {
        b.titleEn(h.title[1]);
      }
      if (h.source != null) {
        b.source(h.source);
      }
      MeasureList list = b.build();
      return in.cleanSince(mark) ? list : null;
    } catch (MeasureListFormatException e) {
      e.problems().forEach(p -> in.add(remap(p.relocated(in.source(), ""), "/measures/", index)));
      return null;
    }
  }

  @Nullable IncentiveList incentiveList() {
    if (in.root() == null) {
      return null;
    }
    int mark = in.mark();
    ObjectNode o = in.object(in.root(), "", INCENTIVE_LIST_REQUIRED, LIST_OPTIONAL);
    if (o == null) {
      return null;
    }
    Header h = header(o, INCENTIVE_FORMAT);
    Map<Integer, Incentive> read = in.indexed(o, "incentives", "", this::incentive);
    List<Incentive> incentives = new ArrayList<>(read.values());
    List<Integer> index = new ArrayList<>(read.keySet());
    if (h == null || !h.clean()) {
      return null;
    }
    try {
      IncentiveList.Builder b = IncentiveList.builder().id(h.id).titleZh(h.title[0]).edition(h.edition)
          .jurisdiction(h.jurisdiction).effective(h.effective).legalBasis(h.basis).addAllIncentives(incentives)
          .example(h.example != null && h.example).addAllUnconfirmed(h.unconfirmed).origin(in.source());
      if (h.title[1] != null) {
        b.titleEn(h.title[1]);
      }
      if (h.source != null) {
        b.source(h.source);
      }
      IncentiveList list = b.build();
      return in.cleanSince(mark) ? list : null;
    } catch (MeasureListFormatException e) {
      e.problems().forEach(p -> in.add(remap(p.relocated(in.source(), ""), "/incentives/", index)));
      return null;
    }
  }

  /** Maps the position of a built element back to its position in the document (broken ones were left out). */
  private static MeasureListProblem remap(MeasureListProblem p, String prefix, List<Integer> index) {
    String pointer = p.pointer();
    if (!pointer.startsWith(prefix)) {
      return p;
    }
    int start = prefix.length();
    int end = start;
    while (end < pointer.length() && Character.isDigit(pointer.charAt(end))) {
      end++;
    }
    if (end == start) {
      return p;
    }
    int built = Integer.parseInt(pointer.substring(start, end));
    if (built >= index.size()) {
      return p;
    }
    return MeasureListProblem.of(p.reason(), p.source(), prefix + index.get(built) + pointer.substring(end), p.message());
  }


  private String @Nullable [] title(ObjectNode o) {
    String at = "/title";
    ObjectNode t = in.object(o.get("title"), at, TITLE_ZH, TITLE_EN);
    if (t == null) {
      return null;
    }
    String zh = in.nonBlank(t, "zh", at);
    String en = in.nonBlank(t, "en", at);
    return zh == null || (has(t, "en") && en == null) ? null : new String[] {zh, en};
  }

  private String @Nullable [] names(ObjectNode o, String pointer) {
    String at = child(pointer, "name");
    ObjectNode t = in.object(o.get("name"), at, NAME, Set.of());
    if (t == null) {
      return null;
    }
    String zh = in.nonBlank(t, "zh", at);
    String en = in.nonBlank(t, "en", at);
    return zh == null || en == null ? null : new String[] {zh, en};
  }





  private List<LegalBasis> bases(ObjectNode o, String pointer) {
    List<LegalBasis> out = new ArrayList<>();
    List<JsonNode> bs = in.array(o, "legalBases", pointer);
    if (bs != null) {
      for (int i = 0; i < bs.size(); i++) {
        LegalBasis b = legal.basis(bs.get(i), child(child(pointer, "legalBases"), i));
        if (b != null) {
          out.add(b);
        }
      }
    }
    return out;
  }

  private @Nullable Measure measure(JsonNode n, String pointer) {
    int mark = in.mark();
    ObjectNode o = in.object(n, pointer, MEASURE_REQUIRED, MEASURE_OPTIONAL);
    if (o == null) {
      return null;
    }
    String code = in.text(o, "code", pointer);
    String[] name = names(o, pointer);
    MeasureKind kind = in.enumValue(MeasureKind.class, o.get("kind"), child(pointer, "kind"));
    List<LegalBasis> bases = bases(o, pointer);
    String target = in.nonBlank(o, "targetConduct", pointer);
    List<String> targetLists = in.strings(o, "targetLists", pointer);
    List<String> fields = in.strings(o, "fields", pointer);
    List<BusinessContext> contexts = in.enums(BusinessContext.class, o, "contexts", pointer);
    List<SubjectType> subjectTypes = in.enums(SubjectType.class, o, "subjectTypes", pointer);
    String body = in.nonBlank(o, "implementingBody", pointer);
    List<BodyKind> bodyKinds = in.enums(BodyKind.class, o, "bodyKinds", pointer);
    SeverityClass minimum = in.enumValue(SeverityClass.class, o.get("minimumSeverity"), child(pointer, "minimumSeverity"));
    Period maximum = in.period(o, "maximumDuration", pointer);
    Boolean minors = in.bool(o, "appliesToMinors", pointer);
    Boolean responsible = in.bool(o, "appliesToResponsiblePersons", pointer);
    String source = in.text(o, "source", pointer);
    List<String> unconfirmed = in.strings(o, "unconfirmed", pointer);
    if (!in.cleanSince(mark) || code == null || name == null || kind == null || target == null || body == null
        || minimum == null) {
      return null;
    }
    try {
      Measure.Builder b = Measure.builder().code(code).nameZh(name[0]).nameEn(name[1]).kind(kind)
          .addAllLegalBases(bases).targetConduct(target).addAllTargetLists(targetLists).addAllFields(fields)
          .addAllContexts(contexts).addAllSubjectTypes(subjectTypes).implementingBody(body).addAllBodyKinds(bodyKinds)
          .minimumSeverity(minimum).appliesToMinors(minors != null && minors)
          .appliesToResponsiblePersons(responsible != null && responsible).addAllUnconfirmed(unconfirmed);
      if (maximum != null) {
        b.maximumDuration(maximum);
      }
      if (source != null) {
        b.source(source);
      }
      return b.build();
    } catch (MeasureListFormatException e) {
      relocate(e, pointer);
      return null;
    }
  }

  private @Nullable Incentive incentive(JsonNode n, String pointer) {
    int mark = in.mark();
    ObjectNode o = in.object(n, pointer, INCENTIVE_REQUIRED, INCENTIVE_OPTIONAL);
    if (o == null) {
      return null;
    }
    String code = in.text(o, "code", pointer);
    String[] name = names(o, pointer);
    List<LegalBasis> bases = bases(o, pointer);
    List<BusinessContext> contexts = in.enums(BusinessContext.class, o, "contexts", pointer);
    List<SubjectType> subjectTypes = in.enums(SubjectType.class, o, "subjectTypes", pointer);
    List<EligibilityCondition> eligibility = in.enums(EligibilityCondition.class, o, "eligibility", pointer);
    String source = in.text(o, "source", pointer);
    List<String> unconfirmed = in.strings(o, "unconfirmed", pointer);
    if (!in.cleanSince(mark) || code == null || name == null) {
      return null;
    }
    try {
      Incentive.Builder b = Incentive.builder().code(code).nameZh(name[0]).nameEn(name[1])
          .addAllLegalBases(bases).addAllContexts(contexts).addAllSubjectTypes(subjectTypes)
          .addAllEligibility(eligibility).addAllUnconfirmed(unconfirmed);
      if (source != null) {
        b.source(source);
      }
      return b.build();
    } catch (MeasureListFormatException e) {
      relocate(e, pointer);
      return null;
    }
  }

  private void problem(Reason reason, String pointer, String message) {
    in.add(MeasureListProblem.of(reason, in.source(), pointer, message));
  }

  /** Adds the problems of a domain exception, placed at {@code pointer} in this document. */
  private void relocate(MeasureListFormatException e, String pointer) {
    e.problems().forEach(p -> in.add(p.relocated(in.source(), pointer)));
  }
}
