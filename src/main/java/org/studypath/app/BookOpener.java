package org.studypath.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.studypath.domain.LocalBooks;
import org.studypath.domain.Notice;

/**
 * Shows a book's PDF in the system's viewer (xdg-open, the Windows shell, open on macOS). Only a path the learner
 * picked on this computer is ever given here (a resource's local file, which no import sets), and only when it is,
 * now, an existing regular file named {@code .pdf}; a link is followed only to such a file. The path is passed as one
 * argument, never through a shell.
 */
public final class BookOpener {
    /** Starts the viewer's command. */
    @FunctionalInterface
    public interface Start {
        void start(List<String> command) throws IOException;
    }

    private final String osName;
    private final Start start;

    public BookOpener(String osName) {
        this(osName, command -> new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** With what starts the viewer given, for tests. */
    public BookOpener(String osName, Start start) {
        this.osName = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        this.start = start;
    }

    /** The file to show for the saved path {@code stored}; refuses, with one sentence, anything else. */
    public static Path check(String stored) {
        if (!LocalBooks.looksLikeBook(stored)) {
            throw new Notice.Refused(Notice.of("book.openNotPdf", String.valueOf(stored)));
        }
        Path file = Path.of(stored);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new Notice.Refused(Notice.of("book.openMissing", stored));
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new Notice.Refused(Notice.of("book.openMissing", stored));
        }
        // a link named .pdf that leads to a folder, a device or a file of another kind is not a book
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new Notice.Refused(Notice.of("book.openNotAFile", stored));
        }
        if (!LocalBooks.looksLikeBook(real.toString())) {
            throw new Notice.Refused(Notice.of("book.openNotPdf", stored));
        }
        return real;
    }

    /** The command that shows {@code file}, which {@link #check} accepted. */
    public List<String> command(Path file) {
        String path = file.toString();
        if (osName.startsWith("windows")) {
            // explorer.exe hands a file to the program registered for its type, and starts nothing else by its name
            return List.of("explorer.exe", path);
        }
        if (osName.startsWith("mac")) {
            return List.of("open", path);
        }
        return List.of("xdg-open", path);
    }

    /** Checks {@code stored} and shows it; throws with the reason when it is refused or the viewer cannot start. */
    public void open(String stored) throws IOException {
        start.start(command(check(stored)));
    }
}
