package org.parley.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered schema scripts in {@code resources/migrations}. Version N is the N-th script; the version
 * a corpus is at is kept in {@code PRAGMA user_version}. Released scripts never change.
 */
final class Migrations {
    static final String[] SCRIPTS = {"001-corpus.sql", "002-code-value.sql"};

    private Migrations() {
    }

    static int latest() {
        return SCRIPTS.length;
    }

    /** The statements of migration {@code version} (1-based). */
    static List<String> statements(int version) {
        String name = "/migrations/" + SCRIPTS[version - 1];
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new StorageException("migration " + name + " is missing from the build");
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StorageException("cannot read migration " + name, e);
        }
    }

    /** Splits a script on semicolons that end a line, dropping comment lines. */
    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (t.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
