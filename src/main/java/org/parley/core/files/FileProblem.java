package org.parley.core.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** A failed file operation in a few words, without Java's exception names, for the one line a user reads. */
public final class FileProblem {
    private FileProblem() {
    }

    public static String of(Throwable e) {
        if (e instanceof AccessDeniedException a) {
            if (a.getFile() == null) {
                return "permission denied";
            }
            Path p = Path.of(a.getFile());
            String what = Files.isDirectory(p) ? "write in " : Files.exists(p) ? "write " : "create ";
            return "permission denied: Parley may not " + what + p;
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT) + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        if (e instanceof IOException && e.getMessage() == null) {
            return "could not write (" + e.getClass().getSimpleName() + ")";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /**
     * True when the file system refused the place the user chose (no permission, a read-only disk, a path
     * that is not there): the user's to fix, not a fault in Parley.
     */
    public static boolean isThePlace(Throwable e) {
        return e instanceof FileSystemException;
    }

    /**
     * A failure to make something in {@code folder} (a staged file or folder), said of the folder, so the
     * user never reads the hidden name.
     */
    public static IOException inFolder(FileSystemException e, Path folder) {
        if (e instanceof AccessDeniedException) {
            return new AccessDeniedException(folder.toString());
        }
        return new FileSystemException(folder.toString(), null, e.getReason() == null ? FileProblem.of(e) : e.getReason());
    }
}
