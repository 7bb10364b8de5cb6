package org.parley.core.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Parley keeps the user's data, settings and cache. Linux: {@code $XDG_DATA_HOME/parley} (else
 * {@code ~/.local/share/parley}), {@code $XDG_CONFIG_HOME/parley} (else {@code ~/.config/parley}) and
 * {@code $XDG_CACHE_HOME/parley} (else {@code ~/.cache/parley}); Windows: {@code %APPDATA%\Parley}, cache in
 * {@code %LOCALAPPDATA%\Parley\cache}; macOS: {@code ~/Library/Application Support/Parley}, cache in
 * {@code ~/Library/Caches/Parley}. {@code PARLEY_HOME}, when set, holds all three (tests and portable installs).
 * {@code ~} is {@code $HOME} when set (as desktop programs read it), else Java's {@code user.home} (which comes
 * from the password file and ignores {@code $HOME}); Windows programs do not read {@code $HOME}, so there it
 * is {@code user.home}.
 */
public record Places(Path home, Path dataFolder, Path configFolder, Path cacheFolder) {
    public static Places forThisUser() {
        return of(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Places of(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean windows = os.contains("win");
        Path home = Path.of(windows || blank(env.get("HOME")) ? userHome : env.get("HOME"));
        String portable = env.get("PARLEY_HOME");
        if (!blank(portable)) {
            Path p = Path.of(portable);
            return new Places(home, p, p, p.resolve("cache"));
        }
        if (windows) {
            Path p = orElse(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming")).resolve("Parley");
            Path local = orElse(env.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local")).resolve("Parley");
            return new Places(home, p, p, local.resolve("cache"));
        }
        if (os.contains("mac")) {
            Path library = home.resolve("Library");
            Path p = library.resolve("Application Support").resolve("Parley");
            return new Places(home, p, p, library.resolve("Caches").resolve("Parley"));
        }
        return new Places(home,
                orElse(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share")).resolve("parley"),
                orElse(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve("parley"),
                orElse(env.get("XDG_CACHE_HOME"), home.resolve(".cache")).resolve("parley"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Path orElse(String folder, Path otherwise) {
        return blank(folder) ? otherwise : Path.of(folder);
    }

    public Path defaultCorpus() {
        return dataFolder.resolve("default.parley");
    }

    public Path settingsFile() {
        return configFolder.resolve("settings.properties");
    }

    /** The app's automatic backups, one folder per corpus (see {@code core.backup.BackupShelf}). */
    public Path backupsFolder() {
        return dataFolder.resolve("backups");
    }
}
