package org.parley.core.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's settings, shared by the app and the CLI: a small properties file (coder name, last corpus,
 * last document and position, theme ...). Written atomically so a crash never leaves half a file.
 */
public final class Settings {
    public static final String CODER = "coder";

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load(Path file) {
        Settings s = new Settings(file);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                s.values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // unreadable settings are not worth refusing to start over: start from defaults
                s.values.clear();
            }
        }
        return s;
    }

    public Optional<String> get(String key) {
        String v = values.getProperty(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    public synchronized void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(w, "Parley settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot save settings to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The configured coder name, else the operating system's user name. */
    public String coderName() {
        return get(CODER).orElseGet(() -> {
            String user = System.getProperty("user.name");
            return user == null || user.isBlank() ? "coder" : user;
        });
    }

    public boolean hasCoderName() {
        return get(CODER).isPresent();
    }
}
