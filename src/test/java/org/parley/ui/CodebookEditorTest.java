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
import org.testfx.util.WaitForAsyncUtils;
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
        Settled.window(window);
        assertThat(workspace.claims().get(0).codesOf("target")).containsExactly("USA");
        assertThat(claims.forDocument(1).get(0).codesOf("target")).containsExactly("USA");

        robot.interact(() -> {
            var treaties = workspace.codebookProperty().get().codeLists().get("treaties");
            Code open = treaties.stream().filter(c -> c.name().equals("Open Skies")).findFirst().orElseThrow();
            Code inf = treaties.stream().filter(c -> c.name().equals("INF")).findFirst().orElseThrow();
            new CodebookWork(workspace).merge(open, inf);
        });
        Settled.window(window);
        assertThat(claims.forDocument(1).get(0).codesOf("treaty")).containsExactly("INF");
        assertThat(workspace.codebookProperty().get().codeLists().get("treaties")).extracting(Code::name).doesNotContain("Open Skies");

        robot.interact(workspace::undo);
        Settled.window(window);
        assertThat(claims.forDocument(1).get(0).codesOf("treaty")).containsExactly("INF", "Open Skies");
        robot.interact(workspace::undo);
        Settled.window(window);
        assertThat(workspace.claims().get(0).codesOf("target")).containsExactly("United States");

        robot.interact(() -> new CodebookWork(workspace).addDimension(new org.parley.core.model.Dimension(0,
                org.parley.core.model.Ids.newUuid(), "verdict", org.parley.core.model.DimensionKind.TEXT, null, "Rating")));
        Settled.window(window);
        assertThat(robot.lookup("#dim-verdict").tryQuery()).isPresent();
        robot.interact(workspace::undo);
        Settled.window(window);
        assertThat(robot.lookup("#dim-verdict").tryQuery()).isEmpty();
        assertThat(workspace.codebookProperty().get().dimensionNames()).doesNotContain("verdict");
        robot.interact(() -> editor.dialog().close());
    }

    @Test
    void aNewCodeStartsEmptyWithAFreeKeyAndColourAndAMergeTargetIsChosen(FxRobot robot) throws Exception {
        Corpus corpus = UiCorpus.create(dir);
        new DocumentStore(corpus).add(new NewDocument("Washington left the INF and Open Skies treaties.", DocumentMeta.titled("d")), "t");
        new AnnotationStore(corpus).add(new NewAnnotation(null, 1, new Span(0, 10), Map.of("target", List.of("United States")),
                "", AnnotationStatus.ACCEPTED, "t"));
        Settings settings = Settings.load(dir.resolve("s.properties"));
        MainWindow window = CodingFlowTest.open(robot, settings, corpus);
        var workspace = window.session().workspace();
        CodebookEditor[] made = new CodebookEditor[1];
        robot.interact(() -> {
            made[0] = new CodebookEditor(workspace, settings);
            made[0].show(window.stage());
            made[0].select("actors", "United States");
        });
        List<Code> actors = workspace.codebookProperty().get().codeLists().get("actors");
        robot.clickOn("#add-code");
        javafx.scene.control.TextField name = robot.lookup("#code-name").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.TextField key = robot.lookup("#code-key").queryAs(javafx.scene.control.TextField.class);
        assertThat(name.getText()).as("a new code starts empty").isEmpty();
        assertThat(name.isFocused()).isTrue();
        assertThat(key.getText()).as("a key no actor has").isNotEmpty()
                .isNotIn(actors.stream().map(Code::key).filter(java.util.Objects::nonNull).toList());
        robot.write("NATO");
        robot.clickOn("#save-code");
        Settled.window(window);
        assertThat(workspace.codebookProperty().get().codeLists().get("actors")).extracting(Code::name).contains("NATO", "United States");
        assertThat(robot.lookup(".problem").queryAs(javafx.scene.control.Label.class).getText()).isEmpty();
        Code nato = workspace.codebookProperty().get().codeLists().get("actors").stream().filter(c -> c.name().equals("NATO")).findFirst().orElseThrow();
        assertThat(actors).extracting(Code::colour).doesNotContain(nato.colour());

        robot.interact(() -> made[0].select("actors", "United States"));
        robot.interact(() -> javafx.application.Platform.runLater(() -> robot.lookup("#merge-code").queryButton().fire()));
        Settled.window(window);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#merge-into").tryQuery().isPresent());
        javafx.scene.control.DialogPane merge = robot.lookup("#merge-into").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(merge.getHeaderText()).contains("its 1 claim is recoded");
        assertThat(merge.lookupButton(javafx.scene.control.ButtonType.OK).isDisabled()).as("no target is chosen for the coder").isTrue();
        robot.interact(() -> merge.getScene().getWindow().hide());
        robot.interact(() -> made[0].dialog().close());
        assertThat(settings.codebookEditorSize(new double[] {0, 0})[0]).as("the size is remembered").isGreaterThan(0);
        robot.interact(window::quit);
    }

    @Test
    void aStancesValueIsEditedAndAWordIsRefused(FxRobot robot) {
        Corpus corpus = UiCorpus.create(dir);
        MainWindow window = CodingFlowTest.open(robot, Settings.load(dir.resolve("s.properties")), corpus);
        var workspace = window.session().workspace();
        CodebookEditor[] made = new CodebookEditor[1];
        robot.interact(() -> {
            made[0] = new CodebookEditor(workspace);
            made[0].show(window.stage());
            made[0].select("stances", "warn");
        });
        javafx.scene.control.TextField value = robot.lookup("#code-value").queryAs(javafx.scene.control.TextField.class);
        assertThat(value.getText()).as("the test codebook gives warn no value").isEmpty();
        robot.interact(() -> value.setText("minus"));
        robot.clickOn("#save-code");
        assertThat(robot.lookup(".problem").queryAllAs(javafx.scene.control.Label.class)).extracting(javafx.scene.control.Label::getText)
                .anySatisfy(t -> assertThat(t).contains("must be a number"));
        robot.interact(() -> value.setText("-1"));
        robot.clickOn("#save-code");
        Settled.window(window);
        Code report = workspace.codebookProperty().get().codeLists().get("stances").stream()
                .filter(c -> c.name().equals("warn")).findFirst().orElseThrow();
        assertThat(report.value()).isEqualTo(-1.0);
        robot.interact(() -> made[0].dialog().close());
        robot.interact(window::quit);
    }
}
