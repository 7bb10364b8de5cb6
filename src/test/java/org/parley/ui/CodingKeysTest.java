package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.config.Settings;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Code;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.CodebookLock;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewAnnotation;
import org.parley.core.store.NewDocument;
import org.parley.ui.coding.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The coding fields' key mode and search mode, the whole code list on Down, creating a code when none
 * matches (and the lead's lock against it), on the real window with the default arms-control codebook.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CodingKeysTest {
    @TempDir
    Path dir;

    private MainWindow open(FxRobot robot, boolean locked) {
        Corpus corpus = Corpus.create(dir.resolve("k.parley"));
        new CodebookStore(corpus).merge(CodebookPresets.preset("arms-control"), "lead");
        new DocumentStore(corpus).add(new NewDocument("Moscow warned Kyiv again on Monday.", DocumentMeta.titled("d")), "t");
        new AnnotationStore(corpus).add(new NewAnnotation(null, 1, new Span(0, 13), Map.of(), "", AnnotationStatus.ACCEPTED, "t"));
        if (locked) {
            new CodebookLock(corpus).set(true, "lead");
        }
        MainWindow window = CodingFlowTest.open(robot, Settings.load(dir.resolve("s.properties")), corpus);
        Workspace w = window.session().workspace();
        robot.interact(() -> w.select(w.claims().get(0)));
        return window;
    }

    private static List<String> codes(MainWindow window, String dimension) {
        return window.session().workspace().selectedProperty().get().codesOf(dimension);
    }

    private static TextField focus(FxRobot robot, String dimension) {
        TextField f = robot.lookup("#dim-" + dimension).queryAs(TextField.class);
        robot.interact(f::requestFocus);
        return f;
    }

    /** The list of codes under a field, once it shows (popups open a pulse later under Monocle). */
    @SuppressWarnings("unchecked")
    private static ListView<Object> list(FxRobot robot, String dimension) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#codes-" + dimension).tryQuery()
                .map(Node::isVisible).orElse(false) && robot.lookup("#codes-" + dimension).queryAs(Node.class).getScene().getWindow().isShowing());
        return robot.lookup("#codes-" + dimension).queryAs(ListView.class);
    }

    private static String shown(Object choice) {
        return choice.toString();
    }

    @Test
    void aSecondLetterMakesASearchAndAKeyAloneNamesWhatItPicked(FxRobot robot) throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            MainWindow window = open(robot, false);
            TextField stance = focus(robot, "stance");
            assertThat(robot.lookup("#mode-stance").queryAs(Label.class).getText()).isEqualTo("keys");
            assertThat(stance.getStyleClass()).contains("key-mode");
            assertThat(stance.getPromptText()).startsWith("keys: s support");

            robot.write("re");                     // r is praise's key, but "re" is a search
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(codes(window, "stance")).isEmpty();
            assertThat(stance.getText()).isEqualTo("re");
            assertThat(robot.lookup("#mode-stance").queryAs(Label.class).getText()).isEqualTo("search");
            assertThat(stance.getStyleClass()).contains("search-mode");
            assertThat(list(robot, "stance").getItems()).extracting(CodingKeysTest::shown)
                    .hasSize(3).anySatisfy(s -> assertThat(s).contains("oppose").contains("reject"));
            Settled.window(window);
            assertThat(window.session().workspace().history().undoLabelProperty().get()).isEmpty(); // nothing left to undo
            assertThat(window.session().workspace().history().redoLabelProperty().get())
                    .as("the picks were typing: Redo must not bring praise back").isEmpty();

            robot.type(KeyCode.ESCAPE);            // closes the list, stays in the field
            assertThat(stance.isFocused()).isTrue();
            robot.interact(stance::clear);
            robot.write("r");                      // alone, r is the key: praise, and says so
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(codes(window, "stance")).containsExactly("praise");
            Label picked = robot.lookup("#picked-stance").queryAs(Label.class);
            assertThat(picked.isVisible()).isTrue();
            assertThat(picked.getText()).contains("praise");
            assertThat(stance.getText()).isEmpty();

            robot.push(KeyCode.CONTROL, KeyCode.Z); // Undo reverses it
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(codes(window, "stance")).isEmpty();

            TextField treaty = focus(robot, "treaty");
            robot.write("target");                 // t, a and r are treaty keys, g is not: a search, nothing coded
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(codes(window, "treaty")).isEmpty();
            assertThat(treaty.getText()).isEqualTo("target");
            Settled.window(window);
            Settled.window(window);
            List<String> stored = Settled.read(window, c -> new AnnotationStore(c).forDocument(1).get(0).codesOf("treaty"));
            assertThat(stored).isEmpty();
        });
    }

    @Test
    void downListsEveryCodeWithKeysColoursAndDescriptions(FxRobot robot) throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            MainWindow window = open(robot, false);
            focus(robot, "speaker");
            robot.type(KeyCode.DOWN);
            ListView<Object> all = list(robot, "speaker");
            List<Code> actors = window.session().workspace().codebookProperty().get().codeLists().get("actors");
            assertThat(all.getItems()).hasSize(actors.size());
            assertThat(all.getPrefWidth()).isGreaterThanOrEqualTo(520);
            Label description = robot.from(all).lookup((Label l) -> l.getText().startsWith("The United States as a state")).query();
            assertThat(description).isNotNull();

            robot.type(KeyCode.DOWN).type(KeyCode.ENTER); // the first: United States
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(codes(window, "speaker")).containsExactly("United States");

            TextField target = focus(robot, "target");
            robot.push(KeyCode.CONTROL, KeyCode.SPACE);
            assertThat(list(robot, "target").getItems()).hasSize(actors.size());
            robot.type(KeyCode.ESCAPE);
            robot.interact(() -> target.setText("Украине")); // a Russian case form finds Ukraine by its stem
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(codes(window, "target")).containsExactly("Ukraine");
        });
    }

    @Test
    void noMatchOffersToCreateTheCodeUndoably(FxRobot robot) throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            MainWindow window = open(robot, false);
            Workspace w = window.session().workspace();
            focus(robot, "target");
            robot.write("the West");
            assertThat(list(robot, "target").getItems()).extracting(CodingKeysTest::shown)
                    .singleElement().satisfies(s -> assertThat(s).contains("Create").contains("the West"));
            robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
            Settled.window(window);
            assertThat(codes(window, "target")).containsExactly("the West");
            assertThat(w.codebookProperty().get().codeLists().get("actors")).extracting(Code::name).contains("the West");
            assertThat(robot.lookup("#dim-target").queryAs(TextField.class).isFocused()).isTrue();
            assertThat(robot.lookup("#dim-target").queryAs(TextField.class).getText()).isEmpty();

            robot.interact(w::undo);
            robot.interact(w::undo);
            Settled.window(window);
            assertThat(codes(window, "target")).isEmpty();
            assertThat(w.codebookProperty().get().codeLists().get("actors")).extracting(Code::name).doesNotContain("the West");

            TextField again = focus(robot, "target"); // a new codebook is a new panel
            robot.interact(() -> again.setText("the West")); // created again after the undo: the same code comes back
            list(robot, "target");
            robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
            Settled.window(window);
            assertThat(codes(window, "target")).containsExactly("the West");
            assertThat(w.codebookProperty().get().codeLists().get("actors")).extracting(Code::name).containsOnlyOnce("the West");
            assertThat(robot.lookup("#save-state").queryLabeled().getText()).isEqualTo("Saved");
        });
    }

    @Test
    void aLockedCodebookOffersNoNewCode(FxRobot robot) throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            MainWindow window = open(robot, true);
            Workspace w = window.session().workspace();
            int before = w.codebookProperty().get().codeLists().get("actors").size();
            focus(robot, "target");
            robot.write("the West");
            assertThat(list(robot, "target").getItems()).extracting(CodingKeysTest::shown)
                    .singleElement().satisfies(s -> assertThat(s).contains("locked").doesNotContain("Create"));
            robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
            Settled.window(window);
            assertThat(codes(window, "target")).isEmpty();
            assertThat(w.codebookProperty().get().codeLists().get("actors")).hasSize(before);
        });
    }

    /** {@code -Dparley.screenshots=docs/images}: writes code-list.png, the window with the target's whole code list open. */
    @Test
    void screenshotOfTheCodeList(FxRobot robot) throws Exception {
        String folder = System.getProperty("parley.screenshots");
        org.junit.jupiter.api.Assumptions.assumeTrue(folder != null, "only when asked for screenshots");
        MainWindow window = open(robot, false);
        robot.interact(() -> {
            window.stage().setWidth(1280);
            window.stage().setHeight(800);
        });
        Settled.window(window);
        focus(robot, "speaker");
        robot.write("r").type(KeyCode.TAB);
        robot.type(KeyCode.DOWN);
        ListView<Object> all = list(robot, "target");
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        java.awt.image.BufferedImage[] out = new java.awt.image.BufferedImage[1];
        robot.interact(() -> {
            javafx.scene.Scene main = window.stage().getScene();
            javafx.scene.Scene popup = all.getScene();
            java.awt.image.BufferedImage image = awt(main.snapshot(null));
            java.awt.Graphics2D g = image.createGraphics();
            javafx.geometry.Point2D at = main.getRoot().screenToLocal(popup.getWindow().getX() + popup.getX(), popup.getWindow().getY() + popup.getY());
            g.drawImage(awt(popup.snapshot(null)), (int) at.getX(), (int) at.getY(), null);
            g.dispose();
            out[0] = image;
        });
        javax.imageio.ImageIO.write(out[0], "png", Path.of(folder, "code-list.png").toFile());
    }

    private static java.awt.image.BufferedImage awt(javafx.scene.image.WritableImage fx) {
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        javafx.scene.image.PixelReader pixels = fx.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return image;
    }
}
