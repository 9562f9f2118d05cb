package org.creditgov.spring;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configuration of the credit-governance starter, under the prefix {@code creditgov}
 * (docs/spring-boot.md lists every property). Reference data comes from the library's bundled
 * examples and from files named here; the keys ({@code creditgov.privacy.pseudonym-key}, {@code
 * creditgov.audit.signer-key}) are never logged, never printed by {@link #toString()} and shown
 * masked by the actuator's {@code env} and {@code configprops} endpoints.
 */
@ConfigurationProperties("creditgov")
public class CreditGovProperties {

  /** The reference data: catalogs, measure and incentive lists, list types. */
  private final Reference reference = new Reference();

  /** The working-day calendar. */
  private final Calendar calendar = new Calendar();

  /** Masking and keyed pseudonyms. */
  private final Privacy privacy = new Privacy();

  /** The tamper-evident audit log. */
  private final Audit audit = new Audit();

  /** The same-day sync and its outbox relay. */
  private final Sync sync = new Sync();
  private final Store store = new Store();

  /** The dispatcher of the durable outbox to the connected systems. */
  private final Outbox outbox = new Outbox();

  /** The workflow credit check. */
  private final CreditCheck creditCheck = new CreditCheck();

  /** The thresholds of the health indicator. */
  private final Health health = new Health();

  /** The reference data settings. */
  public Reference getReference() {
    return reference;
  }

  /** The calendar settings. */
  public Calendar getCalendar() {
    return calendar;
  }

  /** The privacy settings. */
  public Privacy getPrivacy() {
    return privacy;
  }

  /** The audit-log settings. */
  public Audit getAudit() {
    return audit;
  }

  /** The sync settings. */
  public Sync getSync() {
    return sync;
  }
  /** The durable stores (credit-store-jdbc over the application's DataSource). */
  public Store getStore() {
    return store;
  }


  /** The outbox dispatcher (credit-store-jdbc's, run when SyncSender beans are defined). */
  public Outbox getOutbox() {
    return outbox;
  }

  /** The credit-check settings. */
  public CreditCheck getCreditCheck() {
    return creditCheck;
  }

  /** The health thresholds. */
  public Health getHealth() {
    return health;
  }

  /** The settings, the keys left out. */
  @Override
  public String toString() {
    return "CreditGovProperties[bundled=" + reference.bundled + ", catalogs=" + reference.catalogs
        + ", measureLists=" + reference.measureLists + ", incentiveLists=" + reference.incentiveLists
        + ", listTypes=" + reference.listTypes + ", calendarYears=" + calendar.extraYears + ", audit="
        + audit.directory + ", pseudonymKey=" + (privacy.pseudonymKey == null ? "unset" : "set") + "]";
  }

  /** Reference data (CAT-1, SAN-1, INC-1, DES-1): the bundled examples and files of your own. */
  public static class Reference {

    /**
     * Whether the library's bundled reference data is loaded: the national catalog model and its
     * example supplements, the publication regimes, the measure and incentive lists, the list types
     * and the repair regimes. Files named below are added to it. Bundled data are labelled
     * examples: load your official editions.
     */
    private boolean bundled = true;

    /** Catalog files (format creditgov-catalog/1) added to the catalog registry. */
    private List<Path> catalogs = new ArrayList<>();

    /**
     * A publication-regimes file (creditgov-publication-regimes/1) used instead of the bundled
     * regimes.
     */
    private @Nullable Path publicationRegimes;

    /** Measure-list files (creditgov-measure-list/1) added to the measure-list registry. */
    private List<Path> measureLists = new ArrayList<>();

    /** Incentive-list files (creditgov-incentive-list/1) added to the incentive registry. */
    private List<Path> incentiveLists = new ArrayList<>();

    /** List-type files (creditgov-list-types/1) added to the list-type registry. */
    private List<Path> listTypes = new ArrayList<>();

    /** Whether the bundled data is loaded. */
    public boolean isBundled() {
      return bundled;
    }

    /** Sets whether the bundled data is loaded. */
    public void setBundled(boolean bundled) {
      this.bundled = bundled;
    }

    /** The catalog files. */
    public List<Path> getCatalogs() {
      return catalogs;
    }

    /** Sets the catalog files. */
    public void setCatalogs(List<Path> catalogs) {
      this.catalogs = catalogs;
    }

    /** The publication-regimes file, if one replaces the bundled regimes. */
    public @Nullable Path getPublicationRegimes() {
      return publicationRegimes;
    }

    /** Sets the publication-regimes file. */
    public void setPublicationRegimes(@Nullable Path publicationRegimes) {
      this.publicationRegimes = publicationRegimes;
    }

    /** The measure-list files. */
    public List<Path> getMeasureLists() {
      return measureLists;
    }

    /** Sets the measure-list files. */
    public void setMeasureLists(List<Path> measureLists) {
      this.measureLists = measureLists;
    }

    /** The incentive-list files. */
    public List<Path> getIncentiveLists() {
      return incentiveLists;
    }

    /** Sets the incentive-list files. */
    public void setIncentiveLists(List<Path> incentiveLists) {
      this.incentiveLists = incentiveLists;
    }

    /** The list-type files. */
    public List<Path> getListTypes() {
      return listTypes;
    }

    /** Sets the list-type files. */
    public void setListTypes(List<Path> listTypes) {
      this.listTypes = listTypes;
    }
  }

  /** The working-day calendar (DES-4, REP-2). */
  public static class Calendar {

    /**
     * Holiday-calendar files (creditgov-holiday-calendar/1) whose notices extend the bundled
     * calendar by the years they declare (the 2027 State Council notice, say), in year order.
     */
    private List<Path> extraYears = new ArrayList<>();

    /** The holiday-calendar files. */
    public List<Path> getExtraYears() {
      return extraYears;
    }

    /** Sets the holiday-calendar files. */
    public void setExtraYears(List<Path> extraYears) {
      this.extraYears = extraYears;
    }
  }

  /** Masking and pseudonyms (PRI-3, CAT-6, SEC-2). */
  public static class Privacy {

    /**
     * The masking profile the Jackson module masks @Masked properties by: PUBLIC (a credit
     * website), SHARING (another department) or SUBJECT (the person's own record).
     */
    private ProfileName maskingProfile = ProfileName.PUBLIC;

    /** The id of the pseudonym key, written beside every token (1 to 32 of A-Z a-z 0-9 . _ -). */
    private String pseudonymKeyId = "k1";

    /**
     * The pseudonym key, Base64, at least 32 bytes once decoded (openssl rand -base64 32). Without
     * it no Pseudonymizer, query gateway or audit log is configured. Sensitive: never logged, masked
     * by the actuator.
     */
    private @Nullable String pseudonymKey;

    /** The masking profile's name. */
    public ProfileName getMaskingProfile() {
      return maskingProfile;
    }

    /** Sets the masking profile's name. */
    public void setMaskingProfile(ProfileName maskingProfile) {
      this.maskingProfile = maskingProfile;
    }

    /** The key id. */
    public String getPseudonymKeyId() {
      return pseudonymKeyId;
    }

    /** Sets the key id. */
    public void setPseudonymKeyId(String pseudonymKeyId) {
      this.pseudonymKeyId = pseudonymKeyId;
    }

    /** The key, Base64. */
    public @Nullable String getPseudonymKey() {
      return pseudonymKey;
    }

    /** Sets the key, Base64. */
    public void setPseudonymKey(@Nullable String pseudonymKey) {
      this.pseudonymKey = pseudonymKey;
    }

    /** The settings, the key left out. */
    @Override
    public String toString() {
      return "Privacy[profile=" + maskingProfile + ", keyId=" + pseudonymKeyId + ", key="
          + (pseudonymKey == null ? "unset" : "set") + "]";
    }
  }

  /** The masking profiles of credit-privacy, by name. */
  public enum ProfileName {
    /** For publication on a credit website. */
    PUBLIC,
    /** For sharing with another department. */
    SHARING,
    /** For the person's own record. */
    SUBJECT
  }

  /** The tamper-evident audit log of queries and decisions (SEC-2, SEC-3, DES-7). */
  public static class Audit {

    /**
     * The directory of the audit log; without it no audit log is opened and decisions are not
     * written to one.
     */
    private @Nullable Path directory;

    /**
     * The checkpoint signer key, in the form PRIVATE+KEY+name+key id+Base64 key that the audit
     * log's NoteSigner writes; its name is the log's origin, the name its checkpoints carry (a host
     * name and path, e.g. qtx.gov.cn/credit/decision-log). Required with a directory. Sensitive:
     * never logged, masked by the actuator.
     */
    private @Nullable String signerKey;

    /** How often a signed checkpoint of the log is made. */
    private Duration checkpointInterval = Duration.ofMinutes(5);

    /** The log's directory. */
    public @Nullable Path getDirectory() {
      return directory;
    }

    /** Sets the log's directory. */
    public void setDirectory(@Nullable Path directory) {
      this.directory = directory;
    }

    /** The signer key. */
    public @Nullable String getSignerKey() {
      return signerKey;
    }

    /** Sets the signer key. */
    public void setSignerKey(@Nullable String signerKey) {
      this.signerKey = signerKey;
    }

    /** The checkpoint interval. */
    public Duration getCheckpointInterval() {
      return checkpointInterval;
    }

    /** Sets the checkpoint interval. */
    public void setCheckpointInterval(Duration checkpointInterval) {
      this.checkpointInterval = checkpointInterval;
    }

    /** The settings, the key left out. */
    @Override
    public String toString() {
      return "Audit[directory=" + directory + ", signerKey="
          + (signerKey == null ? "unset" : "set") + ", checkpointInterval=" + checkpointInterval + "]";
    }
  }

  /** The durable stores: credit-store-jdbc's, used when the application has a DataSource. */
  public static class Store {

    /** Whether the schema is migrated (Flyway, db/migration/creditgov) when the application starts. */
    private boolean migrate = true;

    /** Whether the schema is migrated at startup. */
    public boolean isMigrate() {
      return migrate;
    }

    /** Sets whether the schema is migrated at startup. */
    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }

    @Override
    public String toString() {
      return "Store[migrate=" + migrate + "]";
    }
  }

  /**
   * The dispatcher of the durable outbox (REP-3, 当日同步): with a DataSource and a {@link
   * SyncSender} bean for every target of {@code creditgov.sync.targets}, the starter runs {@code
   * JdbcOutbox.dispatcher(senders, threads)} from start to stop, retrying as configured here.
   */
  public static class Outbox {

    /**
     * Whether this instance runs the outbox dispatcher when SyncSender beans are defined (any
     * number of instances may dispatch one database; switch it off where one should not).
     */
    private boolean enabled = true;

    /** The dispatcher's worker threads, spread over the sync targets, at least one per target. */
    private int threads = 2;

    /** The attempts of a delivery before it is a dead letter (at least 1). */
    private int maxAttempts = 10;

    /** The wait after a delivery's first failed attempt; each further failure doubles it. */
    private Duration firstBackoff = Duration.ofSeconds(1);

    /** The longest wait between two attempts of a delivery. */
    private Duration maxBackoff = Duration.ofMinutes(10);

    /**
     * How long a claimed delivery is reserved for its dispatcher; another sends it again once the
     * lease has run out (the dispatcher died, say).
     */
    private Duration lease = Duration.ofSeconds(60);

    /** Whether the dispatcher runs. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Sets whether the dispatcher runs. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** The worker threads. */
    public int getThreads() {
      return threads;
    }

    /** Sets the worker threads. */
    public void setThreads(int threads) {
      this.threads = threads;
    }

    /** The attempts before a dead letter. */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /** Sets the attempts before a dead letter. */
    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /** The first backoff. */
    public Duration getFirstBackoff() {
      return firstBackoff;
    }

    /** Sets the first backoff. */
    public void setFirstBackoff(Duration firstBackoff) {
      this.firstBackoff = firstBackoff;
    }

    /** The longest backoff. */
    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    /** Sets the longest backoff. */
    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    /** The lease of a claimed delivery. */
    public Duration getLease() {
      return lease;
    }

    /** Sets the lease of a claimed delivery. */
    public void setLease(Duration lease) {
      this.lease = lease;
    }

    @Override
    public String toString() {
      return "Outbox[enabled=" + enabled + ", threads=" + threads + ", maxAttempts=" + maxAttempts + ", firstBackoff="
          + firstBackoff + ", maxBackoff=" + maxBackoff + ", lease=" + lease + "]";
    }
  }

  /** The same-day sync of listings, removals and repairs to connected systems (REP-3, 当日同步). */
  public static class Sync {

    /**
     * The connected systems each change is delivered to, by code: credit-china (信用中国网站) and
     * sharing-platform (the credit information sharing platform) are known by name; any other code
     * names a system of your own.
     */
    private List<String> targets = new ArrayList<>(List.of("credit-china", "sharing-platform"));

    /** How often the outbox relay moves the stores' outbox messages into the sync store. */
    private Duration relayInterval = Duration.ofSeconds(1);

    /** The target codes. */
    public List<String> getTargets() {
      return targets;
    }

    /** Sets the target codes. */
    public void setTargets(List<String> targets) {
      this.targets = targets;
    }

    /** The relay interval. */
    public Duration getRelayInterval() {
      return relayInterval;
    }

    /** Sets the relay interval. */
    public void setRelayInterval(Duration relayInterval) {
      this.relayInterval = relayInterval;
    }
  }

  /** The workflow credit check (OPS-1). */
  public static class CreditCheck {

    /**
     * The field of conduct (领域) each catalog item belongs to, by item code, so that the check
     * judges a measure's relevance (SAN-3), e.g. BID-PENALTY: 招标投标.
     */
    private Map<String, String> itemFields = new LinkedHashMap<>();

    /** The name of this system as the decision log's actor of sanction and credit checks. */
    private String actor = "creditgov-spring";

    /** The fields by item code. */
    public Map<String, String> getItemFields() {
      return itemFields;
    }

    /** Sets the fields by item code. */
    public void setItemFields(Map<String, String> itemFields) {
      this.itemFields = itemFields;
    }

    /** The actor's name. */
    public String getActor() {
      return actor;
    }

    /** Sets the actor's name. */
    public void setActor(String actor) {
      this.actor = actor;
    }
  }

  /** The thresholds of the health indicator {@code creditgov}. */
  public static class Health {

    /**
     * Days of calendar data left under which the health is OUT_OF_SERVICE (deadlines beyond the
     * calendar are only provisional); the health is DOWN once the data has ended.
     */
    private int calendarMinDaysLeft = 60;

    /** The age of the audit log's latest checkpoint over which the health is OUT_OF_SERVICE. */
    private Duration checkpointMaxAge = Duration.ofHours(1);

    /**
     * The age of the oldest change not yet acknowledged by a connected system over which the health
     * is OUT_OF_SERVICE (a same-day sync is due the day the change took effect).
     */
    private Duration outboxMaxAge = Duration.ofDays(1);

    /** The minimum days left. */
    public int getCalendarMinDaysLeft() {
      return calendarMinDaysLeft;
    }

    /** Sets the minimum days left. */
    public void setCalendarMinDaysLeft(int calendarMinDaysLeft) {
      this.calendarMinDaysLeft = calendarMinDaysLeft;
    }

    /** The maximum checkpoint age. */
    public Duration getCheckpointMaxAge() {
      return checkpointMaxAge;
    }

    /** Sets the maximum checkpoint age. */
    public void setCheckpointMaxAge(Duration checkpointMaxAge) {
      this.checkpointMaxAge = checkpointMaxAge;
    }

    /** The maximum outbox age. */
    public Duration getOutboxMaxAge() {
      return outboxMaxAge;
    }

    /** Sets the maximum outbox age. */
    public void setOutboxMaxAge(Duration outboxMaxAge) {
      this.outboxMaxAge = outboxMaxAge;
    }
  }
}
