package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Code;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewAnnotation;
import org.parley.core.store.NewDocument;
import org.parley.ui.codebook.CodebookEditor;
import org.parley.ui.codebook.CodebookWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Renaming and merging codes in the editor recodes the claims in the window and the store, and undoes. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CodebookEditorTest {
    @TempDir
    Path dir;

    @Test
    void renameAndMergeRecodeClaimsAndUndoPutsThemBack(FxRobot robot) {
        Corpus corpus = UiCorpus.create(dir);
        new DocumentStore(corpus).add(new NewDocument("Washington left the INF and Open Skies treaties.", DocumentMeta.titled("d")), "t");
        AnnotationStore claims = new AnnotationStore(corpus);
        claims.add(new NewAnnotation(null, 1, new Span(0, 10), Map.of("target", List.of("United States"),
                "treaty", List.of("INF", "Open Skies")), "", AnnotationStatus.ACCEPTED, "t"));
        MainWindow window = CodingFlowTest.open(robot, Settings.load(dir.resolve("s.properties")), corpus);
        var workspace = window.session().workspace();

        CodebookEditor[] made = new CodebookEditor[1];
        robot.interact(() -> made[0] = new CodebookEditor(workspace));
        CodebookEditor editor = made[0];
        robot.interact(() -> {
            editor.show(window.stage());
            editor.select("actors", "United States");
        });
        // the click puts the caret wherever it lands in the text (font metrics differ between machines): End first
        robot.clickOn("#code-name").push(KeyCode.END).eraseText("United States".length()).write("USA");
        robot.clickOn("#save-code");
        assertThat(workspace.claims().get(0).codesOf("target")).containsExactly("USA");
        assertThat(claims.forDocument(1).get(0).codesOf("target")).containsExactly("USA");

        robot.interact(() -> {
            var treaties = workspace.codebookProperty().get().codeLists().get("treaties");
            Code open = treaties.stream().filter(c -> c.name().equals("Open Skies")).findFirst().orElseThrow();
            Code inf = treaties.stream().filter(c -> c.name().equals("INF")).findFirst().orElseThrow();
            new CodebookWork(workspace).merge(open, inf);
        });
        assertThat(claims.forDocument(1).get(0).codesOf("treaty")).containsExactly("INF");
        assertThat(workspace.codebookProperty().get().codeLists().get("treaties")).extracting(Code::name).doesNotContain("Open Skies");

        robot.interact(workspace::undo);
        assertThat(claims.forDocument(1).get(0).codesOf("treaty")).containsExactly("INF", "Open Skies");
        robot.interact(workspace::undo);
        assertThat(workspace.claims().get(0).codesOf("target")).containsExactly("United States");

        robot.interact(() -> new CodebookWork(workspace).addDimension(new org.parley.core.model.Dimension(0,
                org.parley.core.model.Ids.newUuid(), "verdict", org.parley.core.model.DimensionKind.TEXT, null, "Rating")));
        assertThat(robot.lookup("#dim-verdict").tryQuery()).isPresent();
        robot.interact(workspace::undo);
        assertThat(robot.lookup("#dim-verdict").tryQuery()).isEmpty();
        assertThat(workspace.codebookProperty().get().dimensionNames()).doesNotContain("verdict");
        robot.interact(() -> editor.dialog().close());
    }
}
