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

    /** None taken and none listed (a window in a test that does not look at them). */
    public static AutomaticBackups none() {
        return new AutomaticBackups(null, null, Clock.systemDefaultZone());
    }

    /** Whether backups are taken: there is a folder for them and the settings do not turn them off. */
    public boolean on() {
        return backupsFolder != null && settings.automaticBackups();
    }

    /**
     * The shelf of one corpus (the settings are read at each call, so a change applies to the next backup); empty
     * for {@link #none}. Listed even when taking backups is turned off, so the ones kept can still be restored.
     */
    public java.util.Optional<BackupShelf> shelf(Path corpus) {
        return backupsFolder == null ? java.util.Optional.empty()
                : java.util.Optional.of(BackupShelf.of(backupsFolder, corpus, clock, Rotation.from(settings)));
    }

    public Clock clock() {
        return clock;
    }
}
