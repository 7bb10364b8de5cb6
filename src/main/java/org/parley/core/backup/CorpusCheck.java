package org.parley.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.core.store.Corpus;
import org.parley.core.store.StorageException;

/**
 * Whether a file is a whole Parley corpus: SQLite's header with Parley's {@code application_id}, readable by this
 * Parley (not from a newer one), and {@code PRAGMA integrity_check} says ok. Used on a staged copy, which it may
 * bring up to this Parley's schema; never on a file the user named and expects unchanged.
 */
final class CorpusCheck {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int APPLICATION_ID_OFFSET = 68;

    private CorpusCheck() {
    }

    /** The {@code application_id} in the file's header, or empty when the file is no SQLite database. */
    static java.util.OptionalInt applicationId(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(100);
        }
        if (head.length < 100 || !Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(ByteBuffer.wrap(head, APPLICATION_ID_OFFSET, 4).getInt());
    }

    /**
     * Checks {@code staged}; failures name {@code shownAs}, the file the user knows.
     *
     * @throws BackupFailedException when it is not a whole Parley corpus
     */
    static void check(Path staged, Path shownAs) {
        try {
            if (applicationId(staged).orElse(0) != Corpus.APPLICATION_ID) {
                throw new BackupFailedException(shownAs + " is not a Parley corpus");
            }
        } catch (IOException e) {
            throw new BackupFailedException("cannot read " + shownAs + ": " + e.getMessage(), e);
        }
        List<String> problems;
        try (Corpus corpus = Corpus.open(staged)) {
            problems = corpus.read("check " + shownAs, c -> {
                List<String> found = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check(3)")) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
                return found;
            });
        } catch (StorageException e) {
            throw new BackupFailedException(shownAs + " is not a whole Parley corpus: "
                    + String.valueOf(e.getMessage()).replace(staged.toString(), shownAs.toString()), e);
        }
        if (!problems.equals(List.of("ok"))) {
            throw new BackupFailedException(shownAs + " is damaged (SQLite's integrity check: " + String.join("; ", problems).replace('\n', ' ') + ")");
        }
    }
}
