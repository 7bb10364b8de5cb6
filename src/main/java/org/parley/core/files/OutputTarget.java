package org.parley.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The one check every writer (export, exchange, codebook export, backup) makes before it writes, and the one
 * way a staged output is moved into place. A writer never replaces a corpus (the open one, its {@code -wal},
 * {@code -shm} or {@code -journal}, or any SQLite or {@code .parley} file), never writes a device, pipe or
 * socket, and writes through a symbolic link to the file it names, as {@code cp} does, leaving the link a link.
 */
public final class OutputTarget {
    /** What the writer makes at the target. */
    public enum Shape { FILE, FOLDER }

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String[] CORPUS_SIDE_FILES = {"-wal", "-shm", "-journal"};
    private static final int MAX_LINKS = 40;

    private OutputTarget() {
    }

    /**
     * Checks that {@code out} may receive a writer's output and returns the path to write: absolute, with
     * symbolic links followed. {@code openCorpus} is the corpus being read (or null).
     *
     * @throws OutputRefusedException with one line naming the target and the problem
     */
    public static Path check(Path out, Shape shape, Path openCorpus) {
        return check(out, shape, "this", openCorpus);
    }

    /**
     * {@link #check(Path, Shape, Path)}, saying what writes ({@code what}: "CSV", "the codebook") when the
     * target has the wrong shape.
     */
    public static Path check(Path out, Shape shape, String what, Path openCorpus) {
        if (out == null || out.toString().isBlank()) {
            throw new OutputRefusedException("choose where to write the output");
        }
        Path target = followLinks(out.toAbsolutePath().normalize(), out);
        refuseCorpusNames(target, openCorpus, out);
        BasicFileAttributes a = attributes(target);
        if (a != null) {
            if (a.isOther()) {
                throw new OutputRefusedException(out + " is not a regular file (a device, pipe or socket): Parley writes only files and folders");
            }
            if (shape == Shape.FILE && a.isDirectory()) {
                throw new OutputRefusedException(out + " is a folder: " + what + " writes one file; type a file name after it");
            }
            if (shape == Shape.FOLDER && a.isRegularFile()) {
                throw new OutputRefusedException(out + " is a file: " + what + " writes a folder");
            }
            if (a.isRegularFile()) {
                refuseDatabase(target, out);
            }
        }
        Path parent = target.getParent();
        if (shape == Shape.FILE && (parent == null || !Files.isDirectory(parent))) {
            throw new OutputRefusedException(out + ": there is no folder " + parent + " to write it in");
        }
        return target;
    }

    /**
     * Whether an existing entry inside a target folder may be replaced by one of the same name (a folder
     * export's {@code train.jsonl}, say): only nothing or a regular file that is no corpus.
     */
    public static void checkReplaceable(Path existing, Path openCorpus) {
        refuseCorpusNames(existing, openCorpus, existing);
        BasicFileAttributes a = attributes(existing);
        if (a == null) {
            return;
        }
        if (a.isDirectory()) {
            throw new OutputRefusedException(existing + " is a folder: Parley will not replace it with a file");
        }
        if (!a.isRegularFile()) {
            throw new OutputRefusedException(existing + " is not a regular file (a link, device or pipe): Parley will not replace it");
        }
        refuseDatabase(existing, existing);
    }

    /**
     * Whether a folder inside a target folder may be replaced whole by a new one of the same name (a split's
     * {@code train/} from an earlier export): only when it holds nothing but folders and regular files that
     * {@link #checkReplaceable} allows, so a replaced folder never takes a corpus, a link or a device with it.
     */
    public static void checkReplaceableFolder(Path folder, Path openCorpus) throws IOException {
        BasicFileAttributes a = attributes(folder);
        if (a == null) {
            return;
        }
        if (!a.isDirectory()) {
            checkReplaceable(folder, openCorpus);
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) { // links are not followed, so a linked folder is refused, not entered
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        checkReplaceable(p, openCorpus);
                    } catch (OutputRefusedException e) {
                        throw new OutputRefusedException(folder + " would be replaced, but it holds what Parley did not write: "
                                + e.getMessage());
                    }
                }
            }
        }
    }

    /**
     * Moves a finished, staged file onto {@code target} (a path {@link #check} returned), as one rename where
     * the file system allows. The target must be nothing or a regular file that is no corpus; it is checked
     * again here, just before the move, so nothing else is ever replaced.
     */
    public static void land(Path staged, Path target, Path openCorpus) throws IOException {
        checkReplaceable(target, openCorpus);
        try {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path followLinks(Path p, Path asTyped) {
        Path current = p;
        for (int i = 0; i < MAX_LINKS; i++) {
            if (!Files.isSymbolicLink(current)) {
                return current;
            }
            try {
                Path link = Files.readSymbolicLink(current);
                Path parent = current.getParent();
                current = (parent == null ? link : parent.resolve(link)).toAbsolutePath().normalize();
            } catch (IOException e) {
                throw new OutputRefusedException(asTyped + ": cannot follow the link (" + e.getMessage() + ")");
            }
        }
        throw new OutputRefusedException(asTyped + ": too many levels of symbolic links");
    }

    private static void refuseCorpusNames(Path target, Path openCorpus, Path asTyped) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        if (openCorpus != null) {
            Path corpus = openCorpus.toAbsolutePath().normalize();
            try {
                corpus = corpus.toRealPath();
            } catch (IOException e) {
                // a corpus that cannot be resolved is compared as written
            }
            if (target.equals(corpus) || isSameFile(target, corpus)) {
                throw new OutputRefusedException(asTyped + " is the open corpus: Parley never writes over it; choose another name");
            }
            for (String side : CORPUS_SIDE_FILES) {
                if (target.equals(corpus.resolveSibling(corpus.getFileName() + side))) {
                    throw new OutputRefusedException(asTyped + " belongs to the open corpus: Parley never writes over it; choose another name");
                }
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && (lower.endsWith(".parley") || lower.endsWith(".parley-wal") || lower.endsWith(".parley-shm")
                || lower.endsWith(".parley-journal"))) {
            throw new OutputRefusedException(asTyped + " is a Parley corpus file: Parley never writes over one; choose another name");
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static void refuseDatabase(Path file, Path asTyped) {
        try (InputStream in = Files.newInputStream(file)) {
            if (Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC)) {
                throw new OutputRefusedException(asTyped + " is an SQLite database (perhaps a corpus): Parley never writes over one; choose another name");
            }
        } catch (IOException e) {
            // unreadable: the write itself will say why it fails
        }
    }

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new OutputRefusedException(p + ": cannot be examined (" + e.getMessage() + ")");
        }
    }
}
