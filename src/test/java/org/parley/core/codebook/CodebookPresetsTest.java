package org.parley.core.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.DimensionKind;

class CodebookPresetsTest {
    @TempDir
    Path dir;

    @Test
    void armsControlHasTheFourDimensionsWithSpeakerAndTargetSharingActors() {
        Codebook b = CodebookPresets.preset("arms-control");
        assertThat(b.dimensionNames()).containsExactly("speaker", "target", "treaty", "stance");
        Dimension speaker = b.dimension("speaker").orElseThrow();
        Dimension target = b.dimension("target").orElseThrow();
        assertThat(speaker.codeList()).isEqualTo(target.codeList());
        assertThat(b.dimension("treaty").orElseThrow().kind()).isEqualTo(DimensionKind.MULTI);
        assertThat(b.codesOf(b.dimension("stance").orElseThrow())).extracting(Code::name)
                .contains("support", "oppose", "accuse", "deny", "propose", "warn", "commit", "concern", "report");
        assertThat(b.codesOf(b.dimension("stance").orElseThrow())).allSatisfy(c -> {
            assertThat(c.key()).isNotNull();
            assertThat(c.description()).hasSizeGreaterThan(40);
        });
    }

    @Test
    void aliasesFindActorsAndTreatiesInEnglishAndRussian() {
        Codebook b = CodebookPresets.preset("arms-control");
        Dimension target = b.dimension("target").orElseThrow();
        Dimension treaty = b.dimension("treaty").orElseThrow();
        assertThat(b.findCode(target, "Washington")).map(Code::name).contains("United States");
        assertThat(b.findCode(target, "the Americans")).map(Code::name).contains("United States");
        assertThat(b.findCode(target, "Кремль")).map(Code::name).contains("Russia");
        assertThat(b.findCode(target, "Beijing")).map(Code::name).contains("China");
        assertThat(b.findCode(treaty, "ДРСМД")).map(Code::name).contains("INF");
        assertThat(b.findCode(treaty, "СНВ-3")).map(Code::name).contains("New START");
        assertThat(b.findCode(treaty, "ДВЗЯИ")).map(Code::name).contains("CTBT");
        assertThat(b.findCode(treaty, "ДНЯО")).map(Code::name).contains("NPT");
        Code lavrov = b.findCode(target, "Лавров").orElseThrow();
        Code russia = b.findCode(target, "Russia").orElseThrow();
        assertThat(lavrov.parentUuid()).isEqualTo(russia.uuid());
    }

    @Test
    void factCheckKeepsTheActorsAndAddsVerdicts() {
        Codebook arms = CodebookPresets.preset("arms-control");
        Codebook fc = CodebookPresets.preset("fact-check");
        assertThat(fc.dimensionNames()).contains("speaker", "verdict");
        assertThat(fc.codeLists().get("actors")).isEqualTo(arms.codeLists().get("actors"));
        assertThat(fc.codesOf(fc.dimension("verdict").orElseThrow())).extracting(Code::name)
                .contains("True", "Mostly true", "Mixed", "Mostly false", "False", "Misleading", "Unverifiable");
    }

    @Test
    void writingAndReadingBackGivesTheSameCodebook() {
        Codebook b = CodebookPresets.preset("arms-control");
        Path f = dir.resolve("b.json");
        CodebookFile.write(b, f);
        assertThat(CodebookFile.read(f)).isEqualTo(b);
    }

    @Test
    void aBrokenCodebookFileIsRefusedWithItsNameAndTheProblem() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"name\": \"x\", \"dimensions\": [");
        assertThatThrownBy(() -> CodebookFile.read(bad)).isInstanceOf(CodebookException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining("not valid JSON");
        Path dup = Files.writeString(dir.resolve("dup.json"), """
                {"name": "x", "dimensions": [{"name": "stance", "kind": "single", "codeList": "s"}],
                 "codeLists": {"s": [{"name": "a", "key": "k"}, {"name": "b", "key": "k"}]}}""");
        assertThatThrownBy(() -> CodebookFile.read(dup)).hasMessageContaining("key 'k' is used twice");
        assertThatThrownBy(() -> CodebookPresets.resolve("nonsense")).hasMessageContaining("arms-control, fact-check");
    }
}
