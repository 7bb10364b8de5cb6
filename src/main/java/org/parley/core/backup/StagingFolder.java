package org.parley.core.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A hidden folder beside a target that a copy of a corpus is written into (with whatever SQLite writes beside it,
 * such as a {@code -journal}) before it is moved into place; removed with everything in it when done or failed.
 * Beside the target, so the move is a rename on the same disk.
 */
final class StagingFolder implements AutoCloseable {
    private final Path folder;
    private final Path staged;

    private StagingFolder(Path folder, Path staged) {
        this.folder = folder;
        this.staged = staged;
    }

    static StagingFolder beside(Path target, String doing) throws IOException {
        Path folder = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "." + doing + "-");
        return new StagingFolder(folder, folder.resolve(target.getFileName()));
    }

    /** Where the copy is written: the target's own name inside the folder. */
    Path staged() {
        return staged;
    }

    /** Deletes the folder and whatever is still in it; never fails (the work's own failure is the one to tell). */
    @Override
    public void close() {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.getLogger(StagingFolder.class.getName()).log(System.Logger.Level.WARNING, "could not remove " + folder, e);
        }
    }

    /** One line for a failure of the file system or SQLite, said in the user's words where we know them. */
    static String reason(Throwable e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_FULL") || m.contains("disk is full") || m.contains("No space left")) {
            return "the disk is full";
        }
        if (e instanceof java.nio.file.AccessDeniedException || m.contains("Permission denied") || m.contains("SQLITE_READONLY")) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder: " + m;
        }
        return m.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
    }
}
