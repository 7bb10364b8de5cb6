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
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewAnnotation;
import org.parley.core.store.NewDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The keyboard gets around: next and previous claim and document, find, zoom, accept and reject, backup. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NavigationTest {
    @TempDir
    Path dir;

    @Test
    void keysMoveBetweenClaimsAndDocumentsFindTextZoomAndSetStatus(FxRobot robot) throws Exception {
        Corpus corpus = UiCorpus.create(dir);
        DocumentStore docs = new DocumentStore(corpus);
        docs.add(new NewDocument("Lavrov said the US wrecks arms control. Ryabkov said Moscow is open to talks.", DocumentMeta.titled("one")), "t");
        docs.add(new NewDocument("Second document about New START.", DocumentMeta.titled("two")), "t");
        AnnotationStore claims = new AnnotationStore(corpus);
        claims.add(new NewAnnotation(null, 1, new Span(0, 38), Map.of(), "", AnnotationStatus.SUGGESTED, "t"));
        claims.add(new NewAnnotation(null, 1, new Span(40, 77), Map.of(), "", AnnotationStatus.SUGGESTED, "t"));
        MainWindow w = CodingFlowTest.open(robot, Settings.load(dir.resolve("s.properties")), corpus);
        var s = w.session();
        robot.interact(() -> s.reader().area().requestFocus());

        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        assertThat(s.workspace().selectedProperty().get().start()).isZero();
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        assertThat(s.workspace().selectedProperty().get().start()).isEqualTo(40);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        Settled.window(w);
        assertThat(claims.forDocument(1)).extracting(a -> a.status()).containsExactly(AnnotationStatus.REJECTED, AnnotationStatus.ACCEPTED);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("moscow").type(KeyCode.ENTER);
        assertThat(s.reader().area().getSelectedText()).isEqualTo("Moscow");

        String before = s.reader().area().getStyle();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertThat(s.reader().area().getStyle()).isNotEqualTo(before).contains("17px");

        robot.interact(() -> s.reader().area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        Settled.window(w);
        assertThat(s.workspace().documentProperty().get().title()).isEqualTo("two");
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        Settled.window(w);
        assertThat(s.workspace().documentProperty().get().title()).isEqualTo("one");

        Path backup = dir.resolve("backup.parley");
        robot.interact(() -> w.files().backup(backup));
        Settled.window(w);
        robot.interact(() -> robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getScene().getWindow().hide());
        try (Corpus copy = Corpus.open(backup)) {
            assertThat(new AnnotationStore(copy).forDocument(1)).hasSize(2);
        }
        robot.interact(w::quit);
    }
}
