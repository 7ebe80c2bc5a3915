package org.studypath.app;

import java.nio.file.Path;
import org.studypath.store.Database;
import org.studypath.store.SettingsRepository;
import org.studypath.store.SqliteCatalogStore;
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

    private Services(Path dataDir, Database database) {
        this.dataDir = dataDir;
        this.database = database;
        this.catalog = new CatalogService(new SqliteResourceRepository(database));
        this.settings = new SqliteSettingsRepository(database);
    }

    public static Services open(Path dataDir) {
        Database database = Database.openIn(dataDir);
        try {
            new CatalogSeeder(new SqliteCatalogStore(database)).seedBundled();
            return new Services(dataDir, database);
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

    public SettingsRepository settings() {
        return settings;
    }

    @Override
    public void close() {
        database.close();
    }
}
