package org.parley.core.store;

/** One row of the corpus browser and of {@code parley list}: {@code date} is ISO 8601, possibly partial. */
public record DocumentSummary(long id, String uuid, String title, String source, String date, int claims,
                              int accepted, int suggested, boolean inTrash) {
}
