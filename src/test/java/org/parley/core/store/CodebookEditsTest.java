package org.parley.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.DimensionKind;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.Ids;
import org.parley.core.model.Span;

class CodebookEditsTest {
    @TempDir
    Path dir;
    Corpus corpus;
    CodebookEdits edits;
    AnnotationStore claims;

    @BeforeEach
    void setUp() {
        corpus = Corpus.create(dir.resolve("c.parley"));
        List<Code> actors = List.of(code("United States", "u"), code("Russia", "r"), code("Washington DC", "w"), code("Lavrov", "l"));
        List<Code> treaties = List.of(code("INF", "i"), code("INF Treaty", "j"), code("CTBT", "t"));
        new CodebookStore(corpus).merge(new Codebook("t", "", List.of(
                new Dimension(0, Ids.newUuid(), "target", DimensionKind.SINGLE, "actors", ""),
                new Dimension(0, Ids.newUuid(), "treaty", DimensionKind.MULTI, "treaties", "")),
                Map.of("actors", actors, "treaties", treaties)), "t");
        new DocumentStore(corpus).add(new NewDocument("Washington wrecked the INF Treaty and the CTBT.", DocumentMeta.titled("d")), "t");
        edits = new CodebookEdits(corpus);
        claims = new AnnotationStore(corpus);
    }

    static Code code(String name, String key) {
        return new Code(0, Ids.newUuid(), name, "#aabbcc", key, "", List.of(), null);
    }

    Code named(String name) {
        Codebook b = new CodebookStore(corpus).load();
        return b.codeLists().values().stream().flatMap(List::stream).filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    long claim(Map<String, List<String>> codes) {
        return claims.add(new NewAnnotation(null, 1, new Span(0, 10), codes, "", AnnotationStatus.ACCEPTED, "t")).id();
    }

    @Test
    void renameRecolourRekeyAndDescribeShowOnTheClaimsAndUndoByEditingBack() {
        long id = claim(Map.of("target", List.of("United States")));
        Code us = named("United States");
        Code renamed = new Code(us.id(), us.uuid(), "USA", "#112233", "a", "The US government", List.of("Washington"), named("Russia").uuid());
        edits.edit(renamed, "t");
        assertThat(claims.find(String.valueOf(id)).orElseThrow().codesOf("target")).containsExactly("USA");
        Code now = named("USA");
        assertThat(now.colour()).isEqualTo("#112233");
        assertThat(now.key()).isEqualTo("a");
        assertThat(now.aliases()).containsExactly("Washington");
        assertThat(now.parentUuid()).isEqualTo(named("Russia").uuid());

        edits.edit(us, "t");
        assertThat(claims.find(String.valueOf(id)).orElseThrow().codesOf("target")).containsExactly("United States");
        assertThat(named("United States").parentUuid()).isNull();
        assertThat(named("United States").key()).isEqualTo("u");
    }

    @Test
    void aNewCodeNamedLikeADeletedOneIsAddedNotRefused() {
        Code lavrov = named("Lavrov");
        edits.delete(lavrov.uuid(), "t");
        Code again = edits.add("actors", code("Lavrov", "v"), "t"); // "New code" in the editor: a fresh uuid
        assertThat(again.name()).isEqualTo("Lavrov");
        assertThat(named("Lavrov").uuid()).isEqualTo(again.uuid());
        assertThat(claim(Map.of("target", List.of("Lavrov")))).isPositive();
    }

    @Test
    void aClashingNameOrKeyIsRefusedAndChangesNothing() {
        Code us = named("United States");
        assertThatThrownBy(() -> edits.edit(new Code(us.id(), us.uuid(), "russia", us.colour(), "u", "", List.of(), null), "t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> edits.edit(new Code(us.id(), us.uuid(), us.name(), us.colour(), "r", "", List.of(), null), "t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key");
        assertThat(named("United States").key()).isEqualTo("u");
    }

    @Test
    void mergeRecodesEveryClaimWithoutDuplicatesAndUnmergeRestoresExactly() {
        long a = claim(Map.of("treaty", List.of("INF Treaty", "CTBT")));
        long b = claim(Map.of("treaty", List.of("INF", "INF Treaty")));
        long c = claim(Map.of("target", List.of("Washington DC")));
        CodebookEdits.Merge m = edits.merge(named("INF Treaty").uuid(), named("INF").uuid(), "t");
        assertThat(m.claims()).isEqualTo(2);
        assertThat(claims.find(String.valueOf(a)).orElseThrow().codesOf("treaty")).containsExactly("INF", "CTBT");
        assertThat(claims.find(String.valueOf(b)).orElseThrow().codesOf("treaty")).containsExactly("INF");
        assertThat(new CodebookStore(corpus).load().codeLists().get("treaties")).extracting(Code::name).containsExactly("INF", "CTBT");

        edits.unmerge(m, "t");
        assertThat(claims.find(String.valueOf(a)).orElseThrow().codesOf("treaty")).containsExactly("INF Treaty", "CTBT");
        assertThat(claims.find(String.valueOf(b)).orElseThrow().codesOf("treaty")).containsExactly("INF", "INF Treaty");

        edits.merge(named("Washington DC").uuid(), named("United States").uuid(), "t");
        assertThat(claims.find(String.valueOf(c)).orElseThrow().codesOf("target")).containsExactly("United States");
    }

    @Test
    void onlyAnUnusedCodeIsDeletedAndDeletingIsUndoable() {
        claim(Map.of("target", List.of("Russia")));
        assertThatThrownBy(() -> edits.delete(named("Russia").uuid(), "t")).hasMessageContaining("used by 1 claims");
        Code lavrov = named("Lavrov");
        edits.delete(lavrov.uuid(), "t");
        assertThat(new CodebookStore(corpus).load().codeLists().get("actors")).extracting(Code::name).doesNotContain("Lavrov");
        edits.restore(lavrov.uuid(), "t");
        assertThat(named("Lavrov").key()).isEqualTo("l");
        Code added = edits.add("actors", code("China", "c"), "t");
        assertThat(added.id()).isPositive();
        assertThat(edits.uses(added.uuid())).isZero();
    }
}
