package org.studypath.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.studypath.domain.Notice;

/**
 * A file to import, as a regular file that can be read as often as the import needs (detect, preview, restore).
 *
 * <p>A regular file is used where it is. Anything else that can be read as a stream (a named pipe, {@code /dev/stdin}
 * fed by {@code cat backup.json |}, a terminal) is read once, into a temporary copy of the same name in a private
 * folder (rwx------) of the system's temporary folder, deleted on {@link #close}: reading a pipe three times would
 * find it empty after the first. That read never blocks the caller: it runs on a thread of its own and is given up when nothing arrives
 * for {@link #IDLE_LIMIT} (a pipe no one writes to, a terminal no one types into), or when more than
 * {@link #MAX_BYTES} arrive ({@code /dev/zero}). Devices of blocks and sockets are refused without being opened.
 *
 * <p>It is a large class because copying a stream safely (its own thread, the idle and size limits, the check that it
 * starts like JSON) belongs with the checks of the file it replaces, and every import relies on both.
 */
public final class ImportFile implements AutoCloseable {
    /** How long a stream may send nothing before the import gives up on it. */
    public static final Duration IDLE_LIMIT = Duration.ofSeconds(10);
    /** The most a stream may send: far more than any backup StudyPath writes, and a stop for {@code /dev/zero}. */
    public static final long MAX_BYTES = 1024L * 1024 * 1024;

    private final Path path;
    private final String name;
    private final boolean copy;

    private ImportFile(Path path, String name, boolean copy) {
        this.path = path;
        this.name = name;
        this.copy = copy;
    }

    /** The regular file to read: the file itself, or the private copy of a stream. */
    public Path path() {
        return path;
    }

    /** The name of the file as the learner gave it, for messages. */
    public String name() {
        return name;
    }

    /** Opens {@code file} for an import, with the default limits; {@code progress} can cancel the read of a stream. */
    public static ImportFile open(Path file, WorkProgress progress) throws ExchangeException {
        return open(file, IDLE_LIMIT, MAX_BYTES, progress);
    }

    static ImportFile open(Path file, Duration idleLimit, long maxBytes) throws ExchangeException {
        return open(file, idleLimit, maxBytes, WorkProgress.NONE);
    }

    static ImportFile open(Path file, Duration idleLimit, long maxBytes, WorkProgress progress) throws ExchangeException {
        String name = name(file);
        BasicFileAttributes attributes = check(file);
        // standard input as a path is always read once: on macOS /dev/stdin of a redirected file is that file, but
        // its read position is shared with every other opening, so a second read would start at its end
        boolean standardInput = file.toString().equals("/dev/stdin") || file.toString().startsWith("/dev/fd/");
        if (attributes.isRegularFile() && !standardInput) {
            return new ImportFile(file, name, false);
        }
        if (!attributes.isRegularFile() && !streamable(file)) {
            throw new ExchangeException(Notice.of("import.notAFile", name));
        }
        return new ImportFile(copyOf(() -> Files.newInputStream(file), file, name, idleLimit, maxBytes, progress),
                name, true);
    }

    /**
     * Standard input ({@code studypath import -}), read once into a private copy. It is given longer than a named
     * file to start (a decryption may be asking for its passphrase first), but no longer than that.
     */
    public static ImportFile standardInput(InputStream in) throws ExchangeException {
        return new ImportFile(copyOf(() -> in, null, "stdin", STDIN_IDLE_LIMIT, MAX_BYTES, WorkProgress.NONE),
                "stdin", true);
    }

    /** How long standard input may send nothing. */
    static final Duration STDIN_IDLE_LIMIT = Duration.ofSeconds(60);

    /** Opens the stream to copy. */
    private interface Source {
        InputStream open() throws IOException;
    }

