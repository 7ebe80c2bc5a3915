package org.studypath.store;

import java.time.LocalDate;
import org.studypath.domain.pathfile.PathFile;
import org.studypath.domain.pathfile.PathImport;

/**
 * Study paths to and from {@code .studypath} files. An import is one transaction: the file's resources are merged
 * into the catalog by the rule of catalog packs ({@link ResourceMatch}), the path is made under a free name, and the
 * sender's progress, notes, time logs and prerequisites are added only where the learner has none of their own; the
 * learner's existing rows are never updated or deleted. A preview runs the same transaction and rolls it back, so it
 * says exactly what the import would do.
 */
public final class SqlitePathFiles {
    private final Database database;

    public SqlitePathFiles(Database database) {
        this.database = database;
    }

    /** The path {@code pathId} as a file, with what {@code includes} asks for beyond the path itself. */
    public PathFile export(long pathId, PathFile.Includes includes) {
        return database.read(c -> PathFileRows.read(c, pathId, includes));
    }

    /**
     * Imports {@code file} (already checked by its reader), taking of its progress, notes and logs only what
     * {@code agreed} allows; with {@code apply} false nothing is written and the result is a preview. A path never
     * starts before {@code today}: the sender's start is moved to today, with the target moved as far.
     */
    public PathImport importFile(PathFile file, String fileName, PathFile.Includes agreed, LocalDate today, boolean apply) {
        try {
            return database.transaction(c -> {
                PathImport result = new PathFileImport(c, file, fileName, file.includes().and(agreed), today).run();
                if (!apply) {
                    throw new Preview(result);
                }
                return result;
            });
        } catch (Preview preview) {
            return preview.result;
        }
    }

    /** Carries a preview's result out of the transaction, which is then rolled back. */
    private static final class Preview extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient PathImport result;

        Preview(PathImport result) {
            super(null, null, false, false);
            this.result = result;
        }
    }
}
