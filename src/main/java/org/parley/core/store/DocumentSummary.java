package org.parley.core.store;

/**
 * One row of the corpus browser and of {@code parley list}: {@code date} is ISO 8601, possibly partial. Of its
 * {@code claims} (not in the trash), {@code coded} are accepted and have a code in every single-valued dimension
 * of the codebook (the questions each claim answers: speaker, target, stance…); a claim with no codes is not coded.
 * {@code language}, {@code place} and {@code file} (the imported file's name) may be null.
 */
public record DocumentSummary(long id, String uuid, String title, String source, String date, int claims,
                              int accepted, int suggested, boolean inTrash, int coded, String language, String place,
                              String file) {
    public DocumentSummary {
        if (coded < 0 || coded > accepted || accepted > claims) {
            throw new IllegalArgumentException("a document's coded claims are some of its accepted ones: " + coded + "/" + accepted + "/" + claims);
        }
    }
}
