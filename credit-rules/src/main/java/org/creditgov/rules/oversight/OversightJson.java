package org.creditgov.rules.oversight;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.EnumMap;
import org.creditgov.core.json.JsonCodec;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.json.JsonReader;
import org.creditgov.core.json.JsonWriter;
import org.creditgov.rules.designation.RemovalReason;

/**
 * The canonical form of the oversight figures (OPS-2; docs/oversight.md), {@code
 * creditgov-oversight-report/1} with its schema {@code oversight-report-1.schema.json}: the period
 * length, then one object per department and period with its counts, removals keyed by reason and
 * deadline compliance keyed by kind (every reason and kind present).
 */
public final class OversightJson {

  private OversightJson() {}

  private static final JsonCodec<Compliance> COMPLIANCE = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, Compliance c) {
      out.startObject().number("onTime", c.onTime()).number("overdue", c.overdue())
          .number("workingDaysLate", c.workingDaysLate()).number("maxWorkingDaysLate", c.maxWorkingDaysLate())
          .number("notComputable", c.notComputable()).endObject();
    }

    @Override
    public Compliance read(JsonReader in) {
      long[] v = new long[5];
      boolean[] seen = new boolean[5];
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        int i = switch (name) {
          case "onTime" -> 0;
          case "overdue" -> 1;
          case "workingDaysLate" -> 2;
          case "maxWorkingDaysLate" -> 3;
          case "notComputable" -> 4;
          default -> throw in.unknownKey(name);
        };
        v[i] = in.number(0, Long.MAX_VALUE);
        seen[i] = true;
      }
      String[] names = {"onTime", "overdue", "workingDaysLate", "maxWorkingDaysLate", "notComputable"};
      for (int i = 0; i < 5; i++) {
        in.required(seen[i] ? Boolean.TRUE : null, names[i]);
      }
      return new Compliance(v[0], v[1], v[2], v[3], v[4]);
    }
  };

  private static final String[] COUNTS = {"proposals", "listings", "objectionsFiled", "objectionsWaived",
      "objectionsAnswered", "objectionsUpheld", "withdrawals", "repairApplications", "repairsAccepted", "repairsRejected",
      "repairsApproved", "repairsRefused"};

  private static long[] counts(Figures f) {
    return new long[] {f.proposals(), f.listings(), f.objectionsFiled(), f.objectionsWaived(), f.objectionsAnswered(),
        f.objectionsUpheld(), f.withdrawals(), f.repairApplications(), f.repairsAccepted(), f.repairsRejected(),
        f.repairsApproved(), f.repairsRefused()};
  }

  private static final JsonCodec<Figures> FIGURES = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, Figures f) {
      out.startObject().string("department", f.department()).date("from", f.from()).date("lastDay", f.lastDay());
      long[] c = counts(f);
      for (int i = 0; i < COUNTS.length; i++) {
        out.number(COUNTS[i], c[i]);
      }
      out.name("removals").startObject();
      for (RemovalReason r : RemovalReason.values()) {
        out.number(r.name(), f.removals(r));
      }
      out.endObject().name("deadlines").startObject();
      for (DeadlineKind k : DeadlineKind.values()) {
        out.value(k.name(), f.deadline(k), COMPLIANCE);
      }
      out.endObject().endObject();
    }

    @Override
    public Figures read(JsonReader in) {
      String department = null;
      LocalDate from = null;
      LocalDate lastDay = null;
      Long[] c = new Long[COUNTS.length];
      EnumMap<RemovalReason, Long> removals = null;
      EnumMap<DeadlineKind, Compliance> deadlines = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "department" -> department = in.nonBlank();
          case "from" -> from = in.date();
          case "lastDay" -> lastDay = in.date();
          case "removals" -> {
            removals = new EnumMap<>(RemovalReason.class);
            in.startObject();
            for (String r; (r = in.nextName()) != null; ) {
              removals.put(constant(in, RemovalReason.class, r), in.number(0, Long.MAX_VALUE));
            }
            for (RemovalReason r : RemovalReason.values()) {
              in.required(removals.get(r), "removals/" + r.name());
            }
          }
          case "deadlines" -> {
            deadlines = new EnumMap<>(DeadlineKind.class);
            in.startObject();
            for (String k; (k = in.nextName()) != null; ) {
              deadlines.put(constant(in, DeadlineKind.class, k), in.value(COMPLIANCE));
            }
            for (DeadlineKind k : DeadlineKind.values()) {
              in.required(deadlines.get(k), "deadlines/" + k.name());
            }
          }
          default -> {
            int i = java.util.Arrays.asList(COUNTS).indexOf(name);
            if (i < 0) {
              throw in.unknownKey(name);
            }
            c[i] = in.number(0, Long.MAX_VALUE);
          }
        }
      }
      long[] v = new long[COUNTS.length];
      for (int i = 0; i < COUNTS.length; i++) {
        v[i] = in.required(c[i], COUNTS[i]);
      }
      return new Figures(in.required(department, "department"), in.required(from, "from"), in.required(lastDay, "lastDay"),
          v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11],
          ImmutableMap.copyOf(in.required(removals, "removals")), ImmutableMap.copyOf(in.required(deadlines, "deadlines")));
    }
  };

  private static <E extends Enum<E>> E constant(JsonReader in, Class<E> type, String name) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw in.unknownKey(name);
  }

  private static final JsonCodec<OversightReport> REPORT = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, OversightReport r) {
      out.startObject().constant("period", r.period()).list("figures", r.figures(), FIGURES).endObject();
    }

    @Override
    public OversightReport read(JsonReader in) {
      ReportingPeriod period = null;
      ImmutableList<Figures> figures = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "period" -> period = in.constant(ReportingPeriod.class);
          case "figures" -> figures = in.list(FIGURES);
          default -> throw in.unknownKey(name);
        }
      }
      return new OversightReport(in.required(period, "period"), in.required(figures, "figures"));
    }
  };

  /** {@code creditgov-oversight-report/1}: the oversight figures. */
  public static final JsonForm<OversightReport> FORM = JsonForm.builder("oversight-report", 1, REPORT).build();
}
