package org.studypath.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalInt;
import org.studypath.store.StoreErrors;

/**
 * Makes one StudyPath at a time the owner of a data folder, and remembers whether the last owner closed cleanly.
 * The file {@code studypath.lock} says "running" while a StudyPath has the folder and "closed" after it closed it;
 * finding "running" when taking the lock means the last one was killed or crashed. The operating system drops the
 * lock when a process dies, so a crash never leaves the folder locked. The lock covers a byte far past the end of the
 * file, so other processes can still read which port the running window listens on.
 */
public final class InstanceLock implements AutoCloseable {
    public static final String FILE_NAME = "studypath.lock";
    private static final String RUNNING = "running";
    private static final String CLOSED = "closed";

    private final FileChannel channel;
    private final FileLock lock;
    private final boolean uncleanShutdown;

    private InstanceLock(FileChannel channel, FileLock lock, boolean uncleanShutdown) {
        this.channel = channel;
        this.lock = lock;
        this.uncleanShutdown = uncleanShutdown;
    }

    /**
     * Takes the data folder, creating it if needed.
     *
     * @throws AlreadyRunningException when another StudyPath has it
     * @throws DataFolderException when the folder cannot be created or written
     */
    public static InstanceLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(Long.MAX_VALUE - 1, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // this very process has it
            }
            if (lock == null) {
                channel.close();
                throw new AlreadyRunningException(dataDir, port(dataDir));
            }
            String before = read(channel);
            InstanceLock instance = new InstanceLock(channel, lock, before.startsWith(RUNNING));
            instance.write(RUNNING + "\n");
            return instance;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DataFolderException(StoreErrors.folder("folder.cannotWrite", dataDir, e), e);
        }
    }

    /** Whether the StudyPath that had the folder before did not close it (killed, crashed, power lost). */
    public boolean uncleanShutdown() {
        return uncleanShutdown;
    }

    /** Tells later launches which local port the running window listens on to be brought to the front. */
    public void publishPort(int port) {
        try {
            write(RUNNING + "\nport=" + port + "\n");
        } catch (IOException e) {
            // without the port a second launch only says that StudyPath is running
        }
    }

    /** The port the StudyPath that has the folder listens on, when it published one. */
    static OptionalInt port(Path dataDir) {
        try {
            for (String line : Files.readAllLines(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
                if (line.startsWith("port=")) {
                    return OptionalInt.of(Integer.parseInt(line.substring(5).strip()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable or half written: no port
        }
        return OptionalInt.empty();
    }

    private void write(String text) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(256);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    /** Marks the folder as closed cleanly and lets the next StudyPath have it. */
    @Override
    public void close() {
        try {
            if (channel.isOpen()) {
                write(CLOSED + "\n");
                lock.release();
            }
        } catch (IOException e) {
            // the next start will run the integrity check: safe
        } finally {
            closeQuietly(channel);
        }
    }

    /** Lets the folder go without marking it closed, as after a failed start. */
    void abandon() {
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
