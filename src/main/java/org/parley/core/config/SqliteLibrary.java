package org.parley.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, extracted once into Parley's cache folder and loaded from there. Left to itself
 * the driver extracts a fresh ~1 MB copy into the temporary folder at every start, which a killed process
 * never removes, and each start deletes other processes' leftovers there, so two starting together print
 * "Failed to delete old native lib". Its file name carries the driver's version (an upgrade extracts again)
 * and does not start with {@code sqlite-<version>}, the driver's own leftover pattern, which its clean-up
 * deletes in the folder it is told to extract to ({@code org.sqlite.tmpdir}, here the same cache folder).
 * Concurrent first starts each write a temporary file and rename it into place whole.
 */
public final class SqliteLibrary {
    private SqliteLibrary() {
    }

    /**
     * Points the SQLite driver at its library in {@code cacheFolder}, extracting it first when it is not there.
     * Call before any JDBC use. When the folder cannot be written, changes nothing (the driver's default applies).
     */
    public static void useFrom(Path cacheFolder) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return; // set by whoever started us: theirs wins
        }
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        Path folder = cacheFolder.resolve("native");
        Path library = folder.resolve(fileName(SQLiteJDBCLoader.getVersion(), LibraryLoaderUtil.getNativeLibName(),
                LibraryLoaderUtil.getNativeLibResourcePath()));
        try {
            extract(resource, library);
        } catch (IOException | RuntimeException e) {
            return;
        }
        System.setProperty("org.sqlite.lib.path", folder.toString());
        System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
        System.setProperty("org.sqlite.tmpdir", folder.toString());
    }

    /** {@code parley-sqlitejdbc-3.54.1.0-Linux-x86_64.so}: version and platform in the name, never the driver's prefix. */
    static String fileName(String version, String libName, String resourcePath) {
        String platform = resourcePath.replaceFirst("^/?org/sqlite/native/?", "").replace('/', '-');
        int dot = libName.lastIndexOf('.');
        String base = dot < 0 ? libName : libName.substring(0, dot);
        String ending = dot < 0 ? "" : libName.substring(dot);
        return "parley-" + base.replaceFirst("^lib", "") + "-" + version + (platform.isEmpty() ? "" : "-" + platform) + ending;
    }

    static void extract(String resource, Path library) throws IOException {
        long size = resourceSize(resource);
        if (Files.isRegularFile(library) && Files.size(library) == size) {
            return;
        }
        Files.createDirectories(library.getParent());
        Path tmp = Files.createTempFile(library.getParent(), library.getFileName().toString(), ".part");
        try {
            try (InputStream in = open(resource)) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.size(tmp) != size) {
                throw new IOException("short copy of " + resource);
            }
            tmp.toFile().setExecutable(true);
            try {
                Files.move(tmp, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, library, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // another start put it there first (Windows will not replace a library in use): that copy will do
                if (!(Files.isRegularFile(library) && Files.size(library) == size)) {
                    throw e;
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        removeOthers(library);
    }

    /**
     * Deletes other versions' libraries (an upgrade's leftovers) and parts an interrupted start left (over an hour
     * old, so never a part another start is writing). A library still loaded elsewhere stays where the system
     * will not delete it (Windows); Linux and macOS keep it for the process that has it.
     */
    private static void removeOthers(Path library) {
        java.time.Instant hourAgo = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
        try (java.util.stream.Stream<Path> files = Files.list(library.getParent())) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                boolean oldPart = name.endsWith(".part") && Files.getLastModifiedTime(p).toInstant().isBefore(hourAgo);
                boolean otherVersion = name.startsWith("parley-") && !name.endsWith(".part") && !p.equals(library);
                if (oldPart || otherVersion) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // in use: next time
                    }
                }
            }
        } catch (IOException e) {
            // tidying only
        }
    }

    /** The library's size from the jar's directory, so a start that finds it in place inflates nothing. */
    private static long resourceSize(String resource) throws IOException {
        java.net.URL url = SQLiteJDBCLoader.class.getResource(resource);
        if (url == null) {
            throw new IOException("no SQLite library for this platform at " + resource);
        }
        long size = url.openConnection().getContentLengthLong();
        if (size >= 0) {
            return size;
        }
        try (InputStream in = open(resource)) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("no SQLite library for this platform at " + resource);
        }
        return in;
    }
}
