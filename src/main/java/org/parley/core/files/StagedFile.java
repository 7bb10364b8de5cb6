package org.parley.core.files;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * One output file written under a hidden name beside its target and moved onto it once whole
 * ({@link OutputTarget#land}), so a failure leaves the target as it was and no partial file anywhere.
 */
public final class StagedFile {
    /** Writes the whole output to {@code staged}. */
    @FunctionalInterface
    public interface Writing {
        void to(Path staged) throws IOException;
    }

    private StagedFile() {
    }

    /**
     * Writes {@code target} (a path {@link OutputTarget#check} returned) through a staged file beside it.
     *
     * @throws IOException naming the target's folder, never the hidden file, when the folder refuses it
     */
    public static void write(Path target, Path openCorpus, Writing writing) throws IOException {
        Path folder = target.getParent();
        Path staged = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".writing");
        try {
            Files.createFile(staged); // with the folder's usual permissions, unlike a temp file's owner-only ones
        } catch (FileSystemException e) {
            throw FileProblem.inFolder(e, folder);
        }
        try {
            writing.to(staged);
            OutputTarget.land(staged, target, openCorpus);
        } finally {
            Files.deleteIfExists(staged);
        }
    }
}
