package org.parley.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A publication date known in full or in part, as ISO 8601: {@code 2019-11-01}, {@code 2019-11},
 * {@code 2019}, or {@code --11-01} when the year is unknown (a wire dateline without a year).
 */
public record PartialDate(String iso) {
    private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?|--\\d{2}-\\d{2}");

    public PartialDate {
        if (iso == null || !FORM.matcher(iso).matches()) {
            throw new IllegalArgumentException("not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD): " + iso);
        }
        try {
            // --MM-DD has the length of YYYY-MM, so it is told apart by its start, not its length
            // (checked with the numbers, not a date parser: a batch import makes thousands of these)
            if (iso.startsWith("--")) {
                MonthDay.of(number(iso, 2), number(iso, 5));
            } else if (iso.length() == 10) {
                LocalDate.of(number4(iso), number(iso, 5), number(iso, 8));
            } else if (iso.length() == 7) {
                YearMonth.of(number4(iso), number(iso, 5));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a real date: " + iso);
        }
    }

    /** The two digits at {@code at} (the form has been checked). */
    private static int number(String s, int at) {
        return (s.charAt(at) - '0') * 10 + s.charAt(at + 1) - '0';
    }

    private static int number4(String s) {
        return number(s, 0) * 100 + number(s, 2);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.toString());
    }

    /** Null-tolerant parse: null or blank gives null. */
    public static PartialDate parseOrNull(String s) {
        return s == null || s.isBlank() ? null : new PartialDate(s.trim());
    }

    public boolean hasYear() {
        return !iso.startsWith("--");
    }

    @Override
    public String toString() {
        return iso;
    }
}
