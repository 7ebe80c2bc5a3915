package org.studypath.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.studypath.domain.Notice;
import org.studypath.exchange.plan.PdfReportWriter;
import org.studypath.store.DamagedDatabaseException;
import org.studypath.store.Database;
import org.studypath.store.SqliteBackupStore;
import org.studypath.store.SqliteLibrary;
import org.studypath.store.SettingsRepository;
import org.studypath.store.SqliteCatalogStore;
import org.studypath.store.SqlitePathRepository;
import org.studypath.store.SqliteProgressRepository;
import org.studypath.store.SqliteResourceRepository;
import org.studypath.store.SqliteSettingsRepository;
import org.studypath.store.StoreException;

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
    private final ReviewService reviews;
    private final Clock clock;
    private final ExchangeService exchange;
    private final PathFileService pathFiles;
    private final BackupService backups;
    private final InstanceLock lock;
    private final CatalogSeeder seeder;
    private final boolean firstStart;
    private final CardExport cards;

    private Services(Path dataDir, Database database, Clock clock, InstanceLock lock, java.util.Locale language) {
        this.dataDir = dataDir;
        this.database = database;
        this.clock = clock;
        this.lock = lock;
        SqliteResourceRepository resources = new SqliteResourceRepository(database);
        SqlitePathRepository paths = new SqlitePathRepository(database);
        this.catalog = new CatalogService(resources);
        this.settings = new SqliteSettingsRepository(database);
        org.studypath.store.SqliteReviewRepository reviewRows = new org.studypath.store.SqliteReviewRepository(database);
        this.plans = new PlanService(paths, clock, settings, reviewRows);
        this.reviews = new ReviewService(reviewRows);
        this.progress = new ProgressService(new SqliteProgressRepository(database), paths, settings, clock);
        SqliteCatalogStore catalogStore = new SqliteCatalogStore(database);
        CatalogSeeder seeder = new CatalogSeeder(catalogStore);
        this.seeder = seeder;
        this.backups = new BackupService(database, dataDir, clock, this::afterRestore);
        this.pathFiles = new PathFileService(new org.studypath.store.SqlitePathFiles(database), clock);
        this.exchange = new ExchangeService(plans, catalog, new SqliteBackupStore(database), catalogStore, seeder, clock,
                PdfReportWriter::systemCjkFonts,
                new ExchangeService.SafetyCopies() {
                    @Override
                    public Path take() {
                        return backups.beforeRestore().file();
                    }

                    @Override
                    public void discard(Path copy) {
                        backups.discard(copy);
                    }
                },
                this::afterRestore, new org.studypath.store.SqliteCalendarLedger(database), progress::notes);
        this.cards = new CardExport(new org.studypath.store.SqliteNoteCards(database));
        this.firstStart = StarterPath.ensure(paths, resources, settings, LocalDate.now(clock), language);
        backups.useFolder(backupTarget(Preferences.load(settings).backupFolder()));
    }

    /**
     * After a restore (from the Backups list or a JSON backup): the bundled catalog is brought up to date, and the
     * backup folder is the one the restored settings name.
     */
    private void afterRestore() {
        seeder.seedBundled();
        try {
            backups.chooseFolder(backupTarget(Preferences.load(settings).backupFolder()));
        } catch (StoreException e) {
            // the restore itself worked; the note is written again when Settings are next saved
            Log.of(Services.class).warn("The backup folder of the restored settings was not chosen", e);
        }
    }

    /** Where backups go for a folder chosen in Settings (null: the data folder's own). */
    private Path backupTarget(Path chosen) {
        if (chosen == null) {
            return null;
        }
        String owner = settings.get(BACKUP_OWNER).filter(v -> v.matches("[0-9a-f]{8}")).orElseGet(() -> {
            String made = String.format("%08x", new java.security.SecureRandom().nextInt());
            settings.put(BACKUP_OWNER, made);
            return made;
        });
        return BackupService.ownFolder(chosen, owner);
    }

    /** Names this data folder's copies inside a chosen backup folder (see {@link BackupService#ownFolder}). */
    static final String BACKUP_OWNER = "backup.owner";

    /** The flashcards in the notes, exported for Anki. */
    public CardExport cards() {
        return cards;
    }

    /** True on the very first start with this data folder (the starter path was just made). */
    public boolean firstStart() {
        return firstStart;
    }

    /** Today's welcome is dismissed: not shown again, unless Settings shows it again. */
    public void dismissWelcome() {
        Preferences.showWelcome(settings, false);
    }

    /** The choices made in Settings. */
    public Preferences preferences() {
        return Preferences.load(settings);
    }

    /** Saves the choices made in Settings (one transaction) and puts later backups where they say. */
    public void savePreferences(Preferences preferences) {
        savePreferences(preferences, null);
    }

    /**
     * Saves the choices made in Settings and, unless null, the pace factors, in one transaction; then puts later
     * backups where the choices say, and notes that folder beside the database.
     */
    public void savePreferences(Preferences preferences, org.studypath.domain.plan.PaceFactors pace) {
        Path target = database.transaction(c -> {
            preferences.save(settings);
            if (pace != null) {
                plans.savePaceFactors(pace);
            }
            return backupTarget(preferences.backupFolder());
        });
        backups.chooseFolder(target);
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
     * window passes the system's language, the command line the language it speaks).
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
     * Runs what {@link #open} runs on a cold JVM, on a database in memory that is then dropped: the SQLite driver and
     * its native library, the schema's migrations, the bundled catalog's version check, the starter path, the choices
     * the window reads and the catalog's first load. The launcher calls it on a thread of its own while JavaFX starts,
     * so that opening the real data folder afterwards finds all of that loaded and does not pay for it on a cold JVM.
     * It never touches a data folder, and a failure only loses the head start.
     * First the SQLite driver is pointed at a lasting copy of its native library in {@code cacheFolder}
     * ({@link SqliteLibrary}; null: the driver extracts it to the temporary folder, as it does by itself).
     */
    public static void warmUp(Path cacheFolder) {
        if (cacheFolder != null) {
            SqliteLibrary.useCopyIn(cacheFolder);
        }
        try (Database database = Database.inMemory()) {
            SqliteResourceRepository resources = new SqliteResourceRepository(database);
            SqlitePathRepository paths = new SqlitePathRepository(database);
            SqliteSettingsRepository settings = new SqliteSettingsRepository(database);
            new CatalogSeeder(new SqliteCatalogStore(database)).bundledInstalled();
            StarterPath.ensure(paths, resources, settings, LocalDate.now(), java.util.Locale.ROOT);
            Preferences.load(settings);
            WindowPlacement.load(settings);
            new CatalogService(resources).snapshot();
            new PlanService(paths, Clock.systemDefaultZone(), settings).paths();
        } catch (RuntimeException | LinkageError e) {
            // only the head start is lost: the real open does the same work, and reports what goes wrong
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

    public ReviewService reviews() {
        return reviews;
    }

    public Clock clock() {
        return clock;
    }

    /** Study paths to and from {@code .studypath} files. */
    public PathFileService pathFiles() {
        return pathFiles;
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
