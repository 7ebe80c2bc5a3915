package org.studypath.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.studypath.domain.Notice;
import org.studypath.domain.pathfile.PathFile;
import org.studypath.domain.pathfile.PathImport;
import org.studypath.exchange.pathfile.PathFileFormatException;
import org.studypath.exchange.pathfile.PathFileReader;
import org.studypath.exchange.pathfile.PathFileWriter;
import org.studypath.store.SqlitePathFiles;
import org.studypath.store.StoreException;

/**
 * A study path to and from one {@code .studypath} file, for the window and the command line: export with or without
 * progress, notes and time logs; preview an import; import it in one transaction. A file is read whole and checked
 * before anything is written, a bigger one than {@link PathFileReader#MAX_BYTES} is refused unread, and a refused
 * file changes nothing. An import only adds: the learner's own paths, ticks, notes and logs are never changed. Like
 * a catalog pack's merge, it takes no snapshot first, since it replaces nothing. Every method does I/O: call it off
 * the FX thread.
 */
public final class PathFileService {
    private final SqlitePathFiles store;
    private final Clock clock;

    public PathFileService(SqlitePathFiles store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Writes path {@code pathId} to {@code file}, beside it under a temporary name first and then moved over it, so a
     * failed export never leaves half a file. Returns what was written.
     */
    public PathFile export(long pathId, PathFile.Includes includes, Path file) throws ExchangeException {
        PathFile content = content(pathId, includes);
        PlanExports.writeAtomically(file, out -> new PathFileWriter().write(content, ExchangeService.generator(), out));
        return content;
    }

    /** Writes path {@code pathId} to {@code out} (flushed, not closed). */
    public PathFile export(long pathId, PathFile.Includes includes, OutputStream out) throws ExchangeException, IOException {
        PathFile content = content(pathId, includes);
        new PathFileWriter().write(content, ExchangeService.generator(), out);
        return content;
    }

    private PathFile content(long pathId, PathFile.Includes includes) throws ExchangeException {
        try {
            return store.export(pathId, includes);
        } catch (StoreException e) {
            throw new ExchangeException(Notice.reasonOf(e), e);
        }
    }

    /**
     * What importing {@code file} would do, with all it holds (the learner then chooses what of its progress,
     * notes and logs to take). Reads and checks the whole file; changes nothing.
     */
    public PathImport preview(Path file) throws ExchangeException {
        return run(read(file), file, PathFile.Includes.ALL, false);
    }

    /**
     * Imports {@code file}: its resources merged without duplicates, the path made (under "Name (2)" when its name
     * is taken), and of its progress, notes and logs what {@code agreed} allows, only where the learner has none.
     * One transaction: a bad file or a failure changes nothing.
     */
    public PathImport importFile(Path file, PathFile.Includes agreed) throws ExchangeException {
        return run(read(file), file, agreed, true);
    }

    private PathImport run(PathFile content, Path file, PathFile.Includes agreed, boolean apply) throws ExchangeException {
        try {
            return store.importFile(content, ImportFile.name(file), agreed, LocalDate.now(clock), apply);
        } catch (StoreException | Notice.Refused e) {
            throw new ExchangeException(Notice.of("pathfile.importFailed", ImportFile.name(file), Notice.reasonOf(e)), e);
        }
    }

    /** The checked content of {@code file}, a regular file (see {@link ImportFile} for pipes). */
    PathFile read(Path file) throws ExchangeException {
        ImportFile.requireRegular(file);
        String name = ImportFile.name(file);
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ExchangeException(Notice.of("import.empty", name));
            }
            if (size > PathFileReader.MAX_BYTES) {
                throw new ExchangeException(Notice.of("pathfile.tooBig", name, size / (1024 * 1024),
                        PathFileReader.MAX_BYTES / (1024 * 1024)));
            }
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("import.cannotRead", name, Notice.reasonOf(e)), e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new PathFileReader().read(in, name);
        } catch (PathFileFormatException e) {
            throw new ExchangeException(Notice.reasonOf(e), e);
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("import.cannotRead", name, Notice.reasonOf(e)), e);
        }
    }
}
