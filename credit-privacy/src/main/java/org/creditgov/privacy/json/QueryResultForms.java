package org.creditgov.privacy.json;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Map;
import org.creditgov.core.json.CatalogJson;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.json.JsonCodec;
import org.creditgov.core.json.JsonReader;
import org.creditgov.core.json.JsonWriter;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.privacy.query.MinimisedRecord;
import org.creditgov.privacy.query.QueryLogEntry;
import org.creditgov.privacy.query.QueryResult;

/**
 * The codec of a query's answer ({@code creditgov-query-result/1}, SEC-1, PRI-1): the verdict in
 * core.json's verdict form, the records as returned (already minimised and masked by the gateway:
 * the codec writes what it is given) and the query's entry in the log's own form, embedded without
 * its {@code format}.
 */
final class QueryResultForms {

  private QueryResultForms() {}

  private static final JsonCodec<MinimisedRecord> RECORD = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, MinimisedRecord r) {
      out.startObject().date("decisionDate", r.decisionDate()).string("documentNumber", r.documentNumber())
          .value("fields", r.fields(), CatalogJson.FIELDS).string("itemCode", r.itemCode()).endObject();
    }

    @Override
    public MinimisedRecord read(JsonReader in) {
      LocalDate decided = null;
      String number = null;
      Map<String, Object> fields = null;
      String item = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "decisionDate" -> decided = in.date();
          case "documentNumber" -> number = in.nonBlank();
          case "fields" -> fields = in.value(CatalogJson.FIELDS);
          case "itemCode" -> item = in.nonBlank();
          default -> throw in.unknownKey(name);
        }
      }
      return MinimisedRecord.of(in.required(item, "itemCode"), in.required(decided, "decisionDate"),
          in.required(number, "documentNumber"), in.required(fields, "fields"));
    }
  };

  /** {@code creditgov-query-result/1}. */
  static final JsonCodec<QueryResult> RESULT = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, QueryResult r) {
      out.startObject().value("entry", r.entry(), QueryLogForms.ENTRY);
      PrivacyCodecs.always(out, "records", r.records(), RECORD);
      out.value("verdict", r.verdict(), CoreJson.VERDICT.codec()).endObject();
    }

    @Override
    public QueryResult read(JsonReader in) {
      QueryLogEntry entry = null;
      ImmutableList<MinimisedRecord> records = null;
      Verdict verdict = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "entry" -> entry = in.value(QueryLogForms.ENTRY);
          case "records" -> records = in.list(RECORD);
          case "verdict" -> verdict = in.value(CoreJson.VERDICT.codec());
          default -> throw in.unknownKey(name);
        }
      }
      return QueryResult.of(in.required(verdict, "verdict"), in.required(records, "records"), in.required(entry, "entry"));
    }
  };
}
