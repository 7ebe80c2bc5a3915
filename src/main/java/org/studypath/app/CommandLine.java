package org.studypath.app;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The options StudyPath understands when it starts: {@code --data-dir DIR}, {@code --version}, {@code --help}, and
 * the commands that work without a window, {@code export} and {@code import}.
 */
public record CommandLine(String dataDir, boolean version, boolean help, Command command) {
    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: studypath [--data-dir DIR] [--version] [--help]",
            "       studypath export [--path NAME] --format " + ExportFormat.choices() + " --out FILE|- [--bom]",
            "                        [--day-start HH:MM] [--data-dir DIR]",
            "       studypath import FILE|- [--data-dir DIR]",
            "       studypath backups [restore NAME] [--data-dir DIR]",
            "  --data-dir DIR    keep StudyPath's data in DIR (default: the OS data folder, or $STUDYPATH_HOME)",
            "  --version         print the version and exit",
            "  --help            print this help and exit",
            "  export            write a study path's plan (--path may be left out when there is one path);",
            "                    --format json writes a backup of everything; --out - writes to standard output",
            "  --bom             start a CSV export with a byte order mark (for Excel)",
            "  --day-start HH:MM when study sessions start each day in a calendar export (default 19:00)",
            "  import FILE       restore a backup (replaces everything, after keeping a copy of it) or merge a",
            "                    catalog pack; - (or /dev/stdin) reads standard input",
            "  backups           list the copies of the data StudyPath keeps (daily, before a restore, ...);",
            "                    backups restore NAME puts one back, after keeping a copy of what is there now",
            "Exit status: 0 done, 1 failed (the reason is on standard error), 2 wrong usage.");

    /** A command to run without a window. */
    public sealed interface Command permits Export, Import, Backups {
    }

    /** {@code pathName} null: the only path; {@code out} "-" is standard output. */
    public record Export(String pathName, ExportFormat format, String out, boolean byteOrderMark, LocalTime dayStart)
            implements Command {
    }

    public record Import(String file) implements Command {
    }

    /** {@code restore} null: list the copies; else the name of the copy to restore. */
    public record Backups(String restore) implements Command {
    }

    /** A command line StudyPath cannot run with; the message says what is wrong. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    public CommandLine(String dataDir, boolean version, boolean help) {
        this(dataDir, version, help, null);
    }

    public static CommandLine parse(List<String> args) throws UsageException {
        String dataDir = null;
        boolean version = false;
        boolean help = false;
        String commandName = null;
        List<String> operands = new ArrayList<>();
        String pathName = null;
        String format = null;
        String out = null;
        boolean bom = false;
        String dayStart = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String inlineValue = null;
            if (arg.startsWith("--") && arg.contains("=")) {
                inlineValue = arg.substring(arg.indexOf('=') + 1);
                arg = arg.substring(0, arg.indexOf('='));
            }
            switch (arg) {
                case "--version", "-V" -> version = true;
                case "--help", "-h" -> help = true;
                case "--bom" -> bom = true;
                case "--data-dir" -> {
                    dataDir = inlineValue != null ? inlineValue : value(args, i++, "--data-dir", "a folder");
                    if (dataDir.isBlank()) {
                        throw new UsageException("--data-dir needs a folder");
                    }
                }
                case "--path" -> pathName = inlineValue != null ? inlineValue : value(args, i++, "--path", "a study path's name");
                case "--format" -> format = inlineValue != null ? inlineValue : value(args, i++, "--format", ExportFormat.choices());
                case "--out" -> out = inlineValue != null ? inlineValue : value(args, i++, "--out", "a file, or - for standard output");
                case "--day-start" -> dayStart = inlineValue != null ? inlineValue : value(args, i++, "--day-start", "a time such as 19:00");
                default -> {
                    if (arg.startsWith("-") && !arg.equals("-")) {
                        throw new UsageException("unknown option: " + arg);
                    }
                    if (commandName == null) {
                        if (!arg.equals("export") && !arg.equals("import") && !arg.equals("backups")) {
                            throw new UsageException("unknown command: " + arg
                                    + " (the commands are export, import and backups)");
                        }
                        commandName = arg;
                    } else {
                        operands.add(arg);
                    }
                }
            }
        }
        Command command = null;
        if ("export".equals(commandName)) {
            if (!operands.isEmpty()) {
                throw new UsageException("export takes no file name of its own; use --out " + operands.get(0));
            }
            if (out == null || out.isBlank()) {
                throw new UsageException("export needs --out FILE (or --out - for standard output)");
            }
            if (format == null) {
                int dot = out.lastIndexOf('.');
                format = dot < 0 ? "" : out.substring(dot + 1);
                if (ExportFormat.parse(format).isEmpty()) {
                    throw new UsageException("export needs --format " + ExportFormat.choices());
                }
            }
            String formatName = format;
            ExportFormat exportFormat = ExportFormat.parse(format).orElseThrow(() ->
                    new UsageException("unknown format: " + formatName + " (the formats are " + ExportFormat.choices() + ")"));
            LocalTime start = ExchangeService.ExportOptions.DEFAULT_DAY_START;
            if (dayStart != null) {
                try {
                    start = LocalTime.parse(dayStart.length() == 4 ? "0" + dayStart : dayStart);
                } catch (DateTimeParseException e) {
                    throw new UsageException("--day-start needs a time such as 19:00, not " + dayStart);
                }
            }
            command = new Export(pathName, exportFormat, out, bom, start);
        } else if ("import".equals(commandName)) {
            if (operands.size() != 1) {
                throw new UsageException(operands.isEmpty() ? "import needs a file" : "import takes one file");
            }
            if (pathName != null || format != null || out != null || bom || dayStart != null) {
                throw new UsageException("import takes only a file and --data-dir");
            }
            command = new Import(operands.get(0));
        } else if ("backups".equals(commandName)) {
            if (pathName != null || format != null || out != null || bom || dayStart != null) {
                throw new UsageException("backups takes only restore NAME and --data-dir");
            }
            if (operands.isEmpty()) {
                command = new Backups(null);
            } else if (operands.get(0).equals("restore") && operands.size() == 2 && !operands.get(1).isBlank()) {
                command = new Backups(operands.get(1));
            } else if (operands.get(0).equals("restore")) {
                throw new UsageException("backups restore needs the name of one copy (see studypath backups)");
            } else {
                throw new UsageException("unknown backups command: " + operands.get(0) + " (use backups, or backups restore NAME)");
            }
        } else if (pathName != null || format != null || out != null || bom || dayStart != null) {
            throw new UsageException("--path, --format, --out, --bom and --day-start go with the export command");
        }
        return new CommandLine(dataDir, version, help, command);
    }

    private static String value(List<String> args, int i, String option, String what) throws UsageException {
        if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
            throw new UsageException(option + " needs " + what);
        }
        return args.get(i + 1);
    }
}
