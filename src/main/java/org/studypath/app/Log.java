package org.studypath.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * StudyPath's log: {@code logs/studypath.log} in the data folder, for a learner to attach to a bug report. Until
 * {@link #toFolder} is called nothing is written anywhere ({@link LogDefaults}): the command line's output stays
 * exactly what scripts read, and tests write no logs unless they run a command on a temporary data folder.
 *
 * <p>The file rolls over each day and at {@value #FILE_SIZE}, keeps {@value #DAYS_KEPT} days and at most
 * {@value #TOTAL_SIZE} in all, so an old log never fills a disk.
 */
public final class Log {
    /** The folder of the log files in the data folder. */
    public static final String FOLDER = "logs";
    public static final String FILE = "studypath.log";
    static final String FILE_SIZE = "2MB";
    static final int DAYS_KEPT = 7;
    static final String TOTAL_SIZE = "20MB";
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    private static Path current;

    static {
        // logging started by two threads at once (see startLater) is expected: SLF4J is not to say so on stderr
        System.getProperties().putIfAbsent("slf4j.internal.verbosity", "ERROR");
    }

    private Log() {
    }

    /**
     * Starts Logback on a thread of its own, for the window: the database's library asks for its loggers while the
     * data folder opens, and would otherwise wait there for Logback to start. A logger asked for meanwhile is a
     * stand-in that SLF4J connects once Logback is ready.
     */
    public static void startLater() {
        Thread thread = new Thread(LoggerFactory::getILoggerFactory, "studypath-log-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** The logger of {@code owner}'s class. */
    public static Logger of(Class<?> owner) {
        return LoggerFactory.getLogger(owner);
    }

    /** {@code dataDir}'s log folder (Help → Open log folder shows it). */
    public static Path folder(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    /** Logback, once started; while {@link #startLater} is still starting it SLF4J answers with a stand-in. */
    private static org.slf4j.ILoggerFactory started() {
        org.slf4j.ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        for (int i = 0; i < 200 && factory instanceof org.slf4j.helpers.SubstituteLoggerFactory; i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            factory = LoggerFactory.getILoggerFactory();
        }
        return factory;
    }

    /**
     * From now on StudyPath's messages (info and above) and the libraries' warnings go to {@code dataDir}'s log. Once
     * per folder; a call with another folder moves the log there. A folder the log cannot be written in leaves
     * logging off: a log is never a reason for StudyPath not to start.
     */
    public static synchronized void toFolder(Path dataDir) {
        Path folder = folder(dataDir).toAbsolutePath().normalize();
        if (folder.equals(current) || !(started() instanceof LoggerContext context)) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException | RuntimeException e) {
            return;
        }
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("file");
        file.setFile(folder.resolve(FILE).toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder.resolve("studypath.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf(FILE_SIZE));
        rolling.setMaxHistory(DAYS_KEPT);
        rolling.setTotalSizeCap(FileSize.valueOf(TOTAL_SIZE));
        rolling.start();
        file.setRollingPolicy(rolling);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        file.setEncoder(encoder);
        file.start();
        if (!file.isStarted()) {
            return;
        }
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.addAppender(file);
        root.setLevel(Level.WARN);
        context.getLogger("org.studypath").setLevel(Level.INFO);
        current = folder;
        // what a bug report needs to know first
        of(Log.class).info("{} {} on Java {} ({}), {} {}", AppInfo.NAME, AppInfo.version(),
                System.getProperty("java.version"), System.getProperty("java.vendor"), System.getProperty("os.name"),
                System.getProperty("os.version"));
    }
}
