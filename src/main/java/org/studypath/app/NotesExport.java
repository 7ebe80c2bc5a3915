package org.studypath.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.studypath.domain.Notice;
import org.studypath.domain.report.ReportWords;
import org.studypath.domain.report.ResourceNotes;
import org.studypath.exchange.notes.NotesVaultWriter;

/**
 * File → Export notes as Markdown files… and {@code studypath notes export --out FOLDER}: every note, one Markdown
 * file per resource with notes, written as an Obsidian vault ({@link NotesVaultWriter}) into a <em>new</em> folder
 * inside the chosen one, "StudyPath notes 2026-12-07" (" (2)" … when that exists). So nothing already there is ever
 * written over, and nothing needs asking: the vault is written under a hidden temporary name in the chosen folder and
 * renamed in one step when complete, so a failed export leaves nothing behind and a finished one is whole.
 */
public final class NotesExport {
    /** What an export wrote: the new folder, how many resources and notes, and the files (the index note first). */
    public record Written(Path folder, int resources, int notes, List<Path> files) {
        public Written {
            files = List.copyOf(files);
        }
    }

    private final ProgressService progress;
    private final Clock clock;

    public NotesExport(ProgressService progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * Writes every note into a new folder inside {@code parent}, its words in {@code language}.
     *
     * @throws ExchangeException with one sentence when {@code parent} is not a folder, there are no notes, or the
     *                           files cannot be written; then nothing is left in {@code parent}
     */
    public Written exportTo(Path parent, Locale language) throws ExchangeException {
        Path folder = parent.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ExchangeException(Notice.of("notes.notAFolder", folder));
        }
        if (!Files.isDirectory(folder)) {
            throw new ExchangeException(Notice.of("notes.noFolder", folder));
        }
        List<ResourceNotes> resources = progress.notedResources();
        if (resources.isEmpty()) {
            throw new ExchangeException(Notice.of("notes.none"));
        }
        LocalDate today = LocalDate.now(clock);
        NotesVaultWriter writer = new NotesVaultWriter(language, ExchangeService.generator(), today);
        Path temp = null;
        try {
            temp = newHiddenFolder(folder);
            List<Path> files = writer.write(resources, temp);
            Path target = moveInPlace(temp, folder, ReportWords.of(language).text("notes.folder", today.toString()));
            temp = null;
            int notes = resources.stream().mapToInt(ResourceNotes::noteCount).sum();
            return new Written(target, resources.size(), notes,
                    files.stream().map(f -> target.resolve(f.getFileName())).toList());
        } catch (AccessDeniedException e) {
            throw new ExchangeException(Notice.of("notes.permissionDenied", folder), e);
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("notes.cannotWrite", folder, String.valueOf(e.getMessage())), e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * A new, empty folder in {@code parent} with a hidden name of its own (made with the usual permissions, unlike a
     * temporary directory's owner-only ones, so the vault is readable like the learner's other files).
     */
    private static Path newHiddenFolder(Path parent) throws IOException {
        SecureRandom random = new SecureRandom();
        for (int attempt = 0; ; attempt++) {
            Path candidate = parent.resolve(".studypath-notes-" + HexFormat.of().toHexDigits(random.nextInt()) + ".tmp");
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }

    /** Renames the finished folder to {@code name}, or "name (2)" … when that is taken: never over anything. */
    private static Path moveInPlace(Path temp, Path parent, String name) throws IOException {
        String base = org.studypath.exchange.notes.VaultNames.safe(name, "StudyPath notes");
        for (int n = 1; ; n++) {
            Path target = parent.resolve(n == 1 ? base : base + " (" + n + ")");
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                return Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                return Files.move(temp, target); // a rename within one folder: in one step wherever it is supported
            } catch (FileAlreadyExistsException e) {
                // made meanwhile: try the next number
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            Log.of(NotesExport.class).warn("The unfinished notes folder {} was not removed", folder, e);
        }
    }
}
