package org.studypath.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.studypath.domain.Notice;
import org.studypath.domain.catalog.CatalogData;
import org.studypath.domain.catalog.PackMerge;
import org.studypath.exchange.CatalogFormatException;
import org.studypath.exchange.CatalogJsonReader;
import org.studypath.store.CatalogStore;

/**
 * The import of a catalog pack for {@link ExchangeService}: read whole (a bigger file than
 * {@link ExchangeService#MAX_PACK_BYTES} is refused first), checked not to be one of the bundled catalogs, then merged
 * or only previewed.
 */
final class PackImport {
    private final CatalogStore catalogStore;
    private final CatalogSeeder seeder;

    PackImport(CatalogStore catalogStore, CatalogSeeder seeder) {
        this.catalogStore = catalogStore;
        this.seeder = seeder;
    }

    /** What merging the catalog pack would add and leave out. Changes nothing. */
    PackMerge previewPack(Path file) throws ExchangeException {
        return catalogStore.merge(readPack(file), false);
    }

    PackMerge importPack(Path file) throws ExchangeException {
        return catalogStore.merge(readPack(file), true);
    }

    private CatalogData readPack(Path file) throws ExchangeException {
        ImportFile.requireRegular(file);
        try {
            long size = Files.size(file);
            if (size > ExchangeService.MAX_PACK_BYTES) {
                throw new ExchangeException(Notice.of("import.packTooBig", ImportFile.name(file), megabytes(size),
                        megabytes(ExchangeService.MAX_PACK_BYTES)));
            }
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("import.cannotRead", ImportFile.name(file), Notice.reasonOf(e)), e);
        }
        CatalogData pack;
        try (InputStream in = Files.newInputStream(file)) {
            pack = new CatalogJsonReader().read(in, ImportFile.name(file));
        } catch (CatalogFormatException e) {
            throw new ExchangeException(Notice.reasonOf(e), e);
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("import.cannotRead", ImportFile.name(file), Notice.reasonOf(e)), e);
        }
        for (String bundled : CatalogSeeder.BUNDLED) {
            if (seeder.readBundled(bundled).id().equals(pack.id())) {
                throw new ExchangeException(Notice.of("import.ownCatalog", ImportFile.name(file), pack.id()));
            }
        }
        return pack;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024));
    }
}
