package org.creditgov.rules.json;

import java.time.LocalDate;
import org.creditgov.core.json.JsonCodec;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.json.JsonReader;
import org.creditgov.core.json.JsonWriter;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.rules.sync.Change;
import org.creditgov.rules.sync.ChangeKind;
import org.creditgov.rules.sync.Delivery;
import org.creditgov.rules.sync.DeliveryState;
import org.creditgov.rules.sync.SyncTarget;

/**
 * The canonical JSON forms of same-day synchronisation (REP-3; docs/json-forms.md), each with its
 * schema in {@code org/creditgov/rules/schemas/}:
 *
 * <ul>
 *   <li>{@link #CHANGE} {@code creditgov-sync-change/1}: a change the repair procedure writes to the
 *       outbox with the approval (repaired, publication stopped, sharing stopped), the subject by
 *       reference;
 *   <li>{@link #DELIVERY} {@code creditgov-sync-delivery/1}: a change's delivery to one target, its
 *       state, attempts and the day it was acknowledged.
 * </ul>
 */
public final class SyncJson {

  private SyncJson() {}

  static final JsonCodec<Change> CHANGE_CODEC = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, Change c) {
      out.startObject().string("changeId", c.changeId()).constant("kind", c.kind())
          .value("subject", c.subject(), DesignationJson.SUBJECT_REF).string("itemCode", c.itemCode())
          .string("documentNumber", c.documentNumber()).string("department", c.department()).date("on", c.on())
          .string("source", c.source()).endObject();
    }

    @Override
    public Change read(JsonReader in) {
      String id = null;
      ChangeKind kind = null;
      SubjectRef subject = null;
      String item = null;
      String number = null;
      String department = null;
      LocalDate on = null;
      String source = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "changeId" -> id = in.nonBlank();
          case "kind" -> kind = in.constant(ChangeKind.class);
          case "subject" -> subject = in.value(DesignationJson.SUBJECT_REF);
          case "itemCode" -> item = in.string();
          case "documentNumber" -> number = in.string();
          case "department" -> department = in.string();
          case "on" -> on = in.date();
          case "source" -> source = in.string();
          default -> throw in.unknownKey(name);
        }
      }
      return new Change(in.required(id, "changeId"), in.required(kind, "kind"), in.required(subject, "subject"),
          in.required(item, "itemCode"), in.required(number, "documentNumber"), in.required(department, "department"),
          in.required(on, "on"), in.required(source, "source"));
    }
  };

  /** {@code creditgov-sync-change/1}: an outbox message of the repair procedure (REP-3). */
  public static final JsonForm<Change> CHANGE = JsonForm.builder("sync-change", 1, CHANGE_CODEC).build();

  static final JsonCodec<SyncTarget> TARGET = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, SyncTarget t) {
      out.startObject().string("code", t.code()).string("nameZh", t.nameZh()).string("nameEn", t.nameEn()).endObject();
    }

    @Override
    public SyncTarget read(JsonReader in) {
      String code = null;
      String zh = null;
      String en = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "code" -> code = in.string();
          case "nameZh" -> zh = in.nonBlank();
          case "nameEn" -> en = in.nonBlank();
          default -> throw in.unknownKey(name);
        }
      }
      return new SyncTarget(in.required(code, "code"), in.required(zh, "nameZh"), in.required(en, "nameEn"));
    }
  };

  private static final JsonCodec<Delivery> DELIVERY_CODEC = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, Delivery d) {
      out.startObject().value("target", d.target(), TARGET).value("change", d.change(), CHANGE_CODEC)
          .constant("state", d.state()).number("attempts", d.attempts()).date("acknowledgedOn", d.acknowledgedOn())
          .endObject();
    }

    @Override
    public Delivery read(JsonReader in) {
      SyncTarget target = null;
      Change change = null;
      DeliveryState state = null;
      Integer attempts = null;
      LocalDate acknowledged = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "target" -> target = in.value(TARGET);
          case "change" -> change = in.value(CHANGE_CODEC);
          case "state" -> state = in.constant(DeliveryState.class);
          case "attempts" -> attempts = in.intNumber(0, Integer.MAX_VALUE);
          case "acknowledgedOn" -> acknowledged = in.date();
          default -> throw in.unknownKey(name);
        }
      }
      DeliveryState s = in.required(state, "state");
      if ((s == DeliveryState.ACKNOWLEDGED) != (acknowledged != null)) {
        throw in.invalidObject("仅已确认的推送有确认日期，且必有", "an acknowledged delivery has the day it was acknowledged, and only it");
      }
      return new Delivery(in.required(target, "target"), in.required(change, "change"), s,
          in.required(attempts, "attempts"), java.util.Optional.ofNullable(acknowledged));
    }
  };

  /** {@code creditgov-sync-delivery/1}: the delivery of one change to one target (REP-3). */
  public static final JsonForm<Delivery> DELIVERY = JsonForm.builder("sync-delivery", 1, DELIVERY_CODEC).build();
}
