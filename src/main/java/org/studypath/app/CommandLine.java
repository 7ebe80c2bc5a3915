package org.studypath.app;

import java.util.List;

/** The options StudyPath understands when it starts: {@code --data-dir DIR}, {@code --version}, {@code --help}. */
public record CommandLine(String dataDir, boolean version, boolean help) {
    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: studypath [--data-dir DIR] [--version] [--help]",
            "  --data-dir DIR  keep StudyPath's data in DIR (default: the OS data folder, or $STUDYPATH_HOME)",
            "  --version       print the version and exit",
            "  --help          print this help and exit");

    /** A command line StudyPath cannot run with; the message says what is wrong. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    public static CommandLine parse(List<String> args) throws UsageException {
        String dataDir = null;
        boolean version = false;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--version", "-V" -> version = true;
                case "--help", "-h" -> help = true;
                case "--data-dir" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                        throw new UsageException("--data-dir needs a folder");
                    }
                    dataDir = args.get(++i);
                }
                default -> {
                    if (arg.startsWith("--data-dir=")) {
                        dataDir = arg.substring("--data-dir=".length());
                        if (dataDir.isBlank()) {
                            throw new UsageException("--data-dir needs a folder");
                        }
                    } else {
                        throw new UsageException("unknown option: " + arg);
                    }
                }
            }
        }
        return new CommandLine(dataDir, version, help);
    }
}
