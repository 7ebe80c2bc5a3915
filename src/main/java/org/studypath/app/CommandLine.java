package org.studypath.app;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.studypath.domain.Notice;
import org.studypath.domain.NoticedException;
import picocli.CommandLine.ParseResult;

/**
 * The options StudyPath understands when it starts: {@code --data-dir DIR}, {@code --lang en|zh}, {@code --version},
 * {@code --help}, and the commands that work without a window, {@code export}, {@code import} and {@code backups}.
 *
 * <p>picocli reads the words ({@link CliCommands} has the commands and their options); this record is what they
 * mean, and {@link UsageException} what is wrong with them, in StudyPath's own sentences.
 *
 * @param language the language of the command line's messages chosen with {@code --lang}; null: the one chosen in
 *                 Settings, else the system's ({@link CliLanguage})
 * @param helpFor  the command whose help {@code --help} asked for; null: studypath's own, or no help
 */
public record CommandLine(String dataDir, boolean version, boolean help, Command command, Preferences.Language language,
                          String helpFor) {
    /** The help, {@code studypath --help}, in {@code locale}'s language (lines end as the system's do). */
    public static String usage(Locale locale) {
        return usage(locale, null);
    }

    /**
     * The help of {@code command} ({@code studypath export --help}), or of studypath itself when null, in
     * {@code locale}'s language; written by picocli from the commands ({@link CliCommands}).
     */
    public static String usage(Locale locale, String command) {
        picocli.CommandLine cli = CliCommands.parser(locale);
        cli.setSeparator(" "); // shown as people write it, --lang zh; --lang=zh is read too
        picocli.CommandLine shown = cli;
        for (String name : command == null ? new String[0] : command.split(" ")) {
            shown = shown.getSubcommands().getOrDefault(name, shown);
        }
        return shown.getUsageMessage(picocli.CommandLine.Help.Ansi.OFF).stripTrailing();
    }

    /** A command to run without a window. */
    public sealed interface Command permits Export, Import, Backups, NotesExport, Add, PathExport, Cards {
    }

    /** {@code notes export --out FOLDER}: the notes go into a new folder inside {@code out}. */
    public record NotesExport(String out) implements Command {
    }

    /**
     * {@code studypath add --from FILE}: a course from a list, a playlist or a book's PDF; {@code categoryKey},
     * {@code pagesPerHour} and {@code title} null when not given; for a PDF, {@code depth} is the outline's depth and
     * {@code everyPages} above 0 cuts the book every so many pages instead of by its outline.
     */
    public record Add(String file, String categoryKey, Integer pagesPerHour, String title, int depth, int everyPages)
            implements Command {
    }

    /** {@code pathName} null: the only path; {@code out} "-" is standard output. */
    public record Export(String pathName, ExportFormat format, String out, boolean byteOrderMark, LocalTime dayStart)
            implements Command {
    }

    /** {@code take}: what of a path file's progress, notes and logs to add (a backup or a pack ignores it). */
    public record Import(String file, org.studypath.domain.pathfile.PathFile.Includes take) implements Command {
        public Import(String file) {
            this(file, org.studypath.domain.pathfile.PathFile.Includes.NONE);
        }
    }

    /** {@code studypath path export}: {@code pathName} null: the only path; {@code out} "-" is standard output. */
    public record PathExport(String pathName, String out, org.studypath.domain.pathfile.PathFile.Includes includes)
            implements Command {
    }

    /** {@code cards export}: {@code pathName} null: the notes of every resource; {@code out} "-" is standard output. */
    public record Cards(String pathName, String out) implements Command {
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
        this(dataDir, version, help, null, null, null);
    }

    public CommandLine(String dataDir, boolean version, boolean help, Command command) {
        this(dataDir, version, help, command, null, null);
    }

    public CommandLine(String dataDir, boolean version, boolean help, Command command, Preferences.Language language) {
        this(dataDir, version, help, command, language, null);
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
        CommandLine simple = withoutCommand(args, language);
        if (simple != null) {
            return simple;
        }
        ParseResult parsed;
        try {
            parsed = CliCommands.parser(Locale.UK).parseArgs(args.toArray(String[]::new));
        } catch (picocli.CommandLine.ParameterException e) {
            throw wrong(e);
        }
        String dataDir = null;
        boolean version = false;
        boolean help = false;
        ParseResult last = parsed;
        // the options every command takes may come before the command's name or after it; the last one counts
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--data-dir")) {
                dataDir = level.matchedOptionValue("--data-dir", null);
            }
            version |= level.isVersionHelpRequested();
            help |= level.isUsageHelpRequested();
            last = level;
        }
        if (dataDir != null && dataDir.isBlank()) {
            throw CliCommands.needs("--data-dir");
        }
        // "path export" for a command of a command, so its help is not the other export's
        String commandName = last == parsed ? null
                : last.commandSpec().qualifiedName(" ").substring(parsed.commandSpec().name().length() + 1);
        if (version || help) {
            return new CommandLine(dataDir, version, help, null, language, help ? commandName : null);
        }
        Command command = commandName == null ? null
                : ((CliCommands.Sub) last.commandSpec().userObject()).toCommand();
        return new CommandLine(dataDir, false, false, command, language, null);
    }

    /**
     * A command line of only {@code --data-dir} and {@code --lang} with their values, and {@code --version}: a window's
     * start, or the version, read without picocli, since building picocli's model of the commands costs more than
     * all the rest of answering {@code --version}, and the window's start should not wait for it. Null for any other.
     */
    private static CommandLine withoutCommand(List<String> args, Preferences.Language language) {
        String dataDir = null;
        boolean version = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--version") || arg.equals("-V")) {
                version = true;
            } else if (arg.startsWith("--lang=")) {
                continue; // read by language(args)
            } else if (arg.equals("--lang") && i + 1 < args.size()) {
                i++;
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = arg.substring("--data-dir=".length());
            } else if (arg.equals("--data-dir") && i + 1 < args.size()) {
                dataDir = args.get(++i);
            } else {
                return null;
            }
            if (dataDir != null && dataDir.isBlank()) {
                return null; // picocli's reading says what is wrong
            }
        }
        return new CommandLine(dataDir, version, false, null, language, null);
    }

    /** What picocli found wrong, in StudyPath's sentences. */
    private static UsageException wrong(picocli.CommandLine.ParameterException e) {
        String command = e.getCommandLine().getCommandName();
        if (e instanceof picocli.CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()
                && missing.getMissing().get(0) instanceof picocli.CommandLine.Model.OptionSpec option) {
            return CliCommands.needs(option.longestName());
        }
        if (e instanceof picocli.CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String arg = unmatched.getUnmatched().get(0);
            String name = arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (CliCommands.EXPORT_OPTIONS.contains(name) && e.getCommandLine().getParent() == null
                    || CliCommands.EXPORT_OPTIONS.contains(name) && e.getCommandLine().getParent().getParent() == null) {
                return new UsageException(Notice.of(switch (command) {
                    case "import" -> "usage.importOptions";
                    case "backups" -> "usage.backupsOptions";
                    default -> "usage.exportOptionsAlone";
                }));
            }
            if (name.startsWith("-") && !name.equals("-")) {
                return new UsageException(Notice.of("usage.unknownOption", name));
            }
            return new UsageException(Notice.of("usage.unknownCommand", name));
        }
        return new UsageException(Notice.text(String.valueOf(e.getMessage())));
    }
}
