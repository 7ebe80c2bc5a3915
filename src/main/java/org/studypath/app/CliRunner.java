package org.studypath.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.studypath.domain.Notice;
import org.studypath.domain.SafeText;
import org.studypath.domain.catalog.PackMerge;
import org.studypath.domain.plan.PathSummary;

/**
 * Runs {@code export}, {@code import}, {@code backups} and {@code add} without a window, for scripts: exit status 0 when done, 1 with a one-line
 * reason on standard error when it failed. Usage errors (status 2) are caught before, by {@link CommandLine}.
 *
 * <p>Every line for a person is a {@link Notice} said in the command line's language ({@link CliLanguage}); what
 * programs read (the exported files, the dates and sizes of {@code backups}) is the same in every language.
 */
public final class CliRunner {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final Locale language;

    /** In English. */
    public CliRunner(PrintStream out, PrintStream err, Clock clock) {
        this(System.in, out, err, clock, Locale.UK);
    }

    /** In English; {@code in}: what {@code studypath import -} reads. */
    public CliRunner(InputStream in, PrintStream out, PrintStream err, Clock clock) {
        this(in, out, err, clock, Locale.UK);
    }

    /** {@code in}: what {@code studypath import -} reads; {@code language}: the locale its messages are said in. */
    public CliRunner(InputStream in, PrintStream out, PrintStream err, Clock clock, Locale language) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.language = language;
    }

    /**
     * What StudyPath does with {@code args} before any window: prints the version or the help, runs a command, or
     * says what is wrong with the command line, each in the command line's language ({@link CliLanguage}).
     *
     * @param dataDirs the data folder for a {@code --data-dir} value (null: the default folder)
     * @param system   the system's locale
     * @return the exit status; empty when the window is to start
     */
    public static java.util.OptionalInt withoutWindow(List<String> args, java.util.function.Function<String, Path> dataDirs,
                                                      Locale system, InputStream in, PrintStream out, PrintStream err,
                                                      Clock clock) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            Locale language = CliLanguage.of(e.language(), folder(dataDirs, CommandLine.dataDirIn(args)), system);
            err.println("studypath: " + SafeText.message(e.notice().in(language)));
            err.println(CommandLine.usage(language));
            return java.util.OptionalInt.of(USAGE);
        }
        if (commandLine.version()) {
            out.println(AppInfo.NAME + " " + AppInfo.version());
            return java.util.OptionalInt.of(OK);
        }
        if (!commandLine.help() && commandLine.command() == null) {
            return java.util.OptionalInt.empty();
        }
        Path dataDir = folder(dataDirs, commandLine.dataDir());
        Locale language = CliLanguage.of(commandLine.language(), dataDir, system);
        if (commandLine.help()) {
            out.println(CommandLine.usage(language, commandLine.helpFor()));
            return java.util.OptionalInt.of(OK);
        }
        CliRunner runner = new CliRunner(in, out, err, clock, language);
        if (dataDir == null) {
            try {
                dataDirs.apply(commandLine.dataDir()); // once more, for what was wrong with it
            } catch (RuntimeException e) {
                return java.util.OptionalInt.of(runner.fail(Notice.reasonOf(e)));
            }
        }
        Log.toFolder(dataDir); // a failed command is in the log too, for a bug report
        return java.util.OptionalInt.of(runner.run(commandLine.command(), dataDir));
    }

    /** The data folder for {@code option}; null when it cannot be a path (opening it then says why). */
    private static Path folder(java.util.function.Function<String, Path> dataDirs, String option) {
        try {
            return dataDirs.apply(option);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public int run(CommandLine.Command command, Path dataDir) {
        // a first start from the command line names the starter path in the language it speaks, as the window does
        try (Services services = Services.open(dataDir, clock, language)) {
            if (command instanceof CommandLine.Export export) {
                return export(services, export);
            }
            if (command instanceof CommandLine.Backups backups) {
                return backups(services, backups);
            }
            if (command instanceof CommandLine.Add add) {
                return add(services, add);
            }
            if (command instanceof CommandLine.PathExport pathExport) {
                return pathExport(services, pathExport);
            }
            if (command instanceof CommandLine.NotesExport notes) {
                return exportNotes(services, notes);
            }
            if (command instanceof CommandLine.Cards cards) {
                return cards(services, cards);
            }
            return importFile(services, (CommandLine.Import) command);
        } catch (ExchangeException e) {
            return fail(Notice.reasonOf(e));
        } catch (RuntimeException e) {
            Log.of(CliRunner.class).error("{} failed", command.getClass().getSimpleName().toLowerCase(Locale.ROOT), e);
            return fail(e.getMessage() == null && !(e instanceof Notice.Carrier) ? Notice.of("import.unknownError")
                    : Notice.reasonOf(e));
        }
    }

    private int export(Services services, CommandLine.Export export) throws ExchangeException {
        long pathId = export.format() == ExportFormat.JSON ? -1 : pathId(services, export.pathName());
        // readable exports in the saved language of the UI ("as the system": this system's)
        java.util.Locale language = services.preferences().language().locale(java.util.Locale.getDefault());
        // and the weeks of the checklist and reports start on the day the window's do
        ExchangeService.ExportOptions options = new ExchangeService.ExportOptions(export.byteOrderMark(),
                export.dayStart(), clock.getZone(), language, services.preferences().weekStart(language));
        if (export.out().equals("-")) {
            try {
                OutputStream stdout = out;
                services.exchange().export(pathId, export.format(), options, stdout);
                stdout.flush();
            } catch (IOException e) {
                return fail(Notice.of("cli.stdoutFailed", String.valueOf(e.getMessage())));
            }
            if (out.checkError()) {
                return fail(Notice.of("cli.stdoutStopped"));
            }
            return OK;
        }
        Path file = Path.of(export.out()).toAbsolutePath().normalize();
        services.exchange().exportTo(pathId, export.format(), options, file);
        say(Notice.of("cli.exported", Notice.of("exportFormat." + export.format().extension()), file));
        return OK;
    }

    /** {@code notes export --out FOLDER}: prints the new folder's path (for scripts), and says what it holds. */
    private int exportNotes(Services services, CommandLine.NotesExport command) throws ExchangeException {
        java.util.Locale language = services.preferences().language().locale(java.util.Locale.getDefault());
        Path folder;
        try {
            folder = Path.of(command.out());
        } catch (java.nio.file.InvalidPathException e) {
            return fail(Notice.of("notes.noFolder", command.out()));
        }
        NotesExport.Written written = new NotesExport(services.progress(), clock).exportTo(folder, language);
        out.println(written.folder());
        say(Notice.of("cli.notesExported", written.notes(), written.resources(), written.folder()));
        return OK;
    }

    /** {@code studypath cards export}: the flashcards of every note, or of one path's resources, for Anki. */
    private int cards(Services services, CommandLine.Cards command) throws ExchangeException {
        Long pathId = command.pathName() == null ? null : pathId(services, command.pathName());
        if (command.out().equals("-")) {
            try {
                services.cards().export(pathId, out);
            } catch (IOException e) {
                return fail(Notice.of("cli.stdoutFailed", String.valueOf(e.getMessage())));
            }
            return out.checkError() ? fail(Notice.of("cli.stdoutStopped")) : OK;
        }
        Path file = Path.of(command.out()).toAbsolutePath().normalize();
        int count = services.cards().exportTo(pathId, file);
        say(Notice.of("cli.cardsExported", count, file));
        return OK;
    }

    private long pathId(Services services, String name) throws ExchangeException {
        List<PathSummary> paths = services.plans().paths();
        if (paths.isEmpty()) {
            throw new ExchangeException(Notice.of("cli.noPaths"));
        }
        if (name == null) {
            if (paths.size() == 1) {
                return paths.get(0).id();
            }
            throw new ExchangeException(Notice.of("cli.choosePath", paths.size(), names(paths)));
        }
        for (PathSummary path : paths) {
            if (path.name().equalsIgnoreCase(name.trim())) {
                return path.id();
            }
        }
        throw new ExchangeException(Notice.of("cli.noSuchPath", name, names(paths)));
    }

    private static String names(List<PathSummary> paths) {
        return paths.stream().map(p -> "\"" + p.name() + "\"").collect(Collectors.joining(", "));
    }

    private int importFile(Services services, CommandLine.Import command) throws ExchangeException {
        ExchangeService exchange = services.exchange();
        // read once: a pipe or standard input is copied, and every step below reads the copy
        try (ImportFile input = command.file().equals("-") ? ImportFile.standardInput(in)
                : exchange.open(Path.of(command.file()).toAbsolutePath().normalize(), WorkProgress.NONE)) {
            Path file = input.path();
            ExchangeService.ImportKind kind = exchange.detect(file);
            if (kind == ExchangeService.ImportKind.PATH_FILE) {
                sayImported(services.pathFiles().importFile(file, command.take()));
            } else if (kind == ExchangeService.ImportKind.BACKUP) {
                // the whole file is checked before anything, even the safety copy, is written
                exchange.previewRestore(file, WorkProgress.NONE);
                ExchangeService.Restored restored = exchange.restore(file, WorkProgress.NONE);
                Map<String, Long> rows = restored.rows();
                for (Notice warning : restored.warnings()) {
                    say(warning.key().startsWith("settings.") ? Notice.of("cli.settingLeftOut", warning) : warning);
                }
                say(Notice.of("cli.restored", input.name(), rows.getOrDefault("study_path", 0L),
                        rows.getOrDefault("resource", 0L), rows.getOrDefault("unit_progress", 0L),
                        rows.getOrDefault("time_log", 0L),
                        rows.getOrDefault("unit_note", 0L) + rows.getOrDefault("resource_note", 0L)));
                say(Notice.of("cli.keptBefore", restored.before(), restored.before().getFileName()));
            } else {
                PackMerge merge = exchange.importPack(file);
                say(merge.resourcesAdded().isEmpty()
                        ? Notice.of("cli.packNothingNew", merge.packId(), merge.duplicates().size())
                        : Notice.of("cli.packMerged", merge.packId(), merge.resourcesAdded().size(), merge.categoriesAdded(),
                        merge.duplicates().size()));
            }
        }
        return OK;
    }

    /** {@code studypath add --from FILE}: one resource with all its units, in one transaction, or nothing. */
    private int add(Services services, CommandLine.Add add) throws ExchangeException {
        if (add.file().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return addBook(services, add);
        }
        Path file = Path.of(add.file()).toAbsolutePath().normalize();
        if (CourseFiles.typeOf(file).isEmpty()) { // a book's PDF is the one kind read elsewhere
            return fail(Notice.of("course.unknownKind", String.valueOf(file.getFileName()),
                    CourseFiles.extensions() + ", .pdf"));
        }
        CourseFiles.Added added = CourseFiles.add(services.catalog(), file, add.title(), add.categoryKey(),
                add.pagesPerHour(), language.getLanguage().equals("zh"));
        say(Notice.of("cli.added", added.title(), added.units(), added.totalMinutes() / 60.0, added.estimated()));
        if (added.unavailable() > 0) {
            say(Notice.of("cli.addedUnavailable", added.unavailable()));
        }
        return OK;
    }

    /** {@code studypath add --from BOOK.pdf}: one resource from the book's outline, saved in one transaction. */
    private int addBook(Services services, CommandLine.Add add) {
        BookService.Added added;
        try {
            added = services.catalog().books().add(Path.of(add.file()).toAbsolutePath().normalize(), add.categoryKey(),
                    add.depth(), add.everyPages(), add.pagesPerHour() == null
                            ? org.studypath.domain.book.BookParts.DEFAULT_PAGES_PER_HOUR : add.pagesPerHour(), language);
        } catch (RuntimeException e) {
            if (e instanceof Notice.Carrier carrier && carrier.notice() != null) {
                return fail(carrier.notice()); // a file or a choice refused: one line, nothing changed
            }
            throw e;
        }
        int minutes = org.studypath.domain.book.BookParts.totalMinutes(added.parts());
        for (org.studypath.domain.book.BookPart part : added.parts()) {
            out.println(String.format(Locale.ROOT, "p. %-5d %4d p. %5d min  %s", part.firstPage(), part.pages(),
                    part.minutes(), SafeText.message(part.title())));
        }
        say(Notice.of("cli.bookAdded", added.title(), added.parts().size(), (minutes + 30) / 60,
                added.category().name().in(language), added.resourceId()));
        return OK;
    }

    /** {@code studypath path export}: the path as a {@code .studypath} file, or on standard output. */
    private int pathExport(Services services, CommandLine.PathExport command) throws ExchangeException {
        long pathId = pathId(services, command.pathName());
        org.studypath.domain.pathfile.PathFile written;
        String where;
        if (command.out().equals("-")) {
            try {
                written = services.pathFiles().export(pathId, command.includes(), out);
            } catch (IOException e) {
                return fail(Notice.of("cli.stdoutFailed", String.valueOf(e.getMessage())));
            }
            if (out.checkError()) {
                return fail(Notice.of("cli.stdoutStopped"));
            }
            where = "-";
        } else {
            Path file = Path.of(command.out()).toAbsolutePath().normalize();
            written = services.pathFiles().export(pathId, command.includes(), file);
            where = file.toString();
        }
        say(Notice.of("cli.pathExported", written.name(), where, written.resources().size(), written.unitCount()));
        if (written.includes().any()) {
            say(Notice.of("cli.pathExportedWith", written.includes().progress() ? written.progressCount() : -1,
                    written.includes().notes() ? written.noteCount() : -1,
                    written.includes().logs() ? written.logCount() : -1));
        }
        return OK;
    }

    /** What a path file's import did, in a line or two. */
    private void sayImported(org.studypath.domain.pathfile.PathImport done) {
        say(Notice.of(done.renamed() ? "cli.pathImportedRenamed" : "cli.pathImported", done.pathName(), done.fileName(),
                done.resources(), done.resourcesNew().size(), done.resourcesKnown().size(), done.units(),
                done.nameInFile()));
        var applied = done.applied();
        if (applied.any()) {
            say(Notice.of("cli.pathImportedWith", applied.progress() ? done.progress().added() : -1,
                    applied.notes() ? done.notes().added() : -1, applied.logs() ? done.logs().added() : -1,
                    done.progress().kept() + done.notes().kept() + done.logs().kept()));
        }
        var left = done.requested();
        if (left.progress() && !applied.progress() || left.notes() && !applied.notes() || left.logs() && !applied.logs()) {
            say(Notice.of("cli.pathImportLeftOut"));
        }
    }

    /** {@code studypath backups}: the copies, newest first; {@code backups restore NAME}: puts one back. */
    private int backups(Services services, CommandLine.Backups command) {
        BackupService backups = services.backups();
        List<BackupService.Entry> entries = backups.list();
        if (command.restore() == null) {
            if (entries.isEmpty()) {
                say(Notice.of("cli.noBackups", backups.folder()));
                return OK;
            }
            for (BackupService.Entry entry : entries) {
                out.println(String.format(Locale.ROOT, "%-48s %s  %-15s %6d KB", entry.file().getFileName(),
                        entry.snapshot().takenAt().toString().replace('T', ' '), reason(entry), (entry.bytes() + 1023) / 1024));
            }
            return OK;
        }
        BackupService.Entry chosen = entries.stream()
                .filter(e -> e.file().getFileName().toString().equals(command.restore())
                        || e.file().toString().equals(command.restore()))
                .findFirst().orElse(null);
        if (chosen == null) {
            return fail(Notice.of("cli.noSuchBackup", command.restore()));
        }
        BackupService.Entry before = backups.restore(chosen);
        say(Notice.of("cli.backupRestored", chosen.file().getFileName()));
        say(Notice.of("cli.keptBefore", before.file(), before.file().getFileName()));
        return OK;
    }

    /** "before restore": the tag the copy's file name carries, in words of the command line's language. */
    private String reason(BackupService.Entry entry) {
        return Notice.of("cli.reason." + entry.snapshot().reason().tag()).in(language);
    }

    /** A line for the person at the terminal, with whatever came from a file shown escaped. */
    private void say(Notice notice) {
        err.println(SafeText.message(notice.in(language)));
    }

    /**
     * The one line of a failure: line breaks joined, and what a terminal would obey (an ESC sequence from a file's
     * text) shown escaped ({@link SafeText#message}), whatever the message is made of.
     */
    private int fail(Notice reason) {
        String said = reason == null ? null : reason.in(language);
        String line = said == null || said.isBlank() ? Notice.of("cli.failed").in(language)
                : said.strip().replaceAll("\\s*\\R\\s*", " ");
        err.println("studypath: " + SafeText.message(line));
        Log.of(CliRunner.class).warn("Command failed: {}", reason == null ? null : reason.in(Locale.UK));
        return FAILED;
    }
}
