package org.parley.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Dimension;
import org.parley.core.model.DimensionKind;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.Ids;
import org.parley.core.model.Span;

class DimensionEditsTest {
    @TempDir
    Path dir;

    @Test
    void addRenameAndRemoveDimensionsKeepingClaimsCoded() {
        try (Corpus c = TestCorpus.create(dir)) {
            long doc = TestCorpus.addText(c, "t", "Lavrov said the US wrecks arms control.");
            DimensionEdits edits = new DimensionEdits(c);
            Dimension verdict = edits.add(new Dimension(0, Ids.newUuid(), "verdict", DimensionKind.SINGLE, "verdicts", "Fact-check rating"), "t");
            Dimension note = edits.add(new Dimension(0, Ids.newUuid(), "note", DimensionKind.TEXT, null, ""), "t");
            assertThat(new CodebookStore(c).load().dimensionNames()).endsWith("verdict", "note");
            assertThat(new CodebookStore(c).load().codeLists()).containsKey("verdicts");
            assertThatThrownBy(() -> edits.add(new Dimension(0, Ids.newUuid(), "Verdict", DimensionKind.TEXT, null, ""), "t"))
                    .hasMessageContaining("twice");

            AnnotationStore claims = new AnnotationStore(c);
            long id = claims.add(new NewAnnotation(null, doc, new Span(0, 6), Map.of("note", List.of("check this")), "",
                    AnnotationStatus.ACCEPTED, "t")).id();
            edits.edit(new Dimension(note.id(), note.uuid(), "remark", note.kind(), null, "free text"), "t");
            assertThat(claims.find(String.valueOf(id)).orElseThrow().codesOf("remark")).containsExactly("check this");
            edits.edit(note, "t");
            assertThat(claims.find(String.valueOf(id)).orElseThrow().codesOf("note")).containsExactly("check this");

            assertThatThrownBy(() -> edits.remove(note.uuid(), "t")).hasMessageContaining("used by 1 claims");
            edits.remove(verdict.uuid(), "t");
            assertThat(new CodebookStore(c).load().dimensionNames()).doesNotContain("verdict");
            edits.restore(verdict.uuid(), "t");
            assertThat(new CodebookStore(c).load().dimensionNames()).contains("verdict");
        }
    }
}
