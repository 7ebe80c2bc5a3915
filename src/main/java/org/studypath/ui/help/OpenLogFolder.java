package org.studypath.ui.help;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.studypath.app.Log;

/**
 * Help → Open log folder: shows the data folder's {@code logs} in the file manager, so a learner can attach the log
 * to a bug report. The folder is made first when there is none yet (nothing was logged, or logging could not start).
 */
public final class OpenLogFolder implements Runnable {
    private final Path dataDir;
    private final Consumer<Path> openFolder;

    /** {@code openFolder}: the window's way of showing a folder, which says so when it cannot. */
    public OpenLogFolder(Path dataDir, Consumer<Path> openFolder) {
        this.dataDir = dataDir;
        this.openFolder = openFolder;
    }

    @Override
    public void run() {
        Path folder = Log.folder(dataDir);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            Log.of(OpenLogFolder.class).warn("Could not make the log folder {}", folder, e);
            // opening it then tells the learner the folder is not there
        }
        openFolder.accept(folder);
    }
}
