package org.studypath.app;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.studypath.domain.Notice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/**
 * The command line's grammar, read by picocli: the options every command takes ({@link Root}) and one class per
 * command. picocli splits the words and writes the help; what each command's words mean, and the sentence for a
 * wrong one, stay StudyPath's ({@link Sub#toCommand}, {@link CommandLine}).
 *
 * <p>A new command is: a class here with {@code @Command}, its options and {@link Sub#toCommand}; its name in
 * {@link Root}'s {@code subcommands}; a record in {@link CommandLine.Command} that {@link CliRunner#run} runs; and its
 * help, {@code cli.help.NAME.usage.description} and its options' {@code cli.help.option.*}, in both notices bundles.
 */
final class CliCommands {
    /** Options that belong to {@code export} only, for the sentence when they come with another command or none. */
    static final Set<String> EXPORT_OPTIONS = Set.of("--path", "--format", "--out", "--bom", "--day-start");

    /** What a value of each option should be, as the key of its words (null: one of the export formats). */
    static final Map<String, String> WHAT = Map.of("--data-dir", "usage.what.folder", "--path", "usage.what.pathName",
            "--out", "usage.what.out", "--day-start", "usage.what.time", "--lang", "usage.what.language",
            "--from", "usage.what.file", "--category", "usage.what.category", "--title", "usage.what.title");

    private CliCommands() {
    }

    /** A command, as picocli filled it in. */
    interface Sub {
        /** The command to run, after checking what picocli cannot (values, how many files, ...). */
        CommandLine.Command toCommand() throws CommandLine.UsageException;
    }

    /**
     * The parser, with the help said in {@code locale}'s language. Arguments starting with {@code @} are file names,
     * not files of arguments; a value may look like an option and an option given twice keeps the last value, as
     * StudyPath's command line always did.
     */
    static picocli.CommandLine parser(Locale locale) {
        picocli.CommandLine cli = new picocli.CommandLine(new Root());
        cli.setExpandAtFiles(false);
        cli.setOverwrittenOptionsAllowed(true);
        cli.setAllowOptionsAsOptionParameters(true);
        cli.setResourceBundle(new HelpWords(locale, "studypath"));
        words(cli, locale, "");
        return cli;
    }

    /** Each command's help words, under its name ({@code cli.help.path.export.…} for {@code path export}). */
    private static void words(picocli.CommandLine parent, Locale locale, String prefix) {
        for (Map.Entry<String, picocli.CommandLine> sub : parent.getSubcommands().entrySet()) {
            sub.getValue().setResourceBundle(new HelpWords(locale, prefix + sub.getKey()));
            words(sub.getValue(), locale, prefix + sub.getKey() + ".");
        }
    }

