package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.model.Annotation;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;
import org.parley.ui.common.SaveState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The trash list is read after the saves made before it, on the real background thread. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TrashDialogTest {
    static final String TEXT = "Lavrov said Washington decided not to ratify the CTBT.";

    @TempDir
    Path dir;

    @Test
    void theTrashShowsAClaimTrashedAMomentBeforeItOpened(FxRobot robot) throws Exception {
        Corpus corpus = UiCorpus.create(dir);
        new DocumentStore(corpus).add(new NewDocument(TEXT, DocumentMeta.titled("CTBT")), "tester");
        MainWindow[] w = new MainWindow[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            w[0] = new MainWindow(stage, Settings.load(dir.resolve("settings.properties")), "tester", Settled.opened(corpus));
            stage.show();
        });
        CorpusSession s = w[0].session();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> s.workspace().documentProperty().get() != null);
        int at = TEXT.indexOf("Washington decided");
        robot.interact(() -> {
            s.reader().area().requestFocus();
            s.reader().area().selectRange(at, at + "Washington decided".length());
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> s.workspace().save().stateProperty().get() == SaveState.State.SAVED);
        Annotation made = s.workspace().selectedProperty().get();

        CountDownLatch hold = new CountDownLatch(1); // the disk is slow: the trash's save waits on the background thread
        s.corpus().save("a slow disk", c -> hold.await(10, TimeUnit.SECONDS), x -> { });
        robot.interact(() -> {
            s.workspace().trashSelected();
            s.restoreFromTrash();
        });
        hold.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#trash-list").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#trash-list").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(a -> ((Annotation) a).uuid()).containsExactly(made.uuid());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(w[0]::quit);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
