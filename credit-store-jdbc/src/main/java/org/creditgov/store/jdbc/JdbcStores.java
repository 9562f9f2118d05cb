package org.creditgov.store.jdbc;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.ListTypeLookup;
import org.creditgov.rules.json.DesignationJson;
import org.creditgov.rules.json.RepairJson;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.repair.RepairRegimes;
import org.creditgov.rules.sync.SyncTarget;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;

/**
 * Every durable store over one {@link DataSource} and one schema (issue 14): the designation store,
 * the repair store, the outbox of deliveries to the connected systems (当日同步), the consent store,
 * the query log's index and the subject directory, on PostgreSQL 14
 * or newer in production, or on an H2 file database in a directory of the user's choice with no
 * set-up at all ({@link #embedded}).
 *
 * <pre>{@code
 * try (JdbcStores stores = JdbcStores.embedded(Path.of("data"))     // or JdbcStores.builder(dataSource)
 *     .clock(clock).listTypes(BundledListTypes.registry()).build()) {
 *   stores.migrate();                                              // Flyway: db/migration/creditgov
 *   DesignationService service = DesignationService.builder().store(stores.designations())
 *       .clock(clock).listTypes(BundledListTypes.registry()).build();
 *   RepairService repairs = RepairService.builder().store(stores.repairs())...build();
 *   try (Dispatcher d = stores.outbox().dispatcher(senders, 8).start()) { ... }
 * }
 * }</pre>
 *
 * <p>The schema is migrated by {@link #migrate()} (Flyway, history table {@code
 * creditgov_schema_history}); a store used before it fails with {@link StoreException} of reason
 * {@code DATABASE}. On an H2 database, building the stores first finishes any transaction a killed
 * process left half-committed, which H2 2.5 itself never does (its rows would stay locked; see
 * docs/storage.md, "Killed in the middle of a commit"). Thread-safe.
 */
public final class JdbcStores implements AutoCloseable {

  /** Where the migrations are, on the class path. */
  public static final String MIGRATIONS = "classpath:db/migration/creditgov";
  /** Flyway's history table of this schema. */
  public static final String HISTORY_TABLE = "creditgov_schema_history";

  private final Database db;
  private final @Nullable JdbcConnectionPool ownPool;
  private final JdbcOutbox outbox;
  private final JdbcDesignationStore designations;
  private final JdbcRepairStore repairs;
  private final JdbcConsentStore consents;
  private final JdbcQueryLog queryLog;
  private final JdbcSubjectDirectory subjects;

  private JdbcStores(Builder b) {
    this.db = new Database(requireNonNull(b.dataSource), requireNonNull(b.clock));
    this.ownPool = b.ownPool;
    this.outbox = new JdbcOutbox(db, b.targets, b.policy);
    this.designations = new JdbcDesignationStore(db, outbox, b.designationEvents, b.calendar,
        requireNonNull(b.listTypes));
    this.repairs = new JdbcRepairStore(db, outbox, b.repairEvents, Optional.ofNullable(b.repairRegimes), b.calendar);
    this.consents = JdbcConsentStore.on(db.dataSource());
    this.queryLog = JdbcQueryLog.on(db.dataSource());
    this.subjects = new JdbcSubjectDirectory(db);
  }

  /** A builder of the stores over {@code dataSource} (PostgreSQL 14+ or H2 in PostgreSQL mode). */
  public static Builder builder(DataSource dataSource) {
    return new Builder(requireNonNull(dataSource, "dataSource"), null);
  }

  /**
   * A builder of the stores on the embedded H2 file database in {@code directory} (created if
   * missing; the database's file is {@code creditgov.mv.db}), through H2's own connection pool,
   * closed with the stores. One process at a time opens it.
   *
   * @throws StoreException of reason DATABASE if the directory cannot be created
   */
  public static Builder embedded(Path directory) {
    requireNonNull(directory, "directory");
    try {
      Files.createDirectories(directory);
    } catch (java.io.IOException e) {
      throw new StoreException(StoreException.Reason.DATABASE, directory.toString(), "cannot create the directory", e);
    }
    JdbcConnectionPool pool = JdbcConnectionPool.create(h2Url(directory), "sa", "");
    pool.setMaxConnections(64);
    return new Builder(pool, pool);
  }

  /**
   * The JDBC URL of the embedded database in {@code directory}: H2 in PostgreSQL mode, every
   * commit written to the file before it returns ({@code WRITE_DELAY=0}), every write appended to
   * the end of the file ({@code REUSE_SPACE=FALSE}), the operating system's file lock (released
   * when the process dies).
   *
   * <p>{@code REUSE_SPACE=FALSE} is what makes a commit survive the process being killed: H2 2.5
   * finds the newest chunk after an unclean shutdown from the file's header, the "next" position
   * each chunk predicts, and the chunk at the end of the file; a chunk written into a free gap
   * the previous one did not predict is found by none of them (H2 2.5.252 rewrites the header
   * with the previous chunk's position), so the commits it holds are lost on reopen. Appended
   * chunks are always the last in the file; the price is a file that grows while the database is
   * open, since the space of old versions is not reused (docs/storage.md).
   */
  public static String h2Url(Path directory) {
    return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("creditgov")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;REUSE_SPACE=FALSE;FILE_LOCK=FS";
  }