    /** The options of {@code studypath} itself; every command takes them too. */
    @Command(name = "studypath", sortOptions = false, descriptionHeading = "%n", parameterListHeading = "%n",
            subcommands = {Export.class, Import.class, Backups.class, Notes.class, Add.class, PathCommands.class, Cards.class})
    static final class Root {
        @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "option.dataDir", scope = ScopeType.INHERIT)
        String dataDir;
        @Option(names = "--lang", paramLabel = "en|zh", descriptionKey = "option.lang", scope = ScopeType.INHERIT)
        String language; // read before parsing (CommandLine.language), so a wrong command line is said in it
        @Option(names = {"-V", "--version"}, versionHelp = true, descriptionKey = "option.version", scope = ScopeType.INHERIT)
        boolean version;
        @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "option.help", scope = ScopeType.INHERIT)
        boolean help;
    }

    @Command(name = "export", sortOptions = false, descriptionHeading = "%n")
    static final class Export implements Sub {
        @Option(names = "--path", paramLabel = "NAME", descriptionKey = "option.path")
        String path;
        @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "option.format")
        String format;
        @Option(names = "--out", paramLabel = "FILE|-", descriptionKey = "option.out")
        String out;
        @Option(names = "--bom", descriptionKey = "option.bom")
        boolean bom;
        @Option(names = "--day-start", paramLabel = "HH:MM", descriptionKey = "option.dayStart")
        String dayStart;
        /** Only to say that the file goes after --out. */
        @Parameters(hidden = true)
        List<String> operands = new ArrayList<>();

        @Override
        public CommandLine.Command toCommand() throws CommandLine.UsageException {
            if (!operands.isEmpty()) {
                throw new CommandLine.UsageException(Notice.of("usage.exportNoOperand", operands.get(0)));
            }
            notBlank("--path", path);
            notBlank("--format", format);
            notBlank("--day-start", dayStart);
            if (out == null) {
                throw new CommandLine.UsageException(Notice.of("usage.exportNeedsOut"));
            }
            notBlank("--out", out);
            String chosen = format;
            if (chosen == null) {
                int dot = out.lastIndexOf('.');
                chosen = dot < 0 ? "" : out.substring(dot + 1);
                if (ExportFormat.parse(chosen).isEmpty()) {
                    throw new CommandLine.UsageException(Notice.of("usage.exportNeedsFormat", ExportFormat.choices()));
                }
            }
            String formatName = chosen;
            ExportFormat exportFormat = ExportFormat.parse(chosen).orElseThrow(() -> new CommandLine.UsageException(
                    Notice.of("usage.unknownFormat", formatName, ExportFormat.choices())));
            LocalTime start = ExchangeService.ExportOptions.DEFAULT_DAY_START;
            if (dayStart != null) {
                try {
                    start = LocalTime.parse(dayStart.length() == 4 ? "0" + dayStart : dayStart);
                } catch (DateTimeParseException e) {
                    throw new CommandLine.UsageException(Notice.of("usage.badDayStart", dayStart));
                }
            }
            return new CommandLine.Export(path, exportFormat, out, bom, start);
        }
    }

    @Command(name = "import", sortOptions = false, descriptionHeading = "%n", parameterListHeading = "%n")
    static final class Import implements Sub {
        @Parameters(paramLabel = "FILE|-", descriptionKey = "param.file", arity = "0..*")
        List<String> files = new ArrayList<>();
        /** For a path file: what of the sender's progress, notes and logs to take (where the learner has none). */
        @Option(names = "--with-progress", descriptionKey = "option.takeProgress")
        boolean progress;
        @Option(names = "--with-notes", descriptionKey = "option.takeNotes")
        boolean notes;
        @Option(names = "--with-logs", descriptionKey = "option.takeLogs")
        boolean logs;

        @Override
        public CommandLine.Command toCommand() throws CommandLine.UsageException {
            if (files.size() != 1) {
                throw new CommandLine.UsageException(Notice.of(files.isEmpty() ? "usage.importNeedsFile" : "usage.importOneFile"));
            }
            return new CommandLine.Import(files.get(0),
                    new org.studypath.domain.pathfile.PathFile.Includes(progress, notes, logs));
        }
    }

    /** {@code studypath path export}: a path as a {@code .studypath} file, to hand to someone else. */
    @Command(name = "path", sortOptions = false, descriptionHeading = "%n", subcommands = {PathExport.class})
    static final class PathCommands implements Sub {
        @Override
        public CommandLine.Command toCommand() throws CommandLine.UsageException {
            throw new CommandLine.UsageException(Notice.of("usage.pathNeedsCommand"));
        }
    }

    @Command(name = "export", sortOptions = false, descriptionHeading = "%n")
    static final class PathExport implements Sub {
        @Option(names = "--path", paramLabel = "NAME", descriptionKey = "option.path")
        String path;
        @Option(names = "--out", paramLabel = "FILE.studypath|-", descriptionKey = "option.out")
        String out;
        @Option(names = "--with-progress", descriptionKey = "option.withProgress")
        boolean progress;
        @Option(names = "--with-notes", descriptionKey = "option.withNotes")
        boolean notes;
        @Option(names = "--with-logs", descriptionKey = "option.withLogs")
        boolean logs;

        @Override
        public CommandLine.Command toCommand() throws CommandLine.UsageException {
            notBlank("--path", path);
            if (out == null) {
                throw new CommandLine.UsageException(Notice.of("usage.pathExportNeedsOut"));
            }
            notBlank("--out", out);
            return new CommandLine.PathExport(path, out,
                    new org.studypath.domain.pathfile.PathFile.Includes(progress, notes, logs));
        }
    }

    @Command(name = "backups", sortOptions = false, descriptionHeading = "%n", parameterListHeading = "%n")
    static final class Backups implements Sub {
        @Parameters(paramLabel = "restore NAME", descriptionKey = "param.restore", arity = "0..*")
        List<String> operands = new ArrayList<>();

        @Override
        public CommandLine.Command toCommand() throws CommandLine.UsageException {
            if (operands.isEmpty()) {
                return new CommandLine.Backups(null);
            }
            if (operands.get(0).equals("restore") && operands.size() == 2 && !operands.get(1).isBlank()) {
                return new CommandLine.Backups(operands.get(1));
            }
            if (operands.get(0).equals("restore")) {
                throw new CommandLine.UsageException(Notice.of("usage.backupsRestoreName"));
            }
            throw new CommandLine.UsageException(Notice.of("usage.unknownBackups", operands.get(0)));
        }
    }

    /** {@code notes export --out FOLDER}: every note as Markdown files, in a new folder inside FOLDER. */
    @Command(name = "notes", sortOptions = false, descriptionHeading = "%n", parameterListHeading = "%n")
    static final class Notes implements Sub {
        @Parameters(paramLabel = "export", descriptionKey = "param.action", arity = "0..*")
        List<String> operands = new ArrayList<>();
        @Option(names = "--out", paramLabel = "FOLDER", descriptionKey = "option.out")
        String out;

        @Override
        public CommandLine.Command toCommand() throws CommandLine.UsageException {
            if (operands.isEmpty()) {
                throw new CommandLine.UsageException(Notice.of("usage.notesNeedsExport"));
            }
            if (!operands.get(0).equals("export") || operands.size() > 1) {
                throw new CommandLine.UsageException(Notice.of("usage.unknownCommand", "notes " + String.join(" ", operands)));
            }
            if (out == null || out.isBlank()) {
                throw new CommandLine.UsageException(Notice.of("usage.notesNeedsOut"));
            }
            return new CommandLine.NotesExport(out);
        }
    }

    @Command(name = "add", sortOptions = false, descriptionHeading = "%n")
    static final class Add implements Sub {
        @Option(names = "--from", paramLabel = "FILE", descriptionKey = "option.from")
        String from;
        @Option(names = "--category", paramLabel = "KEY", descriptionKey = "option.category")
        String category;
        @Option(names = "--pages-per-hour", paramLabel = "N", descriptionKey = "option.pagesPerHour")
        String pagesPerHour;
        @Option(names = "--title", paramLabel = "TITLE", descriptionKey = "option.title")
        String title;
        @Option(names = "--depth", paramLabel = "N", descriptionKey = "option.depth")
        String depth;
        @Option(names = "--every-pages", paramLabel = "N", descriptionKey = "option.everyPages")
        String everyPages;
        /** Only to say that the file goes after --from. */
        @Parameters(hidden = true)
        List<String> operands = new ArrayList<>();

        @Override
        public CommandLine.Command toCommand() throws CommandLine.UsageException {
            if (!operands.isEmpty() || from == null) {
                throw new CommandLine.UsageException(Notice.of("usage.addNeedsFrom"));
            }
            notBlank("--from", from);
            notBlank("--category", category);
            notBlank("--title", title);
            Integer rate = null;
            if (pagesPerHour != null) {
                if (!pagesPerHour.strip().matches("\\d{1,3}") || Integer.parseInt(pagesPerHour.strip()) < 1
                        || Integer.parseInt(pagesPerHour.strip()) > org.studypath.domain.syllabus.SyllabusOptions.MAX_PAGES_PER_HOUR) {
                    throw new CommandLine.UsageException(Notice.of("usage.badPagesPerHour", pagesPerHour,
                            org.studypath.domain.syllabus.SyllabusOptions.MAX_PAGES_PER_HOUR));
                }
                rate = Integer.parseInt(pagesPerHour.strip());
            }
            return new CommandLine.Add(from, category, rate, title, number("--depth", depth, 1),
                    number("--every-pages", everyPages, 0));
        }
    }

    /** A whole number option's value, or {@code otherwise} when it is not given. */
    private static int number(String option, String value, int otherwise) throws CommandLine.UsageException {
        if (value == null) {
            return otherwise;
        }
        if (!value.strip().matches("\\d{1,6}")) {
            throw new CommandLine.UsageException(Notice.of("usage.needsWholeNumber", option, value));
        }
        return Integer.parseInt(value.strip());
    }

    /** {@code cards export --out FILE [--path NAME]}: the flashcards in the notes, for Anki. */
    @Command(name = "cards", sortOptions = false, descriptionHeading = "%n", parameterListHeading = "%n")
    static final class Cards implements Sub {
        @Parameters(paramLabel = "export", descriptionKey = "param.cards", arity = "0..*")
        List<String> operands = new ArrayList<>();
        @Option(names = "--out", paramLabel = "FILE|-", descriptionKey = "option.cardsOut")
        String out;
        @Option(names = "--path", paramLabel = "NAME", descriptionKey = "option.cardsPath")
        String path;

        @Override
        public CommandLine.Command toCommand() throws CommandLine.UsageException {
            if (operands.size() != 1 || !operands.get(0).equals("export")) {
                throw new CommandLine.UsageException(Notice.of("usage.cardsExport"));
            }
            notBlank("--path", path);
            if (out == null) {
                throw new CommandLine.UsageException(Notice.of("usage.cardsNeedsOut"));
            }
            notBlank("--out", out);
            return new CommandLine.Cards(path, out);
        }
    }

    /** A value given but empty is as wrong as none. */
    private static void notBlank(String option, String value) throws CommandLine.UsageException {
        if (value != null && value.isBlank()) {
            throw needs(option);
        }
    }

    /** "--out needs a file, or - for standard output". */
    static CommandLine.UsageException needs(String option) {
        String what = WHAT.get(option);
        return new CommandLine.UsageException(Notice.of("usage.needs", option,
                what == null ? ExportFormat.choices() : Notice.of(what)));
    }

    /**
     * The help's words for picocli, from the notices bundles, so the help is said in the language every other line
     * of the command line is ({@link Notice#in}): {@code cli.help.COMMAND.KEY} for one command's, else
     * {@code cli.help.KEY} for all. picocli reads {@code %n} as a line break and {@code %} as the start of one.
     */
    static final class HelpWords extends ResourceBundle {
        private static final String PREFIX = "cli.help.";
        private final Locale locale;
        private final String command;

        HelpWords(Locale locale, String command) {
            this.locale = locale;
            this.command = command;
        }

        @Override
        protected Object handleGetObject(String key) {
            Set<String> known = notices().keySet();
            for (String notice : List.of(PREFIX + command + "." + key, PREFIX + key)) {
                if (known.contains(notice)) {
                    return Notice.of(notice, ExportFormat.choices()).in(locale).replace("%", "%%").replace("\n", "%n");
                }
            }
            return null;
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new LinkedHashSet<>();
            for (String notice : notices().keySet()) {
                if (notice.startsWith(PREFIX + command + ".")) {
                    keys.add(notice.substring((PREFIX + command + ".").length()));
                } else if (notice.startsWith(PREFIX)) {
                    keys.add(notice.substring(PREFIX.length()));
                }
            }
            return Collections.enumeration(keys);
        }

        private ResourceBundle notices() {
            return ResourceBundle.getBundle(Notice.BUNDLE, locale, Notice.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }
    }
}
