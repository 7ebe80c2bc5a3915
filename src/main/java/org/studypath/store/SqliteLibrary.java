package org.studypath.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * A lasting copy of the SQLite driver's native library. Left to itself, the driver writes its library from the jar
 * into the temporary folder under a new name at every start, reads both back to compare them, and loads it, all on the
 * path of a cold start. Given a cache folder, this keeps one copy there, named after the jar entry's checksum, and
 * tells the driver to load that copy ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}, the driver's own
 * settings). The copy is checked against the jar entry's CRC-32 at every start and written again (to a new file, then
 * moved into place) when it differs; when anything goes wrong, or the driver was configured already, nothing is set
 * and the driver does what it always does. A copy the driver cannot load also leaves it to its own extraction.
 */
public final class SqliteLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteLibrary() {
    }

    /**
     * Points the driver at a checked copy of its library in {@code cacheFolder} (made when missing or different).
     * Call it before the first connection; returns the copy used, or empty when the driver is left as it is.
     */
    public static Optional<Path> useCopyIn(Path cacheFolder) {
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
            return Optional.empty(); // chosen on the command line, or by an earlier call
        }
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            URL resource = SqliteLibrary.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
            if (resource == null) {
                return Optional.empty();
            }
            URLConnection connection = resource.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return Optional.empty(); // not packaged in a jar (a development class path): nothing to save
            }
            connection.setUseCaches(false); // its own instance of the jar (sharing the parsed index), closed below
            try (JarFile jarFile = jar.getJarFile()) {
                JarEntry entry = jar.getJarEntry();
                long crc = entry.getCrc();
                if (crc < 0) {
                    return Optional.empty();
                }
                Path folder = cacheFolder.resolve("sqlite-" + Long.toHexString(crc));
                Path copy = folder.resolve(name);
                if (!Files.isRegularFile(copy) || checksum(copy) != crc) {
                    Files.createDirectories(folder);
                    Path partial = Files.createTempFile(folder, name, ".part");
                    try (InputStream in = jarFile.getInputStream(entry)) {
                        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                        if (checksum(partial) != crc) {
                            return Optional.empty();
                        }
                        Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(partial);
                    }
                }
                System.setProperty(PATH_PROPERTY, folder.toString());
                System.setProperty(NAME_PROPERTY, name);
                return Optional.of(copy);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            return Optional.empty(); // the driver extracts its library as usual
        }
    }

    static long checksum(Path file) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(file));
        return crc.getValue();
    }
}
