package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Moving between documents and through a long one by keyboard lands where asked, and reopening returns there. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DocumentNavigationTest {
    @TempDir
    Path dir;

    static String longText() {
        StringBuilder b = new StringBuilder("A long communiqué\n");
        for (int i = 1; i <= 600; i++) {
            b.append("Paragraph ").append(i).append(": the parties reaffirm their commitment to the Treaty, ")
                    .append("as the statement of the ministers says in its part ").append(i).append(".\n");
        }
        return b.append("The last paragraph.").toString();
    }

    private static void keys(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
    }

    private static boolean caretShows(CorpusSessionView v) {
        int caret = v.reader().area().getCurrentParagraph();
        return v.reader().area().firstVisibleParToAllParIndex() <= caret && caret <= v.reader().area().lastVisibleParToAllParIndex();
    }

    /** The pieces of the session the test looks at. */
    private record CorpusSessionView(org.parley.ui.reader.ReaderView reader) {
    }

    @Test
    void pageDownReachesEveryDocumentAndTheListKeepsShowingTheOpenOne(FxRobot robot) throws Exception {
        Corpus corpus = UiCorpus.create(dir);
        DocumentStore docs = new DocumentStore(corpus);
        for (String t : new String[] {"one", "two", "three"}) {
            docs.add(new NewDocument("Document " + t + ": Lavrov said the United States wrecks arms control.", DocumentMeta.titled(t)), "t");
        }
        MainWindow w = CodingFlowTest.open(robot, Settings.load(dir.resolve("s.properties")), corpus);
        var s = w.session();
        for (String expected : new String[] {"two", "three"}) {
            robot.interact(() -> {
                s.reader().area().requestFocus();
                s.reader().selectRange(0, 8);
                s.reader().makeClaim(); // an edit: the list is read again
            });
            robot.interact(() -> s.reader().area().requestFocus());
            keys(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN);
            Settled.window(w);
            assertThat(s.workspace().documentProperty().get().title()).isEqualTo(expected);
            assertThat(s.browser().table().getSelectionModel().getSelectedItem()).as("the list highlights the open document")
                    .isNotNull().extracting(d -> d.title()).isEqualTo(expected);
        }
        robot.interact(w::quit);
    }

    @Test
    void ctrlEndShowsTheEndOfALongDocumentAndReopeningReturnsToThePlace(FxRobot robot) throws Exception {
        Corpus corpus = UiCorpus.create(dir);
        String text = longText();
        new DocumentStore(corpus).add(new NewDocument(text, DocumentMeta.titled("long")), "t");
        Settings settings = Settings.load(dir.resolve("s.properties"));
        MainWindow w = CodingFlowTest.open(robot, settings, corpus);
        var v = new CorpusSessionView(w.session().reader());
        robot.interact(() -> v.reader().area().requestFocus());
        keys(robot, KeyCode.CONTROL, KeyCode.END);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> caretShows(v));
        assertThat(v.reader().area().getCurrentParagraph()).isEqualTo(v.reader().area().getParagraphs().size() - 1);

        int place = text.indexOf("Paragraph 400:");
        robot.interact(() -> v.reader().moveToText(place));
        Settled.window(w);
        robot.interact(w::quit);

        MainWindow again = CodingFlowTest.open(robot, Settings.load(dir.resolve("s.properties")), Corpus.open(corpus.file()));
        var v2 = new CorpusSessionView(again.session().reader());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> caretShows(v2));
        assertThat(v2.reader().caretInText()).isEqualTo(place);
        robot.interact(again::quit);
    }
}
