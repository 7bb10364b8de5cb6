package org.parley.core.export.job;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.parley.core.files.FileProblem;
import org.parley.core.files.OutputTarget;

/**
 * A hidden folder beside an export's target that the export is written into, then moved into place
 * entry by entry once it succeeded, or deleted when it failed or was cancelled, so the target never
 * holds half an export. Being beside the target keeps it on the same disk, so the moves are renames.
 * Every entry is checked before the first move: a staged file lands only on nothing or a regular file,
 * a staged folder replaces only a folder of such files ({@link OutputTarget}).
 */
final class Staging {
    private final Path folder;
    /** Where the export inside the staging folder goes: the target's own name. */
    private final Path staged;
    private final Path out;
    private final Path openCorpus;

    private Staging(Path folder, Path out, Path openCorpus) {
        this.folder = folder;
        this.out = out;
        this.openCorpus = openCorpus;
        this.staged = folder.resolve(out.getFileName().toString());
    }

    /**
     * A staging folder beside {@code out}, a path {@link OutputTarget#check} returned (so links are followed
     * and the folder is beside the real target). A folder that refuses it is named, never the hidden name.
     */
    static Staging beside(Path out, Path openCorpus) throws IOException {
        Path parent = out.getParent();
        try {
            return new Staging(Files.createTempDirectory(parent, "." + out.getFileName() + ".exporting-"), out, openCorpus);
        } catch (FileSystemException e) {
            throw FileProblem.inFolder(e, parent);
        }
    }

    /** The path to hand the exporter instead of the target. */
    Path staged() {
        return staged;
    }

    /** A path or message about the staged export, said of the target instead. */
    String translate(String text) {
        return text == null ? null : text.replace(staged.toString(), out.toString()).replace(folder.toString(), out.getParent().toString());
    }

    /**
     * Moves the export into place. A folder export becomes the target folder when that is new or empty;
     * else its entries replace the entries of the same name in it. A file export's files (the file and
     * any companion, such as CoNLL's dropped list) replace those of the same name beside the target.
     */
    void commit(boolean folderExport) throws IOException {
        if (folderExport) {
            if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS) && isEmpty(out)) {
                Files.delete(out);
            }
            if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                move(staged, out);
            } else {
                moveEntries(staged, out);
                Files.delete(staged);
            }
        } else {
            moveEntries(folder, out.getParent());
        }
        Files.delete(folder);
    }

    /** Deletes whatever the export wrote; never fails (the export's own failure is the one to report). */
    void discard() {
        try {
            deleteTree(folder);
        } catch (IOException e) {
            System.getLogger(Staging.class.getName()).log(System.Logger.Level.WARNING, "could not remove " + folder, e);
        }
    }

    private void moveEntries(Path from, Path to) throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(from)) {
            entries = s.toList();
        }
        for (Path e : entries) { // all checked before the first move, so a refusal leaves the target as it was
            Path target = to.resolve(e.getFileName().toString());
            if (Files.isDirectory(e)) {
                OutputTarget.checkReplaceableFolder(target, openCorpus);
            } else {
                OutputTarget.checkReplaceable(target, openCorpus);
            }
        }
        for (Path e : entries) {
            Path target = to.resolve(e.getFileName().toString());
            if (Files.isDirectory(e)) {
                OutputTarget.checkReplaceableFolder(target, openCorpus);
                deleteTree(target); // a part folder (train/, dev/, test/) of an earlier export
                move(e, target);
            } else {
                OutputTarget.land(e, target, openCorpus);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
