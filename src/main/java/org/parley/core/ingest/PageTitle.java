package org.parley.core.ingest;

import java.net.URI;
import java.util.Locale;

/** A page's title without the site's name after it, and its address made absolute. */
final class PageTitle {
    /** Separators a site puts between the title and its own name: "Title • President of Russia", "Title | Wire". */
    private static final String[] STRONG = {" • ", " | ", " · ", " :: ", " ‹ ", " « "};
    private static final String[] DASHES = {" — ", " – ", " - "};

    private PageTitle() {
    }

    /**
     * The title without a trailing site name: after a bullet or bar always (when the title before it has
     * two words or more); after a dash only when what follows is the site's name, since a dash also
     * stands inside headlines ("Talks go on - minister").
     */
    static String withoutSite(String title, String site) {
        if (title == null) {
            return null;
        }
        String t = title.strip();
        for (String sep : STRONG) {
            int at = t.lastIndexOf(sep);
            if (at > 0 && Headline.words(t.substring(0, at)) >= 2) {
                return withoutSite(t.substring(0, at), site);
            }
        }
        if (site != null) {
            for (String sep : DASHES) {
                int at = t.lastIndexOf(sep);
                if (at > 0 && t.substring(at + sep.length()).strip().toLowerCase(Locale.ROOT).equals(site.strip().toLowerCase(Locale.ROOT))) {
                    return t.substring(0, at).strip();
                }
            }
        }
        return t;
    }

    /**
     * The first of the candidates that is (or can be made, against the page's {@code <base>} or another
     * candidate that is absolute) an absolute http(s) address; null when none can: a relative address
     * names nothing once the page is a file on a disk.
     */
    static String absolute(String base, String... candidates) {
        URI against = absoluteUri(base);
        for (String c : candidates) {
            URI u = absoluteUri(c);
            if (u != null && against == null) {
                against = u;
            }
        }
        for (String c : candidates) {
            URI u = parse(c);
            if (u == null) {
                continue;
            }
            if (u.isAbsolute() && isWeb(u)) {
                return u.toString();
            }
            if (!u.isAbsolute() && against != null) {
                return against.resolve(u).toString();
            }
        }
        return null;
    }

    private static URI absoluteUri(String s) {
        URI u = parse(s);
        return u != null && u.isAbsolute() && isWeb(u) ? u : null;
    }

    private static boolean isWeb(URI u) {
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
    }

    private static URI parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new URI(s.strip().replace(" ", "%20"));
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
