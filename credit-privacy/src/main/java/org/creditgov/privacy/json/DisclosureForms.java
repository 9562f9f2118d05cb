package org.creditgov.privacy.json;

import static org.creditgov.privacy.json.PrivacyCodecs.FINDING;
import static org.creditgov.privacy.json.PrivacyCodecs.SUBJECT_REF;
import static org.creditgov.privacy.json.PrivacyCodecs.TERM;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.json.CatalogJson;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.json.JsonCodec;
import org.creditgov.core.json.JsonReader;
import org.creditgov.core.json.JsonWriter;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.text.Term;
import org.creditgov.core.verdict.Finding;
import org.creditgov.privacy.disclosure.DisclosedItem;
import org.creditgov.privacy.disclosure.DisclosureAnswer;
import org.creditgov.privacy.disclosure.WithheldItem;
import org.jspecify.annotations.Nullable;

/**
 * The codec of the disclosure answer ({@code creditgov-disclosure-answer/1}): the records shown
 * with their fields, the records withheld, each with its findings in core.json's finding form, and
 * the catalog layers applied in core.json's rule-set-version form.
 */
final class DisclosureForms {

  private DisclosureForms() {}

  /** What every item of the answer has: item, decision date, document number, findings; a shown one also its fields. */
  private static final class ItemParts {
    @Nullable Term item;
    @Nullable LocalDate decisionDate;
    @Nullable String documentNumber;
    Optional<LocalDate> lastDay = Optional.empty();
    @Nullable Map<String, Object> fields;
    @Nullable ImmutableList<Finding> findings;

    // the members read() checked present
    Term item() {
      return java.util.Objects.requireNonNull(item);
    }

    LocalDate decisionDate() {
      return java.util.Objects.requireNonNull(decisionDate);
    }

    String documentNumber() {
      return java.util.Objects.requireNonNull(documentNumber);
    }

    Map<String, Object> fields() {
      return java.util.Objects.requireNonNull(fields);
    }

    ImmutableList<Finding> findings() {
      return java.util.Objects.requireNonNull(findings);
    }

    static ItemParts read(JsonReader in, boolean shown) {
      ItemParts p = new ItemParts();
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "item" -> p.item = in.value(TERM);
          case "decisionDate" -> p.decisionDate = in.date();
          case "documentNumber" -> p.documentNumber = in.nonBlank();
          case "findings" -> p.findings = in.list(FINDING);
          case "lastDayPublished" -> {
            if (!shown) {
              throw in.unknownKey(name);
            }
            p.lastDay = Optional.of(in.date());
          }
          case "fields" -> {
            if (!shown) {
              throw in.unknownKey(name);
            }
            p.fields = in.value(CatalogJson.FIELDS);
          }
          default -> throw in.unknownKey(name);
        }
      }
      in.required(p.item, "item");
      in.required(p.decisionDate, "decisionDate");
      in.required(p.documentNumber, "documentNumber");
      if (shown) {
        in.required(p.fields, "fields");
      }
      in.required(p.findings, "findings");
      return p;
    }

    static void write(JsonWriter out, Term item, LocalDate decisionDate, String documentNumber) {
      out.startObject().value("item", item, TERM).date("decisionDate", decisionDate).string("documentNumber", documentNumber);
    }
  }

  private static final JsonCodec<DisclosedItem> SHOWN = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, DisclosedItem s) {
      ItemParts.write(out, s.item(), s.decisionDate(), s.documentNumber());
      out.date("lastDayPublished", s.lastDayPublished()).value("fields", s.fields(), CatalogJson.FIELDS);
      PrivacyCodecs.always(out, "findings", s.findings(), FINDING);
      out.endObject();
    }

    @Override
    public DisclosedItem read(JsonReader in) {
      ItemParts p = ItemParts.read(in, true);
      return DisclosedItem.of(p.item(), p.decisionDate(), p.documentNumber(), p.lastDay, p.fields(), p.findings());
    }
  };

  private static final JsonCodec<WithheldItem> WITHHELD = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, WithheldItem w) {
      ItemParts.write(out, w.item(), w.decisionDate(), w.documentNumber());
      PrivacyCodecs.always(out, "findings", w.findings(), FINDING);
      out.endObject();
    }

    @Override
    public WithheldItem read(JsonReader in) {
      ItemParts p = ItemParts.read(in, false);
      return WithheldItem.of(p.item(), p.decisionDate(), p.documentNumber(), p.findings());
    }
  };

  /** {@code creditgov-disclosure-answer/1}. */
  static final JsonCodec<DisclosureAnswer> ANSWER = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, DisclosureAnswer a) {
      out.startObject().date("date", a.date()).string("jurisdiction", a.jurisdiction().code()).value("subject", a.subject(), SUBJECT_REF);
      PrivacyCodecs.always(out, "shown", a.shown(), SHOWN);
      PrivacyCodecs.always(out, "withheld", a.withheld(), WITHHELD);
      PrivacyCodecs.always(out, "findings", a.findings(), FINDING);
      out.value("ruleSetVersion", a.ruleSetVersion(), CoreJson.RULE_SET_VERSION.codec()).endObject();
    }

    @Override
    public DisclosureAnswer read(JsonReader in) {
      DisclosureAnswer.Builder b = DisclosureAnswer.builder();
      LocalDate date = null;
      Jurisdiction jurisdiction = null;
      SubjectRef subject = null;
      ImmutableList<DisclosedItem> shown = null;
      ImmutableList<WithheldItem> withheld = null;
      ImmutableList<Finding> findings = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "date" -> date = in.date();
          case "jurisdiction" -> jurisdiction = CoreJson.jurisdiction(in);
          case "subject" -> subject = in.value(SUBJECT_REF);
          case "shown" -> shown = in.list(SHOWN);
          case "withheld" -> withheld = in.list(WITHHELD);
          case "findings" -> findings = in.list(FINDING);
          case "ruleSetVersion" -> b.ruleSetVersion(in.value(CoreJson.RULE_SET_VERSION.codec()));
          default -> throw in.unknownKey(name);
        }
      }
      return b.date(in.required(date, "date")).jurisdiction(in.required(jurisdiction, "jurisdiction"))
          .subject(in.required(subject, "subject")).addAllShown(in.required(shown, "shown"))
          .addAllWithheld(in.required(withheld, "withheld")).addAllFindings(in.required(findings, "findings")).build();
    }
  };
}
