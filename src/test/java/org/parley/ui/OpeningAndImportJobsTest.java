package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentListing;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a corpus runs off the FX thread (and asks about unsaved work before it replaces the open one); an import shows progress and stops on Cancel. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OpeningAndImportJobsTest {
    @TempDir
    Path dir;

    private MainWindow window(FxRobot robot) {
        return CodingFlowTest.open(robot, Settings.load(dir.resolve("settings.properties")), UiCorpus.create(dir));
    }

    @Test
    void openingACorpusRunsOffTheFxThread(FxRobot robot) throws Exception {
        Path other = dir.resolve("other.parley");
        try (Corpus c = Corpus.create(other)) {
            new DocumentStore(c).add(new NewDocument("Another corpus's only text.", DocumentMeta.titled("other")), "tester");
        }
        MainWindow window = window(robot);
        CorpusSession before = window.session();
        CorpusSession[] rightAfter = new CorpusSession[1];
        robot.interact(() -> {
            window.files().open(other);
            rightAfter[0] = window.session();
        });
        assertThat(rightAfter[0]).as("the FX thread is back before the corpus is open").isSameAs(before);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.session() != before);
        Settled.window(window);
        assertThat(window.stage().getTitle()).isEqualTo("Parley — other.parley");
        assertThat(window.session().corpus().file()).isEqualTo(other);
        assertThat(window.session().browser().size()).isEqualTo(1);

        Path notACorpus = Files.writeString(dir.resolve("notes.parley"), "just some words, not a corpus");
        CorpusSession shown = window.session();
        robot.interact(() -> window.files().open(notACorpus));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String error = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertThat(error).contains(notACorpus.toString()).doesNotContain("\n").doesNotContain("Exception");
        assertThat(window.session()).as("the corpus open stays open").isSameAs(shown);
        robot.interact(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class).getScene().getWindow().hide());
        robot.interact(window::quit);
    }

    @Test
    void switchingCorpusWithAFailedSaveAsksAndCancelStays(FxRobot robot) throws Exception {
        Path other = dir.resolve("other.parley");
        Corpus.create(other).close();
        MainWindow window = window(robot);
        robot.interact(() -> window.session().corpus().save("refused", c -> {
            throw new java.io.IOException("the disk is full");
        }, x -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session().corpus().saves().status().halted());
        CorpusSession before = window.session();
        javafx.application.Platform.runLater(() -> window.files().open(other)); // the question waits for an answer
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#unsaved-changes").tryQuery().isPresent());
        assertThat(robot.lookup("#unsaved-changes").queryAs(DialogPane.class).getHeaderText()).isEqualTo("1 change not saved");
        assertThat(robot.lookup("#unsaved-changes").queryAs(DialogPane.class).getContentText()).contains("the disk is full");
        Settled.click(robot, "#unsaved-cancel");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session()).isSameAs(before);
        assertThat(window.stage().getTitle()).isEqualTo("Parley — ui.parley");
        robot.interact(() -> window.session().corpus().saves().discard());
        robot.interact(window::quit);
    }

    @Test
    void theImportDialogShowsProgressAndCancelStopsTheImport(FxRobot robot) throws Exception {
        int files = 4000;
        Path folder = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < files; i++) {
            Files.writeString(folder.resolve(String.format("%05d.txt", i)), "Headline number " + i + "\n\n" + ("The text of article " + i + ". ").repeat(150));
        }
        MainWindow window = window(robot);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            robot.interact(() -> window.files().importPaths(List.of(folder)));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> robot.lookup("#import-progress").queryAs(Label.class).getText().contains(" of " + files + ": "));
            robot.interact(() -> robot.lookup("#import-cancel").queryButton().fire()); // at once: the import is quick
            Settled.window(window);
            DialogPane summary = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertThat(summary.getHeaderText()).startsWith("Import cancelled: ");
            int stored;
            try (Corpus c = Corpus.openToRead(window.session().corpus().file())) {
                stored = new DocumentListing(c).count("", false);
            }
            assertThat(stored).isGreaterThan(0).isLessThan(files);
            assertThat(window.session().browser().size()).isEqualTo(stored);
            robot.interact(() -> summary.getScene().getWindow().hide());
        });
        robot.interact(window::quit);
    }

    @Test
    void aClaimMadeWhileALargeImportRunsIsSavedBeforeTheImportEnds(FxRobot robot) throws Exception {
        int files = 4000;
        Path folder = Files.createDirectories(dir.resolve("big"));
        for (int i = 0; i < files; i++) {
            Files.writeString(folder.resolve(String.format("%05d.txt", i)), "Headline " + i + "\n\n" + ("The text of article " + i + ". ").repeat(150));
        }
        Corpus corpus = UiCorpus.create(dir);
        String text = "MOSCOW, November 1. /TASS/. Lavrov said the United States wrecks arms control.";
        new DocumentStore(corpus).add(new NewDocument(text, DocumentMeta.titled("one")), "tester");
        MainWindow window = CodingFlowTest.open(robot, Settings.load(dir.resolve("settings.properties")), corpus);
        CorpusSession s = window.session();
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            robot.interact(() -> window.files().importPaths(List.of(folder)));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> robot.lookup("#import-progress").queryAs(Label.class).getText().contains(" of " + files + ": "));
            int at = text.indexOf("Lavrov said");
            robot.interact(() -> {
                s.reader().area().selectRange(at, at + "Lavrov said".length());
                s.reader().makeClaim();
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> s.workspace().save().stateProperty().get() == org.parley.ui.common.SaveState.State.SAVED);
            assertThat(s.corpus().jobs().running()).as("the import is still running when the claim is on disk").isNotEmpty();
            int claims;
            try (Corpus c = Corpus.openToRead(corpus.file())) {
                claims = new org.parley.core.store.AnnotationStore(c).forDocument(1).size();
            }
            assertThat(claims).isEqualTo(1);
            robot.interact(() -> robot.lookup("#import-cancel").queryButton().fire());
            Settled.window(window);
            robot.interact(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class).getScene().getWindow().hide());
        });
        robot.interact(window::quit);
    }
}
