package org.studypath.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.studypath.domain.catalog.PackMerge;
import org.studypath.domain.plan.PathSummary;

/**
 * Runs {@code export} and {@code import} without a window, for scripts: exit status 0 when done, 1 with a one-line
 * reason on standard error when it failed. Usage errors (status 2) are caught before, by {@link CommandLine}.
 */
public final class CliRunner {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    public CliRunner(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public int run(CommandLine.Command command, Path dataDir) {
        try (Services services = Services.open(dataDir, clock)) {
            if (command instanceof CommandLine.Export export) {
                return export(services, export);
            }
            return importFile(services, (CommandLine.Import) command);
        } catch (ExchangeException e) {
            return fail(e.getMessage());
        } catch (RuntimeException e) {
            return fail(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private int export(Services services, CommandLine.Export export) throws ExchangeException {
        long pathId = export.format() == ExportFormat.JSON ? -1 : pathId(services, export.pathName());
        ExchangeService.ExportOptions options = new ExchangeService.ExportOptions(export.byteOrderMark(),
                export.dayStart(), clock.getZone());
        if (export.out().equals("-")) {
            try {
                OutputStream stdout = out;
                services.exchange().export(pathId, export.format(), options, stdout);
                stdout.flush();
            } catch (IOException e) {
                return fail("Cannot write the export to standard output: " + e.getMessage());
            }
            if (out.checkError()) {
                return fail("Cannot write the export to standard output: the disk may be full, or the program reading it stopped.");
            }
            return OK;
        }
        Path file = Path.of(export.out()).toAbsolutePath().normalize();
        services.exchange().exportTo(pathId, export.format(), options, file);
        err.println("Exported " + export.format().label() + " to " + file);
        return OK;
    }

    private long pathId(Services services, String name) throws ExchangeException {
        List<PathSummary> paths = services.plans().paths();
        if (paths.isEmpty()) {
            throw new ExchangeException("There is no study path to export.");
        }
        if (name == null) {
            if (paths.size() == 1) {
                return paths.get(0).id();
            }
            throw new ExchangeException("There are " + paths.size() + " study paths; choose one with --path: " + names(paths));
        }
        for (PathSummary path : paths) {
            if (path.name().equalsIgnoreCase(name.trim())) {
                return path.id();
            }
        }
        throw new ExchangeException("There is no study path named \"" + name + "\"; the paths are: " + names(paths));
    }

    private static String names(List<PathSummary> paths) {
        return paths.stream().map(p -> "\"" + p.name() + "\"").collect(Collectors.joining(", "));
    }

    private int importFile(Services services, CommandLine.Import command) throws ExchangeException {
        Path file = Path.of(command.file()).toAbsolutePath().normalize();
        ExchangeService exchange = services.exchange();
        if (exchange.detect(file) == ExchangeService.ImportKind.BACKUP) {
            ExchangeService.RestorePreview preview = exchange.previewRestore(file, WorkProgress.NONE);
            exchange.restore(file, WorkProgress.NONE);
            Map<String, Long> rows = preview.backup();
            err.println(String.format(Locale.ROOT, "Restored %s: %d study paths, %d resources, %d units with progress, "
                            + "%d time logs, %d notes.", file.getFileName(), rows.getOrDefault("study_path", 0L),
                    rows.getOrDefault("resource", 0L), rows.getOrDefault("unit_progress", 0L),
                    rows.getOrDefault("time_log", 0L),
                    rows.getOrDefault("unit_note", 0L) + rows.getOrDefault("resource_note", 0L)));
        } else {
            PackMerge merge = exchange.importPack(file);
            err.println("Merged catalog pack \"" + merge.packId() + "\": " + merge.resourcesAdded().size()
                    + " resources added, " + merge.categoriesAdded() + " new categories, " + merge.duplicates().size()
                    + " already in the catalog.");
        }
        return OK;
    }

    private int fail(String reason) {
        String line = reason == null ? "failed" : reason.replaceAll("\\s*\\R\\s*", " ");
        err.println("studypath: " + line);
        return FAILED;
    }
}
