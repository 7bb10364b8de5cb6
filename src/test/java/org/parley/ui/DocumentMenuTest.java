package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.model.Document;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.DocumentSummary;
import org.parley.core.store.MemoStore;
import org.parley.core.store.NewAnnotation;
import org.parley.core.store.NewDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Document > Details (F4), trash and restore, the corpus memo: each stored in order and undone by Ctrl+Z. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DocumentMenuTest {
    @TempDir
    Path dir;
    Corpus corpus;
    MainWindow window;
    CorpusSession s;

    @BeforeEach
    void open(FxRobot robot) {
        corpus = UiCorpus.create(dir);
        long first = new DocumentStore(corpus).add(new NewDocument("Lavrov said Washington decided not to ratify the CTBT.",
                DocumentMeta.titled("Wrong title from a bad import")), "tester").id();
        new AnnotationStore(corpus).add(new NewAnnotation(null, first, new org.parley.core.model.Span(0, 6), java.util.Map.of(),
                "", org.parley.core.model.AnnotationStatus.ACCEPTED, "tester"));
        new DocumentStore(corpus).add(new NewDocument("Ryabkov spoke of New START.", DocumentMeta.titled("Second")), "tester");
        window = CodingFlowTest.open(robot, Settings.load(dir.resolve("settings.properties")), corpus);
        s = window.session();
        assertThat(openId()).isEqualTo(1);
    }

    private long openId() {
        return s.workspace().documentProperty().get().id();
    }

    private Document stored(long id) {
        return Settled.read(window, c -> new DocumentStore(c).get(String.valueOf(id)));
    }

    private String memo(String documentUuid) {
        return Settled.<String>read(window, c -> new MemoStore(c).text(documentUuid));
    }

    private List<String> listedTitles() {
        return s.browser().table().getItems().stream().map(DocumentSummary::title).toList();
    }

    private void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).isPresent());
    }

    @Test
    void f4CorrectsTheTitleDateAndMemoAndCtrlZPutsThemBack(FxRobot robot) {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            robot.type(KeyCode.F4);
            waitFor(robot, "#doc-title");
            TextField title = robot.lookup("#doc-title").queryAs(TextField.class);
            assertThat(title.getText()).isEqualTo("Wrong title from a bad import");
            robot.interact(title::clear);
            robot.clickOn(title).write("Lavrov on the CTBT");
            robot.interact(() -> {
                robot.lookup("#doc-date").queryAs(TextField.class).setText("2019-13-01");
                robot.lookup("#doc-source").queryAs(TextField.class).setText("TASS");
                robot.lookup("#doc-fields").queryAs(TextArea.class).setText("section: World\n");
                robot.lookup("#doc-memo").queryAs(TextArea.class).setText("Check the date against the wire.");
            });
            robot.clickOn("Save");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#doc-problem").queryAs(Label.class).getText()).contains("2019-13-01");
            robot.interact(() -> robot.lookup("#doc-date").queryAs(TextField.class).setText("2019-11-01"));
            robot.clickOn("Save");
            Settled.window(window);

            Document d = stored(1);
            assertThat(d.title()).isEqualTo("Lavrov on the CTBT");
            assertThat(d.meta().published().iso()).isEqualTo("2019-11-01");
            assertThat(d.meta().source()).isEqualTo("TASS");
            assertThat(d.meta().extra()).containsEntry("section", "World");
            assertThat(memo(d.uuid())).isEqualTo("Check the date against the wire.");
            assertThat(listedTitles()).contains("Lavrov on the CTBT");
            assertThat(s.workspace().documentProperty().get().title()).as("the window shows the stored details at once")
                    .isEqualTo("Lavrov on the CTBT");

            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            Settled.window(window);
            Document back = stored(1);
            assertThat(back.title()).isEqualTo("Wrong title from a bad import");
            assertThat(back.meta().published()).isNull();
            assertThat(back.meta().extra()).isEmpty();
            assertThat(memo(d.uuid())).isEmpty();
            assertThat(listedTitles()).contains("Wrong title from a bad import");

            robot.interact(() -> s.workspace().redo());
            Settled.window(window);
            assertThat(stored(1).title()).isEqualTo("Lavrov on the CTBT");

            robot.type(KeyCode.F4); // read again: the dialog shows what is stored now
            waitFor(robot, "#doc-title");
            assertThat(robot.lookup("#doc-title").queryAs(TextField.class).getText()).isEqualTo("Lavrov on the CTBT");
            assertThat(robot.lookup("#doc-memo").queryAs(TextArea.class).getText()).isEqualTo("Check the date against the wire.");
            robot.type(KeyCode.ESCAPE);
        });
    }

    @Test
    void theOpenDocumentGoesToTheTrashWithItsClaimsAndComesBack(FxRobot robot) {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.SHIFT, KeyCode.CONTROL);
            Settled.window(window);
            assertThat(stored(1).inTrash()).isTrue();
            assertThat(openId()).as("the next document opens").isEqualTo(2);
            assertThat(listedTitles()).containsExactly("Second");

            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            Settled.window(window);
            assertThat(stored(1).inTrash()).isFalse();
            assertThat(openId()).isEqualTo(1);
            assertThat(s.workspace().claims()).hasSize(1);
            assertThat(listedTitles()).containsExactly("Wrong title from a bad import", "Second");

            robot.interact(() -> s.documents().trashOpen());
            Settled.window(window);
            robot.interact(() -> s.documents().restoreFromTrash());
            waitFor(robot, "#document-trash-list");
            robot.clickOn("Restore");
            Settled.window(window);
            assertThat(stored(1).inTrash()).isFalse();
            assertThat(openId()).isEqualTo(1);
            assertThat(listedTitles()).hasSize(2);
            robot.interact(() -> s.workspace().undo()); // undoing the restore puts it back in the trash
            Settled.window(window);
            assertThat(stored(1).inTrash()).isTrue();
        });
    }

    @Test
    void theCorpusMemoIsKeptAndUndoable(FxRobot robot) {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
            waitFor(robot, "#corpus-memo");
            robot.clickOn("#corpus-memo").write("Stance codes: warn means a threat.");
            assertThat(robot.lookup("#corpus-memo").queryAs(TextArea.class).getText()).isEqualTo("Stance codes: warn means a threat.");
            robot.clickOn("Save");
            Settled.window(window);
            assertThat(memo(null)).isEqualTo("Stance codes: warn means a threat.");
            robot.interact(() -> s.workspace().undo());
            Settled.window(window);
            assertThat(memo(null)).isEmpty();
        });
    }

    @Test
    void theShortcutSheetListsTheDocumentKeys(FxRobot robot) {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            robot.type(KeyCode.F1);
            waitFor(robot, "#shortcut-sheet");
            List<String> labels = robot.lookup("#shortcut-sheet").lookup((javafx.scene.Node n) -> n instanceof Label).queryAllAs(Label.class)
                    .stream().map(Label::getText).toList();
            assertThat(labels).contains("Document", "F4", "Details and memo…", "Move document to the trash (with its claims)",
                    "Corpus memo (your journal)…");
            robot.type(KeyCode.ESCAPE);
        });
    }
}
