package org.parley.core.backup;

import java.nio.file.Path;
import java.time.Clock;
import org.parley.core.config.Settings;

/**
 * The app's automatic backups, as the settings say: on ({@value #AUTOMATIC}, default true), kept in
 * {@code backupsFolder} (the data folder's {@code backups}), rotated as {@link Rotation#from} reads.
 */
public final class AutomaticBackups {
    public static final String AUTOMATIC = "backup.automatic";

    private final Path backupsFolder;
    private final Settings settings;
    private final Clock clock;

    public AutomaticBackups(Path backupsFolder, Settings settings, Clock clock) {
        this.backupsFolder = backupsFolder;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean on() {
        return !settings.get(AUTOMATIC).map(String::strip).orElse("true").equalsIgnoreCase("false");
    }

    /** The shelf of one corpus (read at each call, so a changed setting applies to the next backup). */
    public BackupShelf shelf(Path corpus) {
        return BackupShelf.of(backupsFolder, corpus, clock, Rotation.from(settings));
    }

    public Clock clock() {
        return clock;
    }
}
