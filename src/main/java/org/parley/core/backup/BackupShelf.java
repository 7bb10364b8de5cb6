package org.parley.core.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.core.store.Corpus;

/**
 * The automatic backups of one corpus: a folder {@code <backups>/<corpus name>-<8 hex digits of its path's SHA-256>}
 * (two corpora of one name in different folders have different shelves) holding
 * {@code YYYYMMDDTHHMMSS.mmmZ-<kind>.parley} files (the time in UTC), rotated by a {@link Rotation} after each
 * backup taken. A {@code corpus.txt} in the folder names the corpus, for a person looking in.
 */
public final class BackupShelf {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("(\\d{8}T\\d{6}\\.\\d{3}Z)-([a-z-]+)\\.parley");

    private final Path folder;
    private final Path corpus;
    private final Clock clock;
    private final Rotation rotation;

    BackupShelf(Path folder, Path corpus, Clock clock, Rotation rotation) {
        this.folder = folder;
        this.corpus = corpus;
        this.clock = clock;
        this.rotation = rotation;
    }

    /** The shelf of {@code corpus} under {@code backupsFolder}. */
    public static BackupShelf of(Path backupsFolder, Path corpus, Clock clock, Rotation rotation) {
        Path abs = corpus.toAbsolutePath().normalize();
        return new BackupShelf(backupsFolder.resolve(folderName(abs)), abs, clock, rotation);
    }

    static String folderName(Path corpus) {
        String name = corpus.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".parley")) {
            name = name.substring(0, name.length() - ".parley".length());
        }
        name = name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (name.length() > 40) {
            name = name.substring(0, 40);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(corpus.toString().getBytes(StandardCharsets.UTF_8));
            return name + "-" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** The backups on the shelf, newest first; files of other names are not Parley's and are left alone. */
    public List<ShelvedBackup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ShelvedBackup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                BackupKind kind = m.matches() ? BackupKind.ofWord(m.group(2)) : null;
                if (kind != null && Files.isRegularFile(f)) {
                    try {
                        found.add(new ShelvedBackup(f, Instant.from(STAMP.parse(m.group(1))), kind, Files.size(f)));
                    } catch (DateTimeParseException | IOException e) {
                        // not one of ours after all, or gone meanwhile
                    }
                }
            }
        } catch (IOException e) {
            throw new BackupFailedException("cannot list the backups in " + folder + ": " + StagingFolder.reason(e), e);
        }
        found.sort(Comparator.comparing(ShelvedBackup::taken).reversed());
        return found;
    }

    /** Whether the day's backup was taken today (the clock's day). */
    public boolean hasOneToday() {
        LocalDate today = LocalDate.now(clock);
        return list().stream().anyMatch(b -> b.kind() == BackupKind.DAILY && b.taken().atZone(clock.getZone()).toLocalDate().equals(today));
    }

    /** The day's backup, when none was taken yet today. */
    public Optional<ShelvedBackup> dailyIfDue(Corpus open) {
        return hasOneToday() ? Optional.empty() : Optional.of(take(open, BackupKind.DAILY));
    }

    /** Backs {@code open} (this shelf's corpus) up now, then deletes what the rotation no longer keeps. */
    public ShelvedBackup take(Corpus open, BackupKind kind) {
        Instant now = clock.instant();
        try {
            Files.createDirectories(folder);
            Path note = folder.resolve("corpus.txt");
            if (!Files.exists(note)) {
                Files.writeString(note, corpus + System.lineSeparator(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new BackupFailedException("cannot make the backup folder " + folder + ": " + StagingFolder.reason(e), e);
        }
        Backup.Result r = Backup.take(open, folder.resolve(STAMP.format(now) + "-" + kind.word() + ".parley"));
        ShelvedBackup taken = new ShelvedBackup(r.file(), now, kind, r.bytes());
        rotate();
        return taken;
    }

    /** Deletes the backups the rotation does not keep. */
    void rotate() {
        for (ShelvedBackup old : rotation.toDelete(list(), clock.getZone())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                System.getLogger(BackupShelf.class.getName()).log(System.Logger.Level.WARNING, "could not delete the old backup " + old.file(), e);
            }
        }
    }
}
