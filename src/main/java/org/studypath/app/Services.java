package org.studypath.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.studypath.exchange.plan.PdfReportWriter;
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

    private Services(Path dataDir, Database database, Clock clock) {
        this.dataDir = dataDir;
        this.database = database;
        this.clock = clock;
        SqliteResourceRepository resources = new SqliteResourceRepository(database);
        SqlitePathRepository paths = new SqlitePathRepository(database);
        this.catalog = new CatalogService(resources);
        this.settings = new SqliteSettingsRepository(database);
        this.plans = new PlanService(paths, clock);
        this.progress = new ProgressService(new SqliteProgressRepository(database), paths, settings, clock);
        SqliteCatalogStore catalogStore = new SqliteCatalogStore(database);
        this.exchange = new ExchangeService(plans, catalog, new SqliteBackupStore(database), catalogStore,
                new CatalogSeeder(catalogStore), clock, PdfReportWriter::systemCjkFonts);
        StarterPath.ensure(paths, resources, settings, LocalDate.now(clock));
    }

    public static Services open(Path dataDir) {
        return open(dataDir, Clock.systemDefaultZone());
    }

    /** Opens the data folder: migrates the database, loads the bundled catalog, creates the starter path once. */
    public static Services open(Path dataDir, Clock clock) {
        Database database = Database.openIn(dataDir);
        try {
            new CatalogSeeder(new SqliteCatalogStore(database)).seedBundled();
            return new Services(dataDir, database, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
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

    @Override
    public void close() {
        database.close();
    }
}
