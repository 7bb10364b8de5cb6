package org.parley.core.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.PartialDate;

/**
 * Fills in what the text itself tells about a document where the format gave nothing: the headline,
 * the dateline's place and agency (as source), else the source of the address's site ({@link SourceDomains}),
 * the date and the language. The date is the format's own
 * (page or file metadata) when it has one; else the dateline's month and day with the year from the
 * format's metadata, else from a date in the file name, else without a year ({@code --11-01}); with no
 * dateline, a full date in the file name is used.
 */
public final class MetadataExtractor {
    private static final Pattern FILE_DATE = Pattern.compile("(?<![0-9])((?:19|20)\\d\\d)[-_.]?(\\d\\d)[-_.]?(\\d\\d)(?![0-9])");

    private MetadataExtractor() {
    }

    /**
     * @param meta     what the format gave (title, date, ... may be null)
     * @param yearHint a year from the file's own metadata (e.g. a PDF's creation date), or 0
     */
    public static DocumentMeta complete(String text, DocumentMeta meta, int yearHint) {
        String title = meta.title() != null ? meta.title() : Headline.find(text);
        String source = meta.source();
        String place = meta.place();
        PartialDate published = meta.published();
        Optional<Dateline> dateline = Dateline.find(text);
        LocalDate fromName = fileNameDate(meta.fileName());
        if (dateline.isPresent()) {
            Dateline d = dateline.get();
            place = place != null ? place : d.place();
            source = source != null ? source : d.agency();
            if (published == null && d.hasDate()) {
                int year = yearHint > 0 ? yearHint : fromName != null ? fromName.getYear() : 0;
                published = date(year, d.month(), d.day());
            }
        }
        if (source == null) {
            source = SourceDomains.of(meta.url()); // the text names no agency: the address's site may
        }
        if (published == null && fromName != null) {
            published = PartialDate.of(fromName);
        }
        String language = meta.language() != null ? meta.language() : Language.guess(text);
        return new DocumentMeta(title, source, meta.author(), meta.url(), published, place, language, meta.fileName(),
                meta.fileSha256(), meta.encoding(), meta.extra());
    }

    private static PartialDate date(int year, int month, int day) {
        try {
            if (year > 0) {
                return PartialDate.of(LocalDate.of(year, month, day));
            }
            return new PartialDate("--" + (month < 10 ? "0" : "") + month + "-" + (day < 10 ? "0" : "") + day);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A date written in a file name, such as tass-2019-11-01-lavrov.txt or 20191101_statement.pdf. */
    static LocalDate fileNameDate(String fileName) {
        if (fileName == null) {
            return null;
        }
        Matcher m = FILE_DATE.matcher(fileName);
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // not a date after all (e.g. a numeric id); try the next match
            }
        }
        return null;
    }
}
