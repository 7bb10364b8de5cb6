package org.parley.core.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.store.CodebookEdits;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;

/** A code's value (a stance's polarity) is kept in the codebook JSON and the corpus, and old corpora get theirs. */
class StancePolarityTest {
    @TempDir
    Path dir;

    private static Code stance(Codebook book, String name) {
        return book.codesOf(book.dimension("stance").orElseThrow()).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theDefaultCodebookSignsItsStancesAndTheJsonKeepsThem() {
        Codebook book = CodebookPresets.preset(CodebookPresets.DEFAULT);
        assertThat(stance(book, "support").value()).isEqualTo(1.0);
        assertThat(stance(book, "accuse").value()).isEqualTo(-1.0);
        assertThat(stance(book, "report").value()).isEqualTo(0.0);
        String json = CodebookFile.toJson(book);
        Codebook again = CodebookFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "again");
        assertThat(stance(again, "deny").value()).isEqualTo(-1.0);
        String bad = json.replaceFirst("\"value\" : -1\\.0", "\"value\" : \"minus one\"");
        assertThat(bad).isNotEqualTo(json);
        assertThatThrownBy(() -> CodebookFile.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad"))
                .hasMessageContaining("must be a number");
    }

    @Test
    void aValueIsStoredEditedAndReadBack() {
        try (Corpus c = Corpus.create(dir.resolve("c.parley"))) {
            new CodebookStore(c).merge(CodebookPresets.preset(CodebookPresets.DEFAULT), "t");
            Code report = stance(new CodebookStore(c).load(), "report");
            new CodebookEdits(c).edit(new Code(report.id(), report.uuid(), "rebuke", report.colour(), report.key(),
                    report.description(), report.aliases(), report.parentUuid(), -0.5), "t");
            assertThat(stance(new CodebookStore(c).load(), "rebuke").value()).isEqualTo(-0.5);
        }
    }

    @Test
    void aCorpusMadeBeforeValuesGetsItsStancesSigned() throws Exception {
        Path file = dir.resolve("old.parley");
        try (Corpus c = Corpus.create(file)) {
            new CodebookStore(c).merge(CodebookPresets.preset(CodebookPresets.DEFAULT), "t");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // back to version 1: no value column, as a corpus made before this release
            s.execute("ALTER TABLE code DROP COLUMN value");
            s.execute("PRAGMA user_version = 1");
        }
        try (Corpus c = Corpus.open(file)) {
            Codebook book = new CodebookStore(c).load();
            assertThat(stance(book, "praise").value()).isEqualTo(1.0);
            assertThat(stance(book, "warn").value()).isEqualTo(-1.0);
            assertThat(stance(book, "concern").value()).isEqualTo(0.0);
            assertThat(book.codeLists().get("actors").get(0).value()).as("actors carry no value").isNull();
        }
    }
}