    /**
     * What {@code file} is, once it is known to exist, not to be a folder, and to be readable; each of those
     * failing has its own sentence. Opens nothing.
     */
    static BasicFileAttributes check(Path file) throws ExchangeException {
        String name = name(file);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ExchangeException(Notice.of(Files.isSymbolicLink(file) ? "import.brokenLink" : "import.missing", file));
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("import.cannotRead", name, Notice.reasonOf(e)), e);
        }
        if (attributes.isDirectory()) {
            throw new ExchangeException(Notice.of("import.isFolder", file));
        }
        if (!Files.isReadable(file)) {
            throw new ExchangeException(Notice.of("import.permissionDenied", file));
        }
        return attributes;
    }

    /**
     * The checks of {@link #check}, and that {@code file} is a regular file: a pipe or a device is never opened by
     * the imports, where reading it could block or find it empty the second time ({@link #open} copies one).
     */
    static void requireRegular(Path file) throws ExchangeException {
        if (!check(file).isRegularFile()) {
            throw new ExchangeException(Notice.of("import.notRegular", name(file)));
        }
    }

    /** Named pipes and character devices (a terminal, {@code /dev/stdin}) are read as streams; nothing else is. */
    private static boolean streamable(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            int kind = mode & 0170000;
            return kind == 0010000 /* FIFO */ || kind == 0020000 /* character device */;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // no unix attributes (Windows): an "other" file there is a device such as CON, read as a stream
            return true;
        }
    }

    /** Reads the stream into a private temporary file, on a thread of its own, within the limits. */
    private static Path copyOf(Source source, Path file, String name, Duration idleLimit, long maxBytes,
                               WorkProgress progress) throws ExchangeException {
        Path temp;
        Path folder = null;
        try {
            // a private folder (rwx------) holding the copy under the file's own name, which messages then show
            folder = Files.createTempDirectory("studypath-import-");
            temp = folder.resolve(name);
            Files.createFile(temp);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            if (folder != null) {
                deleteQuietly(folder.resolve("-"));
            }
            throw new ExchangeException(Notice.of("import.cannotCopy", name, Notice.reasonOf(e)), e);
        }
        Copy copy = new Copy(source, file, temp, maxBytes);
        Thread reader = new Thread(copy, "studypath-import-copy");
        reader.setDaemon(true);
        reader.start();
        long idleNanos = idleLimit.toNanos();
        long seen = -1;
        long quietSince = System.nanoTime();
        try {
            while (true) {
                reader.join(Math.max(1, Math.min(100, idleLimit.toMillis())));
                if (!reader.isAlive()) {
                    break;
                }
                if (progress.cancelled()) {
                    copy.giveUp(reader);
                    deleteQuietly(temp);
                    throw new ExchangeException(Notice.of("import.cancelled"));
                }
                long now = System.nanoTime();
                long read = copy.bytes.get();
                if (read != seen) {
                    seen = read;
                    quietSince = now;
                } else if (now - quietSince >= idleNanos) {
                    copy.giveUp(reader);
                    deleteQuietly(temp);
                    throw new ExchangeException(Notice.of("import.nothingArrives", name, idleLimit.toSeconds()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            copy.giveUp(reader);
            deleteQuietly(temp);
            throw new ExchangeException(Notice.of("import.cancelled"), e);
        }
        if (copy.failure != null) {
            deleteQuietly(temp);
            if (copy.failure instanceof NotJson) {
                throw new ExchangeException(Notice.of("import.streamNotJson", name));
            }
            if (copy.failure instanceof TooBig) {
                throw new ExchangeException(Notice.of("import.streamTooBig", name, maxBytes / (1024 * 1024)));
            }
            if (copy.failure instanceof AccessDeniedException) {
                throw new ExchangeException(Notice.of("import.permissionDenied", file), copy.failure);
            }
            throw new ExchangeException(Notice.of("import.cannotRead", name, Notice.reasonOf(copy.failure)), copy.failure);
        }
        return temp;
    }

    /** The reading thread's work: the copy, and how far it got. */
    private static final class Copy implements Runnable {
        private final Source source;
        /** The named file being read, or null for a stream without one. */
        private final Path from;
        private final Path to;
        private final long maxBytes;
        final AtomicLong bytes = new AtomicLong();
        private volatile boolean opened;
        /** Whether a JSON object has begun; until then only white space and byte order marks may come. */
        private boolean json;
        private volatile boolean abandoned;
        volatile IOException failure;

        Copy(Source source, Path from, Path to, long maxBytes) {
            this.source = source;
            this.from = from;
            this.to = to;
            this.maxBytes = maxBytes;
        }

        @Override
        public void run() {
            try (InputStream in = source.open();
                 OutputStream out = Files.newOutputStream(to, StandardOpenOption.WRITE)) {
                opened = true;
                byte[] buffer = new byte[64 * 1024];
                int n;
                while (!abandoned && (n = in.read(buffer)) >= 0) {
                    long total = bytes.addAndGet(n);
                    if (total > maxBytes) {
                        throw new TooBig();
                    }
                    if (!json) {
                        json = startsLikeJson(buffer, n, total);
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                failure = e;
            } catch (RuntimeException | Error e) {
                // never a partial copy taken for a whole one
                failure = new IOException("the copy stopped", e);
            }
        }

        /**
         * Whether the stream so far starts as a JSON object: white space, NULs and byte-order-mark bytes (UTF-8, or
         * UTF-16 and UTF-32, which the JSON reader decodes too) and then "{". Anything else stops the copy at once, so
         * {@code /dev/urandom} is not copied to the size limit; neither is {@code /dev/zero}, past {@link #SNIFF}.
         */
        static boolean startsLikeJson(byte[] chunk, int length, long total) throws NotJson {
            for (int i = 0; i < length; i++) {
                int b = chunk[i] & 0xFF;
                if (b == '{') {
                    return true;
                }
                boolean filler = b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0 || b == 0xEF || b == 0xBB
                        || b == 0xBF || b == 0xFE || b == 0xFF;
                if (!filler) {
                    throw new NotJson();
                }
            }
            if (total > SNIFF) {
                throw new NotJson();
            }
            return false;
        }

        /** How far into a stream its JSON object must have begun. */
        static final long SNIFF = 64 * 1024;

        /**
         * Stops the read. A thread blocked in reading is woken by its interrupt (the JDK's file channels close on
         * it). One still opening a named pipe that no one writes to is blocked inside the system's {@code open},
         * which nothing interrupts: opening the pipe for writing, on a throwaway thread, lets that open return, and
         * closing it again ends the stream at once.
         */
        void giveUp(Thread reader) {
            abandoned = true;
            reader.interrupt();
            if (!opened && from != null) {
                Thread unblock = new Thread(() -> {
                    try (OutputStream ignored = Files.newOutputStream(from, StandardOpenOption.WRITE)) {
                        // opening is all it takes
                    } catch (IOException | RuntimeException e) {
                        // not a pipe, or no longer there: nothing is waiting on it
                    }
                }, "studypath-import-unblock");
                unblock.setDaemon(true);
                unblock.start();
            }
        }
    }

    /** More arrived than any import can be. */
    private static final class TooBig extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** What arrived does not start as JSON. */
    private static final class NotJson extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** The name of {@code file} for a message: its last part, or the whole path when it has none. */
    static String name(Path file) {
        Path fileName = file.getFileName();
        return fileName == null ? file.toString() : fileName.toString();
    }

    /** Deletes the copy and its private folder. */
    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            // a temporary file left behind is removed by the system's own cleaning
        }
    }

    /** Deletes the private copy of a stream; a regular file is left alone. */
    @Override
    public void close() {
        if (copy) {
            deleteQuietly(path);
        }
    }
}
