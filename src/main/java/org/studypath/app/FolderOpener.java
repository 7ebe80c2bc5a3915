package org.studypath.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.studypath.domain.Notice;

/**
 * Shows a folder in the system's file manager (xdg-open, Explorer, Finder). Only an existing directory is ever
 * passed on, as one argument, never through a shell.
 */
public final class FolderOpener {
    private final String osName;

    public FolderOpener(String osName) {
        this.osName = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
    }

    /** The command that shows {@code folder}; refuses anything that is not an existing directory. */
    public List<String> command(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new Notice.Refused(Notice.of("folder.notAFolder", folder));
        }
        String path = folder.toAbsolutePath().normalize().toString();
        if (osName.startsWith("windows")) {
            return List.of("explorer.exe", path);
        }
        if (osName.startsWith("mac")) {
            return List.of("open", path);
        }
        return List.of("xdg-open", path);
    }

    /** Opens it; throws with the reason when the file manager cannot be started. */
    public void open(Path folder) throws IOException {
        new ProcessBuilder(command(folder)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
