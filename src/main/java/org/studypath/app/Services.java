package org.studypath.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.studypath.domain.Notice;
import org.studypath.exchange.plan.PdfReportWriter;
import org.studypath.store.DamagedDatabaseException;
import org.studypath.store.Database;
import org.studypath.store.SqliteBackupStore;
import org.studypath.store.SettingsRepository;
import org.studypath.store.SqliteCatalogStore;
import org.studypath.store.SqlitePathRepository;
import org.studypath.store.SqliteProgressRepository;
import org.studypath.store.SqliteResourceRepository;
import org.studypath.store.SqliteSettingsRepository;

/**
 * The application's services over one data folder: opens and migrates the database, loads the bundled catalog.
 * Built once by the composition root; does I/O, so it is opened off the FX thread.
 */
public final class Services implements AutoCloseable {
    private final Path dataDir;
    private final Database database;
    private final CatalogService catalog;
    private final SettingsRepository settings;
    private final PlanService plans;
    private final ProgressService progress;
    private final Clock clock;
    private final ExchangeService exchange;
    private final BackupService backups;
    private final InstanceLock lock;
    private final boolean firstStart;

    private Services(Path dataDir, Database database, Clock clock, InstanceLock lock, java.util.Locale language) {
        this.dataDir = dataDir;
        this.database = database;
        this.clock = clock;
        this.lock = lock;
        SqliteResourceRepository resources = new SqliteResourceRepository(database);
        SqlitePathRepository paths = new SqlitePathRepository(database);
        this.catalog = new CatalogService(resources);
        this.settings = new SqliteSettingsRepository(database);
        this.plans = new PlanService(paths, clock);
        this.progress = new ProgressService(new SqliteProgressRepository(database), paths, settings, clock);
        SqliteCatalogStore catalogStore = new SqliteCatalogStore(database);
        CatalogSeeder seeder = new CatalogSeeder(catalogStore);
        this.exchange = new ExchangeService(plans, catalog, new SqliteBackupStore(database), catalogStore, seeder, clock,
                PdfReportWriter::systemCjkFonts);
        this.backups = new BackupService(database, dataDir, clock, seeder::seedBundled);
        this.firstStart = StarterPath.ensure(paths, resources, settings, LocalDate.now(clock), language);
        backups.useFolder(Preferences.load(settings).backupFolder());
    }

    /** True on the very first start with this data folder (the starter path was just made). */
    public boolean firstStart() {
        return firstStart;
    }

    /** The choices made in Settings. */
    public Preferences preferences() {
        return Preferences.load(settings);
    }

    /** Saves the choices made in Settings (one transaction) and puts later backups where they say. */
    public void savePreferences(Preferences preferences) {
        preferences.save(settings);
        backups.chooseFolder(dataDir, preferences.backupFolder());
    }

    public static Services open(Path dataDir) {
        return open(dataDir, Clock.systemDefaultZone());
    }

    /**
     * Opens the data folder: takes it for this process, checks the database after an unclean shutdown, migrates it,
     * loads the bundled catalog, creates the starter path once.
     *
     * @throws AlreadyRunningException when another StudyPath has the folder
     * @throws DamagedDataException when the database was damaged or not StudyPath's (it has been moved aside)
     * @throws DataFolderException when the folder cannot be written
     */
    public static Services open(Path dataDir, Clock clock) {
        return open(dataDir, clock, java.util.Locale.UK);
    }

    /**
     * {@link #open(Path, Clock)}; on the very first start the starter path is named in {@code language}'s words (the
     * window passes the system's language, the command line English).
     */
    public static Services open(Path dataDir, Clock clock, java.util.Locale language) {
        InstanceLock lock = InstanceLock.acquire(dataDir);
        Database database;
        try {
            database = Database.openIn(dataDir, lock.uncleanShutdown(), clock);
        } catch (DamagedDatabaseException e) {
            try {
                Path movedTo = BackupService.moveAside(dataDir, clock);
                Notice reason = e.reason().toString().endsWith(".") ? e.reason() : Notice.of("folder.sentence", e.reason());
                throw new DamagedDataException(reason, movedTo, BackupService.newestGood(dataDir), e);
            } finally {
                lock.close();
            }
        } catch (RuntimeException e) {
            lock.abandon();
            throw e;
        }
        try {
            new CatalogSeeder(new SqliteCatalogStore(database)).seedBundled();
            return new Services(dataDir, database, clock, lock, language);
        } catch (RuntimeException e) {
            database.close();
            lock.abandon();
            throw e;
        }
    }

    /**
     * Puts the newest good backup in place of a database that was moved aside ({@link DamagedDataException}), then
     * opens the data folder.
     */
    public static Services openFromBackup(Path dataDir, BackupService.Entry backup, Clock clock) {
        InstanceLock lock = InstanceLock.acquire(dataDir);
        try {
            BackupService.putInPlace(dataDir, backup);
        } finally {
            lock.close();
        }
        return open(dataDir, clock);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path databaseFile() {
        return database.file();
    }

    public CatalogService catalog() {
        return catalog;
    }

    public PlanService plans() {
        return plans;
    }

    public ProgressService progress() {
        return progress;
    }

    public Clock clock() {
        return clock;
    }

    public ExchangeService exchange() {
        return exchange;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public BackupService backups() {
        return backups;
    }

    /** Whether the StudyPath before this one was killed or crashed (the database was checked on opening). */
    public boolean uncleanStart() {
        return lock.uncleanShutdown();
    }

    /** Lets later launches find this window (see {@link InstanceLock#publishPort}). */
    public void publishWindowPort(int port) {
        lock.publishPort(port);
    }

    /** Closes the database and marks the data folder as closed cleanly. */
    @Override
    public void close() {
        try {
            database.close();
        } finally {
            lock.close();
        }
    }
}
