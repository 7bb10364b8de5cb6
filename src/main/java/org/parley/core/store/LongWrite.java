package org.parley.core.store;

import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Who holds a long write on a corpus (a batch import): its process id, host, start time and file count, kept in
 * {@code corpus_info} under {@value #KEY} from the import's start to its end, each change in its own small commit.
 * Another Parley that waits for the lock reads it to name the import. A holder whose process is not alive on this
 * host is stale (the import was killed) and ignored.
 */
public record LongWrite(long pid, String host, Instant since, int files) {
    static final String KEY = "long_write";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    public LongWrite {
        if (host == null || host.isBlank() || host.contains(" ")) {
            throw new IllegalArgumentException("a host name without spaces is needed, got '" + host + "'");
        }
        if (files < 0) {
            throw new IllegalArgumentException("files cannot be negative: " + files);
        }
    }

    /** Records this process as holding a long write of {@code files} files, in its own commit. */
    public static LongWrite begin(Corpus corpus, int files) {
        LongWrite w = new LongWrite(ProcessHandle.current().pid(), thisHost(), corpus.now(), files);
        corpus.write("record the import in the corpus", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO corpus_info (key, value) VALUES (?, ?)")) {
                ps.setString(1, KEY);
                ps.setString(2, w.value());
                ps.executeUpdate();
            }
            return null;
        });
        return w;
    }

    /** Removes this record (not one another import wrote since), in its own commit. */
    public void end(Corpus corpus) {
        corpus.write("clear the import's record in the corpus", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM corpus_info WHERE key = ? AND value = ?")) {
                ps.setString(1, KEY);
                ps.setString(2, value());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The holder recorded in {@code c}, if any and alive. */
    static Optional<LongWrite> current(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM corpus_info WHERE key = ?")) {
            ps.setString(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? parse(rs.getString(1)).filter(LongWrite::alive) : Optional.empty();
            }
        }
    }

    /** The holder recorded in {@code file}, read through a connection of its own; empty when none or unreadable. */
    static Optional<LongWrite> current(Path file) {
        try (Connection c = CorpusFile.readOnly(file)) {
            return current(c);
        } catch (SQLException | RuntimeException e) {
            return Optional.empty(); // only a message depends on it
        }
    }

    /** "the import running in another Parley (pid N, since HH:MM)". */
    public String describe() {
        return "the import running in another Parley (pid " + pid + ", since " + CLOCK.format(since.atZone(ZoneId.systemDefault())) + ")";
    }

    /** Alive: on another host (which cannot be asked), or a process here that started before the record was made. */
    boolean alive() {
        if (!host.equals(thisHost())) {
            return true;
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(p -> p.info().startInstant().map(start -> !start.isAfter(since.plus(Duration.ofMinutes(1)))).orElse(true))
                .orElse(false);
    }

    String value() {
        return pid + " " + host + " " + since + " " + files;
    }

    static Optional<LongWrite> parse(String value) {
        String[] parts = value == null ? new String[0] : value.split(" ");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LongWrite(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2]), Integer.parseInt(parts[3])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static String thisHost() {
        try {
            String h = InetAddress.getLocalHost().getHostName().replace(' ', '_');
            return h.isBlank() ? "localhost" : h;
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
