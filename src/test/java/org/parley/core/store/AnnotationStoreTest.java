package org.parley.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.model.Annotation;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Span;

class AnnotationStoreTest {
    @TempDir
    Path dir;

    private static final String TEXT = "🇷🇺 Лавров: «US seeking to wreck 😀 arms control» 👍 end";

    private NewAnnotation claim(long doc, int s, int e, Map<String, List<String>> codes) {
        return new NewAnnotation(null, doc, new Span(s, e), codes, "memo", AnnotationStatus.ACCEPTED, "Anna");
    }

    @Test
    void savesAClaimWithItsQuoteFromTheStoredTextInCodePoints() {
        try (Corpus c = TestCorpus.create(dir)) {
            long doc = TestCorpus.addText(c, "t", TEXT);
            int start = TEXT.codePointCount(0, TEXT.indexOf("US"));
            int end = TEXT.codePointCount(0, TEXT.indexOf("»"));
            Annotation a = new AnnotationStore(c).add(claim(doc, start, end, Map.of(
                    "speaker", List.of("Russia"), "treaty", List.of("INF", "ABM"), "stance", List.of("accuse"))));
            assertThat(a.quote()).isEqualTo("US seeking to wreck 😀 arms control");
            assertThat(a.prefix()).endsWith("«");
            assertThat(a.codes()).containsEntry("treaty", List.of("INF", "ABM")).containsEntry("speaker", List.of("Russia"));
            Annotation back = new AnnotationStore(c).forDocument(doc).get(0);
            assertThat(back).isEqualTo(a);
        }
    }

    @Test
    void pythonStyleSlicingOfTheStoredTextGivesTheQuote() throws Exception {
        try (Corpus c = TestCorpus.create(dir)) {
            long doc = TestCorpus.addText(c, "t", TEXT);
            new AnnotationStore(c).add(claim(doc, 3, 9, Map.of()));
        }
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.parley"));
             ResultSet rs = conn.createStatement().executeQuery(
                     "SELECT d.text, a.start_cp, a.end_cp, a.quote, substr(d.text, a.start_cp + 1, a.end_cp - a.start_cp) "
                             + "FROM annotation a JOIN document d ON d.id = a.document_id")) {
            rs.next();
            String text = rs.getString(1);
            int[] cps = text.codePoints().toArray();
            String sliced = new String(cps, rs.getInt(2), rs.getInt(3) - rs.getInt(2));
            assertThat(sliced).isEqualTo("Лавров").isEqualTo(rs.getString(4)).isEqualTo(rs.getString(5));
        }
    }

    @Test
    void refusesOffsetsOutsideTheTextUnknownCodesAndTwoValuesForASingleDimension() {
        try (Corpus c = TestCorpus.create(dir)) {
            long doc = TestCorpus.addText(c, "t", "short text");
            AnnotationStore store = new AnnotationStore(c);
            assertThatThrownBy(() -> store.add(claim(doc, 5, 50, Map.of()))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside document");
            assertThatThrownBy(() -> store.add(claim(doc, 0, 5, Map.of("stance", List.of("grumble")))))
                    .hasMessageContaining("unknown code 'grumble'").hasMessageContaining("accuse");
            assertThatThrownBy(() -> store.add(claim(doc, 0, 5, Map.of("mood", List.of("x")))))
                    .hasMessageContaining("unknown dimension 'mood'").hasMessageContaining("speaker");
            assertThatThrownBy(() -> store.add(claim(doc, 0, 5, Map.of("stance", List.of("accuse", "deny")))))
                    .hasMessageContaining("takes one code");
            assertThat(store.forDocument(doc)).isEmpty();
            assertThat(AuditLog.recent(c, 10)).noneMatch(e -> e.entity().equals("annotation"));
        }
    }

    @Test
    void everyChangeLeavesAnAuditRowAndTrashCanBeRestored() {
        try (Corpus c = TestCorpus.create(dir)) {
            long doc = TestCorpus.addText(c, "t", TEXT);
            AnnotationStore store = new AnnotationStore(c);
            Annotation a = store.add(claim(doc, 3, 9, Map.of("stance", List.of("accuse"))));
            Annotation edited = new Annotation(a.id(), a.uuid(), doc, new Span(3, 10), "Лавров:", null, null,
                    Map.of("stance", List.of("deny")), "changed", AnnotationStatus.REJECTED, "Anna", a.created(), a.modified());
            Annotation after = store.update(edited, "Boris");
            assertThat(after.codes()).containsEntry("stance", List.of("deny"));
            assertThat(after.quote()).isEqualTo("Лавров:");
            store.trash(a.uuid(), "Boris");
            assertThat(store.forDocument(doc)).isEmpty();
            assertThat(store.trashOf(doc)).hasSize(1);
            store.restore(a.uuid(), "Boris");
            assertThat(store.forDocument(doc)).hasSize(1);
            List<AuditLog.Entry> log = AuditLog.recent(c, 4);
            assertThat(log).extracting(AuditLog.Entry::action).containsExactly("restore", "trash", "edit", "add");
            assertThat(log.get(2).before()).contains("accuse");
            assertThat(log.get(2).after()).contains("deny");
            assertThat(log.get(2).coder()).isEqualTo("Boris");
        }
    }

    @Test
    void theSchemaItselfRefusesABadSpan() {
        try (Corpus c = TestCorpus.create(dir)) {
            long doc = TestCorpus.addText(c, "t", TEXT);
            assertThatThrownBy(() -> c.write("raw insert", conn -> conn.createStatement().executeUpdate(
                    "INSERT INTO annotation (uuid, document_id, start_cp, end_cp, quote, status, coder_id, created, modified) "
                            + "VALUES ('u', " + doc + ", 5, 5, '', 'accepted', 1, 'x', 'x')")))
                    .isInstanceOf(StorageException.class).hasMessageContaining("CHECK");
        }
    }
}
