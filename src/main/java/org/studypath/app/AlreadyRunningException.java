package org.studypath.app;

import java.nio.file.Path;
import java.util.OptionalInt;

/** Another StudyPath has the data folder; its database is never opened a second time. */
public final class AlreadyRunningException extends RuntimeException {
    private final transient Path dataDir;
    private final transient OptionalInt port;

    AlreadyRunningException(Path dataDir, OptionalInt port) {
        super("StudyPath is already running with the data folder " + dataDir + ". Use that window, or quit it first.");
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
}
