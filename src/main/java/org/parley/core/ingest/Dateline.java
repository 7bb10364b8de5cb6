package org.parley.core.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire dateline at the start of a paragraph ({@code MOSCOW, November 1. /TASS/.},
 * {@code WASHINGTON (Reuters) -}, {@code МОСКВА, 1 ноя — РИА Новости.}): the place in display case (with
 * the region TASS gives in slashes after it: {@code IGORA /Leningrad Region/} is "Igora, Leningrad Region"),
 * the agency's one Latin name, and the month and day when given (0 when not). Datelines rarely carry
 * a year, so the year comes from elsewhere (see {@link MetadataExtractor}).
 */
public record Dateline(String place, String agency, int month, int day) {
    private static final String EN_MONTH = "(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String RU_MONTH = "(?<mon>янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек)[а-яё]*\\.?";
    private static final String UPPER_PLACE = "(?<place>\\p{Lu}[\\p{Lu}'’.\\- ]{1,40}?(?:/\\p{Lu}[\\p{Lu}'’.\\- ]{1,40}?)?)";

    private static final List<Pattern> PATTERNS = List.of(
            // TASS: MOSCOW, November 1. /TASS/.   МОСКВА, 1 ноября. /ТАСС/.   IGORA /Leningrad Region/, December 26. /TASS/.
            Pattern.compile("^" + UPPER_PLACE + "(?:\\s*/(?<region>\\p{Lu}[\\p{L}'’.\\- ]{1,40})/)?,\\s+(?:" + EN_MONTH + "\\s+(?<day>\\d{1,2})|(?<day2>\\d{1,2})\\s+"
                    + RU_MONTH.replace("mon>", "mon2>") + ")\\.?\\s*/(?<agency>TASS|ТАСС)/"),
            // RIA: МОСКВА, 1 ноя — РИА Новости.
            Pattern.compile("^" + UPPER_PLACE + ",\\s+(?<day>\\d{1,2})\\s+" + RU_MONTH + "\\s*[—–-]+\\s*(?<agency>РИА Новости|RIA Novosti)"),
            // Interfax, Reuters, AP, AFP, Xinhua, Yonhap, UPI, dpa, Kyodo (English or Russian place):
            // MOSCOW. Nov 1 (Interfax) -   GENEVA, 3 May (AFP) -   Berlin (dpa) -   TOKYO, Nov. 1 Kyodo -
            Pattern.compile("^(?<place>\\p{Lu}[\\p{L}'’.\\- ]{1,40}?(?:/\\p{Lu}[\\p{L}'’.\\- ]{1,40}?)?)[,.]?\\s*"
                    + "(?:" + EN_MONTH + "\\s+(?<day>\\d{1,2})|(?<day2>\\d{1,2})\\s+" + EN_MONTH.replace("mon>", "mon2>")
                    + "|(?<day3>\\d{1,2})\\s+" + RU_MONTH.replace("mon>", "mon3>") + ")?,?\\s*"
                    + "\\(?(?<agency>Reuters|AP|AFP|Xinhua|Yonhap|UPI|Interfax|dpa|Kyodo|Интерфакс|ТАСС|РИА Новости)\\)?"
                    + "\\s*(?:--|[—–-])"));

    private static final Map<String, String> AGENCIES = Map.ofEntries(Map.entry("ТАСС", "TASS"),
            Map.entry("РИА НОВОСТИ", "RIA Novosti"), Map.entry("RIA NOVOSTI", "RIA Novosti"),
            Map.entry("ИНТЕРФАКС", "Interfax"), Map.entry("INTERFAX", "Interfax"), Map.entry("TASS", "TASS"),
            Map.entry("REUTERS", "Reuters"), Map.entry("AP", "AP"), Map.entry("AFP", "AFP"),
            Map.entry("XINHUA", "Xinhua"), Map.entry("YONHAP", "Yonhap"), Map.entry("UPI", "UPI"),
            Map.entry("DPA", "dpa"), Map.entry("KYODO", "Kyodo"));

    /** Looks for a dateline at the start of one of the first {@code 40} lines. */
    public static Optional<Dateline> find(String text) {
        int lines = 0;
        int from = 0;
        while (from < text.length() && lines++ < 40) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(from, Math.min(end, from + 200)).stripLeading();
            if (!line.isEmpty() && mayHoldDateline(line)) {
                Optional<Dateline> d = parse(line);
                if (d.isPresent()) {
                    return d;
                }
            }
            from = end + 1;
        }
        return Optional.empty();
    }

    /** Every dateline has a slash, a bracket, a dash or Kyodo's name; most other lines are skipped for free. */
    private static boolean mayHoldDateline(String line) {
        if (!Character.isUpperCase(line.charAt(0))) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '/' || c == '(' || c == '-' || c == '—' || c == '–') {
                return true;
            }
        }
        return line.contains("Kyodo");
    }

    static Optional<Dateline> parse(String line) {
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                String place = m.group("place").strip();
                if (place.endsWith(".") || place.endsWith(",")) {
                    place = place.substring(0, place.length() - 1);
                }
                if (Headline.words(place) > 5) {
                    continue;
                }
                int month = 0;
                int day = 0;
                for (String[] g : new String[][] {{"mon", "day"}, {"mon2", "day2"}, {"mon", "day2"}, {"mon3", "day3"}, {"mon2", "day"}}) {
                    String mon = group(m, g[0]);
                    String d = group(m, g[1]);
                    if (mon != null && d != null) {
                        month = month(mon);
                        day = Integer.parseInt(d);
                        break;
                    }
                }
                if (day > 31 || month == 0) {
                    month = 0;
                    day = 0;
                }
                String agency = AGENCIES.get(m.group("agency").toUpperCase(Locale.ROOT));
                String region = group(m, "region");
                String shown = PlaceName.display(place) + (region == null ? "" : ", " + region.strip());
                return Optional.of(new Dateline(shown, agency, month, day));
            }
        }
        return Optional.empty();
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] en = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String[] ru = {"янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"};
        for (int i = 0; i < 12; i++) {
            if (n.startsWith(en[i]) || n.startsWith(ru[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    public boolean hasDate() {
        return month > 0;
    }
}
