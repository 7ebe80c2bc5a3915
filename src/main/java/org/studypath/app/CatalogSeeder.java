package org.studypath.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalInt;
import org.studypath.domain.catalog.CatalogData;
import org.studypath.exchange.CatalogFormatException;
import org.studypath.exchange.CatalogJsonReader;
import org.studypath.store.CatalogStore;

/** Loads the catalogs packaged in the jar into the store on first start, and again when a newer version ships. */
public final class CatalogSeeder {
    /** Catalog files packaged from the top-level {@code resources/catalog/} folder. */
    public static final List<String> BUNDLED = List.of("/catalog/math-for-ml.json");

    private final CatalogStore store;
    private final CatalogJsonReader reader = new CatalogJsonReader();

    public CatalogSeeder(CatalogStore store) {
        this.store = store;
    }

    /** Returns how many catalogs were loaded or upgraded. */
    public int seedBundled() {
        int loaded = 0;
        for (String path : BUNDLED) {
            if (installedAlready(path)) {
                continue; // the usual start: checked from the file's first lines, the catalog itself is not read
            }
            if (seed(readBundled(path))) {
                loaded++;
            }
        }
        return loaded;
    }

    /** True when the store has every bundled catalog at its version or a newer one (read from the files' first lines). */
    public boolean bundledInstalled() {
        return BUNDLED.stream().allMatch(this::installedAlready);
    }

    /** True when the store has this bundled catalog at its version or a newer one. */
    private boolean installedAlready(String path) {
        try (InputStream in = CatalogSeeder.class.getResourceAsStream(path)) {
            if (in == null) {
                return false; // readBundled says it is missing
            }
            return CatalogJsonReader.header(in).map(header -> {
                OptionalInt installed = store.installedVersion(header.id());
                return installed.isPresent() && installed.getAsInt() >= header.version();
            }).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    /** Loads {@code catalog} when the store has no version of it or an older one. */
    public boolean seed(CatalogData catalog) {
        OptionalInt installed = store.installedVersion(catalog.id());
        if (installed.isPresent() && installed.getAsInt() >= catalog.version()) {
            return false;
        }
        store.sync(catalog);
        return true;
    }

    public CatalogData readBundled(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        try (InputStream in = CatalogSeeder.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The catalog " + path + " is missing from the application.");
            }
            return reader.read(in, fileName);
        } catch (CatalogFormatException e) {
            throw new IllegalStateException("The packaged catalog is broken: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
