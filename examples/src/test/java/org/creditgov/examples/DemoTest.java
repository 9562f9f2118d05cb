package org.creditgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command runs this demo: it must run and say true things. */
class DemoTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

  private static String demo(Path database) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8), CLOCK, database).run();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * DES-6, REP-3, SEC-2 and the durable stores: a second run finds the first run's designation,
   * repair, consent and query in the database, and appends to the same verified decision log.
   */
  @Test
  void aSecondRunFindsTheFirstRunsDesignationsInTheEmbeddedDatabase(@TempDir Path database) {
    String first = demo(database);
    assertThat(first).contains("0 designations and 0 repairs from earlier runs");
    String second = demo(database);
    assertThat(second).contains("1 designations and 1 repairs from earlier runs (QTX-2025-D1)")
        .contains("2026-06-03 repair APPROVED")
        .contains("2 consents of the company and 2 queries in the database")
        .contains("the log verified against its checkpoint: 20 entries, 0 problems"); // signed with the kept demo key
  }

  @Test
  void theDemoExplainsIdentifiersJurisdictionsAndDeadlines(@TempDir Path database) {
    String out = demo(database);

    assertThat(out)
        .contains("credit-governance demo — 2026-11-29")
        .contains("authority market regulation, type enterprise, division 512081")
        .contains("[BIRTH_DATE]")
        .contains("[REGION]")
        .contains("upgraded from 15 digits")
        .contains("640381 青铜峡市 → 640300 吴忠市 → 640000 宁夏回族自治区 → 000000 全国")
        .contains("10 working days after 2026-09-28 (MONDAY) → 2026-10-16")
        .contains("DATE_OUT_OF_CALENDAR")
        .contains("working days left in the covered calendar after today: 24")
        .contains("submitted on 2026-10-16 → ALLOWED")
        .contains("submitted on 2026-11-05, fine written in words → REFUSED")
        .contains("CAT-3 catalog.FIELD_WRONG_TYPE")
        .contains("CAT-5")
        .contains("欧阳**")
        .contains("found: PERSONAL_NAME, RESIDENT_ID, MOBILE")
        .contains("last day to object 2025-05-13 (10 working days, Labour Day off)")
        .contains("2025-05-13 decision attempted → Refused")
        .contains("DES-4 designation.OBJECTION_WINDOW_NOT_PASSED")
        .contains("listed for 3 years: last day listed 2028-05-14, off the list from 2028-05-15; on 2026-11-29 LISTED, on 2028-05-15 EXPIRED")
        .contains("3 events kept (who, when, basis, documents; the subject by reference only); their replay equals the state: true")
        .contains("a 4-year ban for serious, intentional bid-rigging → REFUSED")
        .contains("SAN-3 sanction.LONGER_THAN_MAXIMUM")
        .contains("the same ban for 2 years → ALLOWED")
        .contains("2 years, intent not established → NEEDS_REVIEW")
        .contains("SAN-4 sanction.INTENT_NOT_ESTABLISHED")
        .contains("a consent with no end → REFUSED")
        .contains("PRI-2 consent.NO_END")
        .contains("the bank's query for the penalty's content, fine and facts → ALLOWED")
        .contains("fields returned: [penaltyContent, fineAmount]")
        .contains("PRI-1 query.FIELD_NOT_FOR_PURPOSE")
        .contains("the licensing office's query under a statutory duty → ALLOWED")
        .contains("the bank again on 2026-12-29 09:30 → REFUSED")
        .contains("PRI-2 consent.EXPIRED")
        .contains("the bank a minute later → REFUSED")
        .contains("PRI-4 consent.WITHDRAWN")
        .contains("4 queries registered, each once")
        .contains("the credit website on 2026-03-15: shown")
        .contains("the credit website on 2026-03-16: withheld")
        .contains("REP-3 disclosure.REPAIRED");
    String audit = out.substring(out.indexOf("9. The tamper-evident audit log"));
    assertThat(audit).as(audit)
        .contains("4 entries appended (2 queries, a sanction check → ")
        .contains("signed checkpoint: size 4, root ")
        .contains("entry 2 (SANCTION_CHECK) proved by inclusion against the checkpoint: true")
        .contains("the credit code or the name anywhere in the log's files: false")
        .contains("the log verified whole: 0 problems")
        .contains("one byte of entry 2 changed in a copy of the log; the verifier reports:")
        .contains("    RECORD_DAMAGED at index 2");
    String repair = out.substring(out.indexOf("10. A county's day on the embedded database"));
    assertThat(repair).as(repair)
        .contains("2025-04-10 the emergency bureau's penalty submitted through the catalog gate → ALLOWED")
        .contains("2025-04-21 QTX-2025-D1 proposed; 2025-04-25 notice served, last day to object 2025-05-13")
        .contains("2025-05-06 the company objects; the answer is due by")
        .contains("2025-05-09 the objection answered in writing, not upheld")
        .contains("2025-05-14 QTX-2025-D1 listed on ")
        .contains("2026-05-25 the company's written consent to the bank, until 2026-08-25 → ALLOWED")
        .contains("the bank's query through the gateway for the penalty's content, fine and facts → ALLOWED")
        .contains("fields returned: [penaltyContent, fineAmount]; 1 consents of the company and 1 queries in the database")
        .contains("the credit website's view of the listing on 2026-06-02: shown")
        .contains("the credit website's view of the listing on 2026-06-03: withheld")
        .contains("REP-3 disclosure.REPAIRED")
        .contains("the decision log: 10 entries in ")
        .contains("the log verified against its checkpoint: 10 entries, 0 problems")
        .contains("a year of extra inspections founded on the listing, on 2026-05-20 → ALLOWED")
        .contains("regime for an application on 2026-03-31: repair-ndrc-order-58-with-22; on 2026-06-01: repair-ndrc-order-36")
        .contains("2026-06-01 repair applied for under repair-ndrc-order-36 (feedback due 2026-06-15)")
        .contains("2026-06-03 repair APPROVED (青信修〔2026〕3号)")
        .contains("listing on 2026-06-02: LISTED; on 2026-06-03: REMOVED, removed as REPAIRED by 青信修〔2026〕3号")
        .contains("the same inspections on 2026-06-03 → REFUSED")
        .contains("REP-5 sanction.FOUNDED_ON_REPAIRED_INFORMATION")
        .contains("publication stopped from 2026-06-03, sharing stopped from 2026-06-03 (REPAIRED)")
        .contains("2025-05-14 the listing sent to the credit website and the sharing platform from the outbox: 2 acknowledged")
        .contains("the database's projection: listed on 2026-06-02 true, on 2026-06-03 false; the published list on 2026-06-03 holds 0 designations")
        .contains("2026-06-03 the outbox sends the approval's changes: the credit website acknowledges 4; the sharing platform is down (1 attempt failed")
        .contains("2026-06-04 the sharing platform is back: 4 acknowledged a day late, in order; 0 still open, 0 dead letters")
        .contains("当日同步 信用中国网站, 青铜峡市应急管理局: 5 changes, 0 not acknowledged on the day")
        .contains("当日同步 全国信用信息共享平台, 青铜峡市应急管理局: 5 changes, 4 not acknowledged on the day (REMOVED, PUBLICATION_STOPPED, REPAIRED, SHARING_STOPPED)")
        .contains("the approval as stored: {\"format\":\"creditgov-repair-event/1\",\"type\":\"DECIDED\"");
    assertThat(out).doesNotContain("53010219200508011X"); // a valid ID number never prints whole
  }
}
