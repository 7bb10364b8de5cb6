package org.parley.core.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.model.PartialDate;

/**
 * Reads a date as pages, exports and spreadsheets write it: ISO 8601 (a time after it is ignored),
 * "November 1, 2019", "1 November 2019", "Fri, 01 Nov 2019 10:00:00 GMT", "01.11.2019", "1 ноября 2019".
 */
final class DateText {
    private static final String MONTH = "([A-Za-zА-Яа-яЁё]{3,10})\\.?";
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?:[T ].*)?\\s*$");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern DOTTED = Pattern.compile("^\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");

    private DateText() {
    }

    static PartialDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return m.group(3) == null ? new PartialDate(m.group(1) + "-" + m.group(2))
                        : PartialDate.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = MONTH_DAY_YEAR.matcher(s);
            if (m.find() && Dateline.month(m.group(1)) > 0) {
                return PartialDate.of(LocalDate.of(num(m, 3), Dateline.month(m.group(1)), num(m, 2)));
            }
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.find() && Dateline.month(m.group(2)) > 0) {
                return PartialDate.of(LocalDate.of(num(m, 3), Dateline.month(m.group(2)), num(m, 1)));
            }
            m = DOTTED.matcher(s);
            if (m.find()) {
                return PartialDate.of(LocalDate.of(num(m, 3), num(m, 2), num(m, 1)));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    /** The year of a date, or 0. */
    static int year(String s) {
        PartialDate d = parse(s);
        return d == null ? 0 : Integer.parseInt(d.iso().substring(0, 4));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
