package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.model.Annotation;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;
import org.parley.core.model.DocumentMeta;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Never lose a coding: undo and redo every change, trash and restore, and a failed save kept for retry. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UndoTrashAndRetryTest {
    static final String TEXT = "Москва, 1 ноября. Лавров заявил, что США стремятся разрушить всю систему контроля над вооружениями.\n"
            + "He also said Washington decided not to ratify the CTBT.";

    @TempDir
    Path dir;
    Corpus corpus;
    MainWindow window;
    CorpusSession s;

    @BeforeEach
    void open(FxRobot robot) {
        corpus = UiCorpus.create(dir);
        new DocumentStore(corpus).add(new NewDocument(TEXT, DocumentMeta.titled("Лавров о контроле над вооружениями")), "tester");
        window = CodingFlowTest.open(robot, Settings.load(dir.resolve("settings.properties")), corpus);
        s = window.session();
    }

    private Annotation claimOf(FxRobot robot, String words) {
        int at = TEXT.indexOf(words);
        robot.interact(() -> {
            s.reader().area().requestFocus();
            s.reader().area().selectRange(at, at + words.length());
        });
        robot.type(KeyCode.ENTER);
        return s.workspace().selectedProperty().get();
    }

    private List<Annotation> stored() {
        return new AnnotationStore(corpus).forDocument(1);
    }

    @Test
    void undoAndRedoReachTheStoreForCodesAndBoundariesAndNewClaims(FxRobot robot) {
        Annotation made = claimOf(robot, "США стремятся разрушить");
        robot.write("r");
        assertThat(stored().get(0).codesOf("speaker")).containsExactly("Russia");

        robot.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHIFT, KeyCode.ALT);
        assertThat(stored().get(0).quote()).isEqualTo("США стремятся разрушить всю");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(stored().get(0).quote()).isEqualTo("США стремятся разрушить");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(stored().get(0).codes()).isEmpty();
        assertThat(s.workspace().selectedProperty().get().codes()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(stored().get(0).codesOf("speaker")).containsExactly("Russia");

        robot.interact(() -> {
            s.workspace().undo();
            s.workspace().undo();
        });
        assertThat(stored()).isEmpty();
        assertThat(s.workspace().claims()).isEmpty();
        robot.interact(() -> s.workspace().redo());
        assertThat(stored()).extracting(Annotation::uuid).containsExactly(made.uuid());
    }

    @Test
    void trashIsRestorableAndUndoable(FxRobot robot) {
        Annotation made = claimOf(robot, "Washington decided");
        robot.press(KeyCode.CONTROL, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.CONTROL);
        assertThat(stored()).isEmpty();
        assertThat(new AnnotationStore(corpus).trashOf(1)).extracting(Annotation::uuid).containsExactly(made.uuid());

        robot.interact(() -> s.workspace().undo());
        assertThat(stored()).extracting(Annotation::uuid).containsExactly(made.uuid());
        robot.interact(() -> s.workspace().trashSelected());
        assertThat(s.workspace().claims()).isEmpty();

        robot.interact(() -> s.workspace().trashOfDocument(trash -> s.workspace().restoreFromTrash(trash.get(0))));
        assertThat(stored()).extracting(Annotation::quote).containsExactly("Washington decided");
        assertThat(s.workspace().claims()).hasSize(1);
    }

    @Test
    void aFailedSaveIsShownAtOnceAndKeptUntilRetried(FxRobot robot) throws Exception {
        claimOf(robot, "Лавров заявил");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + corpus.file());
             Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER full_disk BEFORE UPDATE ON annotation BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        }
        robot.write("r");
        assertThat(robot.lookup("#save-state").queryLabeled().getText()).startsWith("NOT SAVED").contains("is full");
        assertThat(s.workspace().selectedProperty().get().codesOf("speaker")).containsExactly("Russia");
        assertThat(stored().get(0).codes()).isEmpty();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + corpus.file());
             Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER full_disk");
        }
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        assertThat(robot.lookup("#save-state").queryLabeled().getText()).isEqualTo("Saved");
        assertThat(stored().get(0).codesOf("speaker")).containsExactly("Russia");
    }

    @Test
    void theDocumentListCountsAClaimStoredByRetry(FxRobot robot) throws Exception {
        sql("CREATE TRIGGER full_disk BEFORE INSERT ON annotation BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        claimOf(robot, "Лавров заявил");
        Settled.window(window);
        assertThat(robot.lookup("#save-state").queryLabeled().getText()).startsWith("NOT SAVED");
        assertThat(s.browser().table().getItems().get(0).claims()).as("the list shows the disk as it is").isZero();
        sql("DROP TRIGGER full_disk");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Settled.window(window);
        assertThat(robot.lookup("#save-state").queryLabeled().getText()).isEqualTo("Saved");
        assertThat(s.browser().table().getItems().get(0).claims()).as("listed again once the kept save is stored").isEqualTo(1);
    }

    /** The claims in the file once the window has closed its corpus. */
    private List<Annotation> storedAfterClosing() {
        try (Corpus again = Corpus.openToRead(corpus.file())) {
            return new AnnotationStore(again).forDocument(1);
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + corpus.file());
             Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    /** A full disk for one write only: the memo "second" (a trigger refusing that one UPDATE). */
    private void refuseTheSecondMemo() throws Exception {
        sql("CREATE TRIGGER full_disk BEFORE UPDATE ON annotation WHEN NEW.memo = 'second' "
                + "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    }

    private List<String> auditedMemos() throws Exception {
        List<String> memos = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + corpus.file());
             Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT after FROM audit WHERE after IS NOT NULL ORDER BY id")) {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            while (rs.next()) {
                var memo = json.readTree(rs.getString(1)).findValue("memo");
                if (memo != null && !memo.asText().isEmpty()) {
                    memos.add(memo.asText());
                }
            }
        }
        return memos;
    }

    @Test
    void retryRunsTheKeptSavesInTheirOrderSoTheLastChangeWins(FxRobot robot) throws Exception {
        claimOf(robot, "Лавров заявил");
        robot.interact(() -> s.workspace().setMemo("first"));
        refuseTheSecondMemo();
        robot.interact(() -> s.workspace().setMemo("second"));
        robot.interact(() -> s.workspace().setMemo("third"));
        robot.interact(() -> s.workspace().setStatus(org.parley.core.model.AnnotationStatus.REJECTED));
        assertThat(robot.lookup("#save-state").queryLabeled().getText()).startsWith("NOT SAVED").contains("is full")
                .contains("3 changes kept");
        assertThat(stored().get(0).memo()).isEqualTo("first"); // nothing after the failed save ran ahead of it
        assertThat(s.workspace().save().unsaved()).isEqualTo(3);

        sql("DROP TRIGGER full_disk"); // space freed
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        assertThat(robot.lookup("#save-state").queryLabeled().getText()).isEqualTo("Saved");
        Annotation inFile = stored().isEmpty() ? null : stored().get(0);
        Annotation inWindow = s.workspace().selectedProperty().get();
        assertThat(new AnnotationStore(corpus).trashOf(1)).isEmpty();
        assertThat(inFile).isNotNull();
        assertThat(inFile.memo()).isEqualTo("third").isEqualTo(inWindow.memo());
        assertThat(inFile.status()).isEqualTo(org.parley.core.model.AnnotationStatus.REJECTED).isEqualTo(inWindow.status());
        assertThat(auditedMemos()).containsSubsequence("first", "second", "third");
    }

    @Test
    void closingWithKeptSavesAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        claimOf(robot, "Лавров заявил");
        robot.interact(() -> s.workspace().setMemo("first"));
        refuseTheSecondMemo();
        robot.interact(() -> s.workspace().setMemo("second"));
        javafx.application.Platform.runLater(window::quit);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unsaved-discard").queryButton().getText()).isEqualTo("Discard 1 change");
        assertThat(robot.lookup("#unsaved-changes").queryAs(javafx.scene.control.DialogPane.class).getContentText()).contains("is full");
        Settled.click(robot, "#unsaved-cancel");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session()).isNotNull();
        assertThat(s.workspace().save().unsaved()).isEqualTo(1);

        javafx.application.Platform.runLater(window::quit);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Settled.click(robot, "#unsaved-discard");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session()).isNull();
        assertThat(storedAfterClosing().get(0).memo()).isEqualTo("first");
    }

    @Test
    void closingWithKeptSavesAndRetryAfterSpaceIsFreedSavesThemAndCloses(FxRobot robot) throws Exception {
        claimOf(robot, "Лавров заявил");
        refuseTheSecondMemo();
        robot.interact(() -> s.workspace().setMemo("second"));
        robot.interact(() -> s.workspace().setMemo("third"));
        javafx.application.Platform.runLater(window::quit);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unsaved-discard").queryButton().getText()).isEqualTo("Discard 2 changes");
        sql("DROP TRIGGER full_disk");
        Settled.click(robot, "#unsaved-retry");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session()).isNull();
        assertThat(storedAfterClosing().get(0).memo()).isEqualTo("third");
    }
}
