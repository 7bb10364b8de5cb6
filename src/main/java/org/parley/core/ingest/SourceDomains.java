package org.parley.core.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The source an address names, from the table {@code resources/sources/domains.tsv} (domain, tab, source
 * name): {@code https://tass.com/politics/1894093} is TASS; a subdomain matches its parent
 * ({@code en.kremlin.ru} is kremlin.ru's Kremlin).
 */
final class SourceDomains {
    private static final Map<String, String> BY_DOMAIN = load();

    private SourceDomains() {
    }

    /** The source of the address's site, or null when the address is none or its site is not in the table. */
    static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String host;
        try {
            host = URI.create(url.strip().replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        while (true) {
            String source = BY_DOMAIN.get(host);
            if (source != null) {
                return source;
            }
            int dot = host.indexOf('.');
            if (dot < 0 || host.indexOf('.', dot + 1) < 0) {
                return null;
            }
            host = host.substring(dot + 1);
        }
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = SourceDomains.class.getResourceAsStream("/sources/domains.tsv")) {
            if (in == null) {
                throw new IllegalStateException("sources/domains.tsv is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                m.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), line.substring(tab + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
