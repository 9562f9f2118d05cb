package org.creditgov.cli.report;

import java.util.Map;
import java.util.TreeMap;
import org.creditgov.rules.oversight.Compliance;
import org.creditgov.rules.oversight.Figures;
import org.creditgov.rules.oversight.OversightReport;

/**
 * One department's totals over a report's periods (OPS-2): listings, objections filed, repair
 * applications, and its deadlines of every kind on time, overdue and not computable — what the
 * summary prints and the compliance chart draws.
 */
record Totals(long listings, long objectionsFiled, long repairApplications, long onTime, long overdue, long notComputable) {

  /** The totals of each department of {@code report}, by department name. */
  static Map<String, Totals> byDepartment(OversightReport report) {
    Map<String, Totals> out = new TreeMap<>();
    for (Figures f : report.figures()) {
      long onTime = 0;
      long overdue = 0;
      long notComputable = 0;
      for (Compliance c : f.deadlines().values()) {
        onTime += c.onTime();
        overdue += c.overdue();
        notComputable += c.notComputable();
      }
      Totals t = new Totals(f.listings(), f.objectionsFiled(), f.repairApplications(), onTime, overdue, notComputable);
      out.merge(f.department(), t, Totals::plus);
    }
    return out;
  }

  private Totals plus(Totals o) {
    return new Totals(listings + o.listings, objectionsFiled + o.objectionsFiled, repairApplications + o.repairApplications,
        onTime + o.onTime, overdue + o.overdue, notComputable + o.notComputable);
  }

  /** The deadlines on time, overdue and not computable, in the order of the compliance chart. */
  long[] compliance() {
    return new long[] {onTime, overdue, notComputable};
  }
}
