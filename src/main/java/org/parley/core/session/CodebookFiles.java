package org.parley.core.session;

import java.nio.file.Path;
import org.parley.core.backup.AutomaticBackups;
import org.parley.core.backup.BackupKind;
import org.parley.core.codebook.CodebookFile;
import org.parley.core.model.Codebook;
import org.parley.core.store.CodebookStore;

/** File > Import codebook… / Export codebook…, as jobs. */
public final class CodebookFiles {
    private CodebookFiles() {
    }

    /**
     * Merges the codebook in {@code file} into the corpus (matched by uuid, then name; nothing removed), after an
     * automatic backup ({@link Backups#afterBackup}); {@code watcher} gets the codebook as it now is.
     */
    public static RunningJob importFrom(OpenCorpus open, AutomaticBackups backups, Path file, String coder,
            JobWatcher<Codebook> watcher) {
        return Backups.afterBackup(open, backups, BackupKind.BEFORE_CODEBOOK_IMPORT, "import codebook",
                (corpus, control) -> new CodebookStore(corpus).merge(CodebookFile.read(file), coder), watcher);
    }

    /** Writes the codebook JSON to {@code file}, never over the corpus or any other (refused with the reason). */
    public static RunningJob exportTo(OpenCorpus open, Path file, JobWatcher<Path> watcher) {
        return open.startJob("export codebook", (corpus, control) -> {
            CodebookFile.write(new CodebookStore(corpus).load(), file, corpus.file());
            return file;
        }, watcher);
    }
}
