package org.parley.core.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries a batch imports, in a stable order: the files named, and the files of the folders named
 * (walked recursively, hidden files skipped, links to files followed, links to folders not). An entry that
 * cannot be imported without opening it — a FIFO, socket or device (opening a FIFO waits for a writer
 * forever), a link to one, a dangling link, a folder that cannot be listed — is kept in its place with the
 * reason in {@link #refused}, so it becomes one failed entry of the summary and never stops the batch.
 */
public record FileList(List<Path> paths, Map<Path, String> refused) {
    public static final String NOT_REGULAR = "not a regular file (a pipe, socket or device cannot be imported)";

    public FileList {
        paths = List.copyOf(paths);
        refused = Map.copyOf(refused);
    }

    /** The paths that can be opened and read. */
    public List<Path> readable() {
        return paths.stream().filter(p -> !refused.containsKey(p)).toList();
    }

    public static FileList of(List<Path> given) {
        List<Path> out = new ArrayList<>();
        Map<Path, String> refused = new HashMap<>();
        for (Path p : given) {
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(p, BasicFileAttributes.class); // follows a link, as a user means it
            } catch (IOException e) {
                // missing or unreachable: the read says why, in the file's own words
                out.add(p);
                continue;
            }
            if (attrs.isDirectory()) {
                walk(p, out, refused);
            } else {
                out.add(p);
                if (!attrs.isRegularFile()) {
                    refused.put(p, NOT_REGULAR);
                }
            }
        }
        return new FileList(out, refused);
    }

    private static void walk(Path folder, List<Path> out, Map<Path, String> refused) {
        List<Path> found = new ArrayList<>();
        Map<Path, String> failed = new HashMap<>();
        try {
            // the walk's own attributes say what each entry is: no second look at the disk per file
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (f.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        found.add(f);
                    } else if (attrs.isSymbolicLink()) {
                        link(f);
                    } else if (attrs.isOther()) {
                        found.add(f);
                        failed.put(f, NOT_REGULAR);
                    }
                    return FileVisitResult.CONTINUE;
                }

                private void link(Path f) {
                    BasicFileAttributes target;
                    try {
                        target = Files.readAttributes(f, BasicFileAttributes.class);
                    } catch (IOException e) {
                        found.add(f);
                        failed.put(f, e instanceof NoSuchFileException ? "a broken link (its target does not exist)"
                                : "a link that cannot be followed (" + reason(e) + ")");
                        return;
                    }
                    if (target.isRegularFile() || target.isOther()) {
                        found.add(f);
                    }
                    if (target.isOther()) {
                        failed.put(f, NOT_REGULAR);
                    }
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    found.add(f);
                    failed.put(f, reason(e));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) { // listing stopped part way: what was found before stays
                        found.add(dir);
                        failed.put(dir, reason(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // the visitor continues past every failure; only the start folder itself can end here
            found.add(folder);
            failed.put(folder, reason(e));
        }
        found.sort(null);
        out.addAll(found);
        refused.putAll(failed);
    }

    /** One line, without the path the exception's own message repeats. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return "cannot read: " + (why == null ? e.getClass().getSimpleName() : why.toLowerCase(java.util.Locale.ROOT));
    }
}
