package org.studypath.app;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.studypath.domain.Notice;
import org.studypath.domain.NoticedException;

/**
 * The options StudyPath understands when it starts: {@code --data-dir DIR}, {@code --lang en|zh}, {@code --version},
 * {@code --help}, and the commands that work without a window, {@code export}, {@code import} and {@code backups}.
 *
 * @param language the language of the command line's messages chosen with {@code --lang}; null: the one chosen in
 *                 Settings, else the system's ({@link CliLanguage})
 */
public record CommandLine(String dataDir, boolean version, boolean help, Command command, Preferences.Language language) {
    /** The help, {@code studypath --help}, in {@code locale}'s language (lines end as the system's do). */
    public static String usage(Locale locale) {
        return Notice.of("cli.usage", ExportFormat.choices()).in(locale).replace("\n", System.lineSeparator());
    }

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

    /**
     * A command line StudyPath cannot run with; the notice says what is wrong (its message is the English sentence),
     * and {@link #language()} is what {@code --lang} asked for, when it could be read, so the error is said in it.
     */
    public static final class UsageException extends NoticedException {
        private static final long serialVersionUID = 1L;
        private final Preferences.Language language;

        public UsageException(Notice notice) {
            this(notice, null);
        }

        UsageException(Notice notice, Preferences.Language language) {
            super(notice, null);
            this.language = language;
        }

        /** The language {@code --lang} chose; null when it was not given or not understood. */
        public Preferences.Language language() {
            return language;
        }
    }

    public CommandLine(String dataDir, boolean version, boolean help) {
        this(dataDir, version, help, null, null);
    }

    public CommandLine(String dataDir, boolean version, boolean help, Command command) {
        this(dataDir, version, help, command, null);
    }

    /**
     * {@code --data-dir}'s value in {@code args}, read without the rest (for a command line that does not parse, so
     * its error can be said in that folder's language); null when it is not there.
     */
    public static String dataDirIn(List<String> args) {
        String found = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith("--data-dir=")) {
                found = args.get(i).substring("--data-dir=".length());
            } else if (args.get(i).equals("--data-dir") && i + 1 < args.size()) {
                found = args.get(++i);
            }
        }
        return found == null || found.isBlank() ? null : found;
    }

    /**
     * {@code --lang}'s value: en or zh (also en-GB, zh_CN and the like, in any case); empty when the option is not
     * there.
     *
     * @throws UsageException for any other value, or a missing one
     */
    static Optional<Preferences.Language> language(List<String> args) throws UsageException {
        Preferences.Language chosen = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value;
            if (arg.startsWith("--lang=")) {
                value = arg.substring("--lang=".length());
            } else if (arg.equals("--lang")) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                    throw new UsageException(Notice.of("usage.needs", "--lang", Notice.of("usage.what.language")));
                }
                value = args.get(++i);
            } else {
                continue;
            }
            String language = value.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
            chosen = switch (language) {
                case "en" -> Preferences.Language.ENGLISH;
                case "zh" -> Preferences.Language.CHINESE;
                default -> throw new UsageException(Notice.of("usage.badLanguage", value));
            };
        }
        return Optional.ofNullable(chosen);
    }

    public static CommandLine parse(List<String> args) throws UsageException {
        Preferences.Language language = language(args).orElse(null);
        try {
            return parse(args, language);
        } catch (UsageException e) {
            throw new UsageException(e.notice(), language); // said in the language asked for, whatever went wrong
        }
    }

    private static CommandLine parse(List<String> args, Preferences.Language language) throws UsageException {
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
                case "--lang" -> {
                    if (inlineValue == null) {
                        i++; // read, with its value, by language(args)
                    }
                }
                case "--data-dir" -> {
                    dataDir = inlineValue != null ? inlineValue : value(args, i++, "--data-dir", "usage.what.folder");
                    if (dataDir.isBlank()) {
                        throw new UsageException(Notice.of("usage.needs", "--data-dir", Notice.of("usage.what.folder")));
                    }
                }
                case "--path" -> pathName = inlineValue != null ? inlineValue : value(args, i++, "--path", "usage.what.pathName");
                case "--format" -> format = inlineValue != null ? inlineValue : value(args, i++, "--format", null);
                case "--out" -> out = inlineValue != null ? inlineValue : value(args, i++, "--out", "usage.what.out");
                case "--day-start" -> dayStart = inlineValue != null ? inlineValue : value(args, i++, "--day-start", "usage.what.time");
                default -> {
                    if (arg.startsWith("-") && !arg.equals("-")) {
                        throw new UsageException(Notice.of("usage.unknownOption", arg));
                    }
                    if (commandName == null) {
                        if (!arg.equals("export") && !arg.equals("import") && !arg.equals("backups")) {
                            throw new UsageException(Notice.of("usage.unknownCommand", arg));
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
                throw new UsageException(Notice.of("usage.exportNoOperand", operands.get(0)));
            }
            if (out == null || out.isBlank()) {
                throw new UsageException(Notice.of("usage.exportNeedsOut"));
            }
            if (format == null) {
                int dot = out.lastIndexOf('.');
                format = dot < 0 ? "" : out.substring(dot + 1);
                if (ExportFormat.parse(format).isEmpty()) {
                    throw new UsageException(Notice.of("usage.exportNeedsFormat", ExportFormat.choices()));
                }
            }
            String formatName = format;
            ExportFormat exportFormat = ExportFormat.parse(format).orElseThrow(() ->
                    new UsageException(Notice.of("usage.unknownFormat", formatName, ExportFormat.choices())));
            LocalTime start = ExchangeService.ExportOptions.DEFAULT_DAY_START;
            if (dayStart != null) {
                try {
                    start = LocalTime.parse(dayStart.length() == 4 ? "0" + dayStart : dayStart);
                } catch (DateTimeParseException e) {
                    throw new UsageException(Notice.of("usage.badDayStart", dayStart));
                }
            }
            command = new Export(pathName, exportFormat, out, bom, start);
        } else if ("import".equals(commandName)) {
            if (operands.size() != 1) {
                throw new UsageException(Notice.of(operands.isEmpty() ? "usage.importNeedsFile" : "usage.importOneFile"));
            }
            if (pathName != null || format != null || out != null || bom || dayStart != null) {
                throw new UsageException(Notice.of("usage.importOptions"));
            }
            command = new Import(operands.get(0));
        } else if ("backups".equals(commandName)) {
            if (pathName != null || format != null || out != null || bom || dayStart != null) {
                throw new UsageException(Notice.of("usage.backupsOptions"));
            }
            if (operands.isEmpty()) {
                command = new Backups(null);
            } else if (operands.get(0).equals("restore") && operands.size() == 2 && !operands.get(1).isBlank()) {
                command = new Backups(operands.get(1));
            } else if (operands.get(0).equals("restore")) {
                throw new UsageException(Notice.of("usage.backupsRestoreName"));
            } else {
                throw new UsageException(Notice.of("usage.unknownBackups", operands.get(0)));
            }
        } else if (pathName != null || format != null || out != null || bom || dayStart != null) {
            throw new UsageException(Notice.of("usage.exportOptionsAlone"));
        }
        return new CommandLine(dataDir, version, help, command, language);
    }

    /** The value after {@code option}; {@code what} is the key of what it should be (null: a format). */
    private static String value(List<String> args, int i, String option, String what) throws UsageException {
        if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
            throw new UsageException(Notice.of("usage.needs", option,
                    what == null ? ExportFormat.choices() : Notice.of(what)));
        }
        return args.get(i + 1);
    }
}
