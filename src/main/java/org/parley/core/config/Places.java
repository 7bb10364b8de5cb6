package org.parley.core.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Parley keeps the user's data and settings. Linux: {@code $XDG_DATA_HOME/parley} (else
 * {@code ~/.local/share/parley}) and {@code $XDG_CONFIG_HOME/parley} (else {@code ~/.config/parley});
 * Windows: {@code %APPDATA%\Parley}; macOS: {@code ~/Library/Application Support/Parley}.
 * {@code PARLEY_HOME}, when set, holds both (tests and portable installs use it).
 */
public record Places(Path dataFolder, Path configFolder) {
    public static Places forThisUser() {
        return of(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Places of(Map<String, String> env, String osName, String home) {
        String portable = env.get("PARLEY_HOME");
        if (portable != null && !portable.isBlank()) {
            Path p = Path.of(portable);
            return new Places(p, p);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", home + "\\AppData\\Roaming");
            Path p = Path.of(appData, "Parley");
            return new Places(p, p);
        }
        if (os.contains("mac")) {
            Path p = Path.of(home, "Library", "Application Support", "Parley");
            return new Places(p, p);
        }
        String data = env.get("XDG_DATA_HOME");
        String config = env.get("XDG_CONFIG_HOME");
        return new Places(
                (data == null || data.isBlank() ? Path.of(home, ".local", "share") : Path.of(data)).resolve("parley"),
                (config == null || config.isBlank() ? Path.of(home, ".config") : Path.of(config)).resolve("parley"));
    }

    public Path defaultCorpus() {
        return dataFolder.resolve("default.parley");
    }

    public Path settingsFile() {
        return configFolder.resolve("settings.properties");
    }
}
