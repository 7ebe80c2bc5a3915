package org.studypath;

import java.util.Arrays;
import javafx.application.Application;
import java.nio.file.Path;
import java.time.Clock;
import org.studypath.app.AppInfo;
import org.studypath.app.CliRunner;
import org.studypath.app.DataFolder;
import org.studypath.app.CommandLine;

/**
 * The entry point of {@code studypath.jar} and {@code mvn javafx:run}. It is not an {@link Application} itself, so
 * the jar starts with JavaFX on the class path; options that need no window are answered without starting JavaFX.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(Arrays.asList(args));
        } catch (CommandLine.UsageException e) {
            System.err.println("studypath: " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(CliRunner.USAGE);
            return;
        }
        if (commandLine.version()) {
            System.out.println(AppInfo.NAME + " " + AppInfo.version());
            return;
        }
        if (commandLine.help()) {
            System.out.println(CommandLine.USAGE);
            return;
        }
        if (commandLine.command() != null) {
            Path dataDir = DataFolder.resolve(commandLine.dataDir(), System.getenv(), System.getProperty("os.name"),
                    System.getProperty("user.home"));
            int status = new CliRunner(System.out, System.err, Clock.systemDefaultZone()).run(commandLine.command(), dataDir);
            System.out.flush();
            System.exit(status);
            return;
        }
        Application.launch(StudyPathApplication.class, args);
    }
}
