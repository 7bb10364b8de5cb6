package org.parley.core.export.exchange;

/**
 * Settings the interchange formats need beyond the selection: the project name written into a
 * REFI-QDA project, and who publishes a ClaimReview ({@code reviewAuthor}, the organisation, and
 * {@code reviewUrl}, the page where the fact-check lives). Any may be null; a writer that needs one
 * says so.
 */
public record ExportOptions(String projectName, String reviewAuthor, String reviewUrl) {
    /** The settings holding the reviewer and page when neither the command nor the dialog gives them. */
    public static final String REVIEW_AUTHOR_SETTING = "review.author";
    public static final String REVIEW_URL_SETTING = "review.url";

    public ExportOptions {
        projectName = blankToNull(projectName);
        reviewAuthor = blankToNull(reviewAuthor);
        reviewUrl = blankToNull(reviewUrl);
    }

    public static ExportOptions none() {
        return new ExportOptions(null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
