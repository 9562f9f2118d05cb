package org.creditgov.core.io;

import static org.creditgov.core.io.JsonInput.abbreviate;
import static org.creditgov.core.io.JsonInput.child;
import static org.creditgov.core.io.JsonInput.describe;
import static org.creditgov.core.io.JsonInput.has;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.creditgov.core.io.JsonInput.Structural;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.time.EffectivePeriod;
import org.jspecify.annotations.Nullable;

/**
 * Reads legal bases (LB-1) and effective periods as the library's JSON formats write them: an
 * {@code instruments} block declaring each instrument once by key, and bases that are a key, a
 * {@code {"ref": key, "article": …}} or an instrument object. Shared by the catalog and
 * measure-list readers; problems go to the document's {@link JsonInput}.
 *
 * @param <P> the problem type of the reader
 */
public final class LegalBasisReader<P> {

  private static final Set<String> PERIOD_REQUIRED = Set.of("from");
  private static final Set<String> PERIOD_OPTIONAL = Set.of("until");
  private static final Set<String> REF_REQUIRED = Set.of("ref");
  private static final Set<String> REF_OPTIONAL = Set.of("article");
  private static final Set<String> INSTRUMENT_REQUIRED = Set.of("level", "issuer", "title", "effective");
  private static final Set<String> INSTRUMENT_OPTIONAL = Set.of("documentNumber", "article", "jurisdiction");

  private final JsonInput<P> in;
  /** The declared instruments by key; a key whose declaration had problems maps to null. */
  private final Map<String, @Nullable LegalBasis> instruments = new HashMap<>();

  /** A reader recording its problems in {@code in}. */
  public LegalBasisReader(JsonInput<P> in) {
    this.in = in;
  }

  /**
   * Reads the document's {@code instruments} block: instruments declared once by key, which legal
   * bases elsewhere in the document refer to.
   */
  public void readInstruments(ObjectNode o) {
    JsonNode n = o.get("instruments");
    if (n == null || n.isNull()) {
      return;
    }
    if (!n.isObject()) {
      in.problem(Structural.WRONG_JSON_TYPE, "/instruments", "expected an object of instruments by key, found " + describe(n));
      return;
    }
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      instruments.put(e.getKey(), instrument(e.getValue(), child("/instruments", e.getKey())));
    }
  }

  /** The {@code effective} object under {@code o}: {@code from} (inclusive) and an optional {@code until} (exclusive). */
  public @Nullable EffectivePeriod effective(ObjectNode o, String pointer) {
    String at = child(pointer, "effective");
    ObjectNode p = in.object(o.get("effective"), at, PERIOD_REQUIRED, PERIOD_OPTIONAL);
    if (p == null) {
      return null;
    }
    LocalDate from = in.date(p, "from", at);
    LocalDate until = in.date(p, "until", at);
    if (from == null || (has(p, "until") && until == null)) {
      return null;
    }
    if (until != null && !until.isAfter(from)) {
      in.problem(Structural.INVALID_VALUE, child(at, "until"), "'until' (" + until + ", exclusive) must be after 'from' (" + from + ")");
      return null;
    }
    return until == null ? EffectivePeriod.from(from) : EffectivePeriod.between(from, until);
  }

  /** A legal basis: a key of {@code instruments}, {@code {"ref": key, "article": …}}, or an instrument object. */
  public @Nullable LegalBasis basis(JsonNode n, String pointer) {
    if (n.isTextual()) {
      return reference(n.textValue(), null, pointer);
    }
    if (n.isObject() && n.has("ref")) {
      ObjectNode o = in.object(n, pointer, REF_REQUIRED, REF_OPTIONAL);
      if (o == null) {
        return null;
      }
      String ref = in.text(o, "ref", pointer);
      String article = in.nonBlank(o, "article", pointer);
      if (ref == null || (has(o, "article") && article == null)) {
        return null;
      }
      return reference(ref, article, child(pointer, "ref"));
    }
    return instrument(n, pointer);
  }

  private @Nullable LegalBasis reference(String key, @Nullable String article, String pointer) {
    if (!instruments.containsKey(key)) {
      in.problem(
          Structural.UNKNOWN_INSTRUMENT, pointer,
          "no instrument '" + abbreviate(key) + "' is declared under /instruments (declared: "
              + instruments.keySet().stream().sorted().toList() + ")");
      return null;
    }
    LegalBasis declared = instruments.get(key);
    if (declared == null || article == null) {
      return declared; // a broken declaration is reported where it is declared
    }
    LegalBasis.Builder b =
        LegalBasis.builder()
            .level(declared.level())
            .issuer(declared.issuer())
            .title(declared.title())
            .article(article)
            .effective(declared.effective());
    declared.documentNumber().ifPresent(b::documentNumber);
    declared.jurisdiction().ifPresent(b::jurisdiction);
    return b.build();
  }

  private @Nullable LegalBasis instrument(JsonNode n, String pointer) {
    int mark = in.mark();
    ObjectNode o = in.object(n, pointer, INSTRUMENT_REQUIRED, INSTRUMENT_OPTIONAL);
    if (o == null) {
      return null;
    }
    InstrumentLevel level = in.enumValue(InstrumentLevel.class, o.get("level"), child(pointer, "level"));
    String issuer = in.nonBlank(o, "issuer", pointer);
    String title = in.nonBlank(o, "title", pointer);
    String number = in.nonBlank(o, "documentNumber", pointer);
    String article = in.nonBlank(o, "article", pointer);
    EffectivePeriod effective = effective(o, pointer);
    Jurisdiction jurisdiction = in.jurisdiction(o, "jurisdiction", pointer);
    if (!in.cleanSince(mark) || level == null || issuer == null || title == null || effective == null) {
      return null;
    }
    try {
      LegalBasis.Builder b = LegalBasis.builder().level(level).issuer(issuer).title(title).effective(effective);
      if (number != null) {
        b.documentNumber(number);
      }
      if (article != null) {
        b.article(article);
      }
      if (jurisdiction != null) {
        b.jurisdiction(jurisdiction);
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      in.problem(Structural.INVALID_VALUE, pointer, String.valueOf(e.getMessage()));
      return null;
    }
  }
}