  /** Configures {@link JdbcStores}. */
  public static final class Builder {
    private final DataSource dataSource;
    private final @Nullable JdbcConnectionPool ownPool;
    private @Nullable Clock clock;
    private @Nullable ListTypeLookup listTypes;
    private WorkingDayCalendar calendar = WorkingDayCalendar.china();
    private List<SyncTarget> targets = List.of(SyncTarget.CREDIT_CHINA, SyncTarget.SHARING_PLATFORM);
    private RetryPolicy policy = RetryPolicy.DEFAULT;
    private @Nullable RepairRegimes repairRegimes;
    private JsonForm<DesignationEvent> designationEvents = DesignationJson.EVENT;
    private JsonForm<RepairEvent> repairEvents = RepairJson.EVENT;

    private Builder(DataSource dataSource, @Nullable JdbcConnectionPool ownPool) {
      this.dataSource = dataSource;
      this.ownPool = ownPool;
    }

    /** The clock: leases, retry times and acknowledgement days come from it (mandatory). */
    @CanIgnoreReturnValue
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The list types the designations' projection replays histories with (mandatory): those the
     * {@code DesignationService} was built with.
     */
    @CanIgnoreReturnValue
    public Builder listTypes(ListTypeLookup listTypes) {
      this.listTypes = requireNonNull(listTypes, "listTypes");
      return this;
    }

    /** The working-day calendar of the projections' deadlines; {@link WorkingDayCalendar#china()} by default. */
    @CanIgnoreReturnValue
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = requireNonNull(calendar, "calendar");
      return this;
    }

    /** The connected systems every change goes to; Credit China and the sharing platform by default. */
    @CanIgnoreReturnValue
    public Builder targets(List<SyncTarget> targets) {
      this.targets = ImmutableList.copyOf(targets);
      return this;
    }

    /** How dispatch retries and leases; {@link RetryPolicy#DEFAULT} by default. */
    @CanIgnoreReturnValue
    public Builder retryPolicy(RetryPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The repair regimes, so that the repair projection knows an accepted case's decision
     * deadline; without them only the feedback deadline (recorded with the application) is known.
     */
    @CanIgnoreReturnValue
    public Builder repairRegimes(RepairRegimes regimes) {
      this.repairRegimes = requireNonNull(regimes, "regimes");
      return this;
    }

    /** The form designation events are written and read in (its upcasters read older rows). */
    @CanIgnoreReturnValue
    Builder designationEvents(JsonForm<DesignationEvent> form) {
      this.designationEvents = requireNonNull(form, "form");
      return this;
    }

    /** The form repair events are written and read in. */
    @CanIgnoreReturnValue
    Builder repairEvents(JsonForm<RepairEvent> form) {
      this.repairEvents = requireNonNull(form, "form");
      return this;
    }

    /**
     * The stores (the schema is not migrated yet: {@link JdbcStores#migrate()}).
     *
     * @throws IllegalStateException if the clock or the list types are missing
     * @throws StoreException of reason DATABASE if the database cannot be reached
     */
    public JdbcStores build() {
      checkState(clock != null && listTypes != null, "the stores need a clock and the list types");
      return new JdbcStores(this);
    }
  }

  /**
   * Migrates the schema to the newest version this library has (Flyway, {@value #MIGRATIONS});
   * migrating a schema already current does nothing.
   *
   * @return the number of migrations applied
   * @throws StoreException of reason DATABASE if a migration fails (Flyway rolls back what it can;
   *     see its history table)
   */
  @CanIgnoreReturnValue
  public int migrate() {
    try {
      return flyway().migrate().migrationsExecuted;
    } catch (FlywayException e) {
      throw new StoreException(StoreException.Reason.DATABASE, HISTORY_TABLE, "the migration failed", e);
    }
  }

  /** The version of the schema as migrated, such as {@code 1}; empty before the first migration. */
  public Optional<String> schemaVersion() {
    try {
      var current = flyway().info().current();
      return current == null || current.getVersion() == null ? Optional.empty()
          : Optional.of(current.getVersion().getVersion());
    } catch (FlywayException e) {
      throw new StoreException(StoreException.Reason.DATABASE, HISTORY_TABLE, "the schema history cannot be read", e);
    }
  }

  private Flyway flyway() {
    return Flyway.configure(JdbcStores.class.getClassLoader()).dataSource(db.dataSource()).locations(MIGRATIONS)
        .table(HISTORY_TABLE).load();
  }

  /** The designation store (DES-6, DES-7): give it to {@code DesignationService.Builder.store}. */
  public JdbcDesignationStore designations() {
    return designations;
  }

  /** The repair store (REP-2): give it to {@code RepairService.Builder.store}. */
  public JdbcRepairStore repairs() {
    return repairs;
  }

  /** The outbox of deliveries to the connected systems (REP-3): a {@code SyncStore}, and its dispatch. */
  public JdbcOutbox outbox() {
    return outbox;
  }

  /** The consent store (PRI-2, PRI-4): give it to {@code ConsentRegistry}. */
  public JdbcConsentStore consents() {
    return consents;
  }

  /** The query log's index (SEC-1, SEC-2): give it to {@code QueryGateway.Builder}. */
  public JdbcQueryLog queryLog() {
    return queryLog;
  }

  /**
   * The subject directory (DES-7, PRI-1, PRI-3): the subjects' details in their own table, apart
   * from the events; give it to {@code DesignationService.Builder.subjects}.
   */
  public JdbcSubjectDirectory subjects() {
    return subjects;
  }

  /** The data source the stores use. */
  public DataSource dataSource() {
    return db.dataSource();
  }

  /** Closes the embedded database's connection pool, if {@link #embedded} opened one; nothing otherwise. */
  @Override
  public void close() {
    if (ownPool != null) {
      ownPool.dispose();
    }
  }

  @Override
  public String toString() {
    return "JdbcStores[" + db.dialect() + "]";
  }
}
