package org.parley.core.ingest.qdpx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A .qdpx read defensively: every entry name is checked before anything is read (none may leave the
 * project folder), and entries are read into memory with limits on the total size and on the
 * compression ratio, so a zip bomb is refused after a few megabytes rather than filling memory or disk.
 * Nothing is ever extracted to disk.
 */
final class QdpxArchive implements AutoCloseable {
    /** More text than any QDA project holds; a larger total is refused. */
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    /** Text and XML compress 3 to 30 times; beyond this ratio (past the first megabyte) it is a bomb. */
    static final long MAX_RATIO = 200;
    static final int MAX_ENTRIES = 100_000;

    private final ZipFile zip;
    private long total;

    QdpxArchive(Path file) throws ProjectRefused {
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ProjectRefused("not a readable zip archive, so not a REFI-QDA project (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ProjectRefused("cannot read: " + e.getMessage(), e);
        }
        try {
            check();
        } catch (ProjectRefused e) {
            close();
            throw e;
        }
    }

    private void check() throws ProjectRefused {
        if (zip.size() > MAX_ENTRIES) {
            throw new ProjectRefused("the archive has " + zip.size() + " entries, more than a project holds (limit "
                    + MAX_ENTRIES + ")");
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (escapes(name)) {
                throw new ProjectRefused("entry '" + name + "' would land outside the project folder (a zip-slip path): refused");
            }
        }
    }

    static boolean escapes(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    boolean has(String name) {
        ZipEntry e = zip.getEntry(name);
        return e != null && !e.isDirectory();
    }

    /** The bytes of one entry, within the limits. */
    byte[] read(String name) throws ProjectRefused {
        ZipEntry e = zip.getEntry(name);
        if (e == null || e.isDirectory()) {
            throw new ProjectRefused("the archive has no " + name);
        }
        if (e.getSize() > MAX_TOTAL_BYTES - total) {
            throw bomb(name);
        }
        long compressed = Math.max(e.getCompressedSize(), 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long read = 0;
        try (InputStream in = zip.getInputStream(e)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                read += n;
                total += n;
                // the declared sizes may lie, so the counts that matter are of the bytes actually inflated
                if (total > MAX_TOTAL_BYTES || (read > 1024 * 1024 && read / compressed > MAX_RATIO)) {
                    throw bomb(name);
                }
                out.write(buf, 0, n);
            }
        } catch (ZipException ex) {
            throw new ProjectRefused("entry " + name + " is damaged (" + ex.getMessage() + ")");
        } catch (IOException ex) {
            throw new ProjectRefused("cannot read entry " + name + ": " + ex.getMessage(), ex);
        }
        return out.toByteArray();
    }

    private static ProjectRefused bomb(String name) {
        return new ProjectRefused("entry " + name + " unpacks to far more than it holds (a zip bomb?): refused after "
                + "reading at most " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read-only; nothing to lose
        }
    }
}
