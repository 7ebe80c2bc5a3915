package org.studypath.app;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.studypath.domain.Notice;

/** Another StudyPath has the data folder; its database is never opened a second time. */
public final class AlreadyRunningException extends RuntimeException implements Notice.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient Path dataDir;
    private final transient OptionalInt port;
    private final transient Notice notice;

    AlreadyRunningException(Path dataDir, OptionalInt port) {
        this(Notice.of("folder.alreadyRunning", dataDir), dataDir, port);
    }

    private AlreadyRunningException(Notice notice, Path dataDir, OptionalInt port) {
        super(notice.toString());
        this.notice = notice;
        this.dataDir = dataDir;
        this.port = port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Where the running window listens to be brought to the front, if it said. */
    public OptionalInt port() {
        return port;
    }

    @Override
    public Notice notice() {
        return notice;
    }
}
