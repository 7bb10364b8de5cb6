package org.parley.core.export;

/**
 * Settings some formats need beyond the selection: a byte order mark first (csv), the project name
 * written into a REFI-QDA project, and who publishes a ClaimReview ({@code reviewAuthor}, the
 * organisation, and {@code reviewUrl}, the page where the fact-check lives). Any text may be null; a
 * writer that needs one says so.
 */
public record ExportOptions(boolean bom, String projectName, String reviewAuthor, String reviewUrl) {
    public ExportOptions {
        projectName = blankToNull(projectName);
        reviewAuthor = blankToNull(reviewAuthor);
        reviewUrl = blankToNull(reviewUrl);
    }

    public ExportOptions(String projectName, String reviewAuthor, String reviewUrl) {
        this(false, projectName, reviewAuthor, reviewUrl);
    }

    public static ExportOptions none() {
        return new ExportOptions(false, null, null, null);
    }

    /** The same options with the byte order mark on or off. */
    public ExportOptions withBom(boolean on) {
        return new ExportOptions(on, projectName, reviewAuthor, reviewUrl);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
