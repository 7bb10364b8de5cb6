package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.backup.AutomaticBackups;
import org.parley.core.backup.BackupKind;
import org.parley.core.backup.BackupShelf;
import org.parley.core.backup.ShelvedBackup;
import org.parley.core.backup.TestClock;
import org.parley.core.codebook.CodebookFile;
import org.parley.core.config.Settings;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentListing;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Automatic backups on the real window: one on opening, one before a codebook import, and File > Restore from backup…. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RestoreFromBackupTest {
    @TempDir
    Path dir;
    MainWindow window;
    AutomaticBackups backups;
    Path file;

    @BeforeEach
    void open(FxRobot robot) {
        Corpus corpus = UiCorpus.create(dir);
        file = corpus.file();
        add(corpus, "The first document, there before every backup.");
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        backups = new AutomaticBackups(dir.resolve("backups"), settings,
                new TestClock(Instant.parse("2026-12-03T08:00:00Z"), Duration.ofSeconds(1))); // no two backups share a name
        MainWindow[] w = new MainWindow[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            w[0] = new MainWindow(stage, settings, "tester", Settled.opened(corpus), backups);
            stage.show();
        });
        Settled.window(w[0]);
        window = w[0];
    }

    private static void add(Corpus corpus, String text) {
        new DocumentStore(corpus).add(new NewDocument(text, DocumentMeta.titled(text.substring(0, 12))), "tester");
    }

    private BackupShelf shelf() {
        return backups.shelf(file).orElseThrow();
    }

    private int documents() {
        return Settled.read(window, c -> new DocumentListing(c).count("", false));
    }

    private static String alertText(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream().map(DialogPane::getContentText)
                .filter(t -> t != null && !t.isBlank()).findFirst().orElse("");
    }

    @Test
    void backupsOnOpeningAndBeforeAnImportAndARestoreFromTheMenu(FxRobot robot) throws Exception {
        assertThat(shelf().list()).extracting(ShelvedBackup::kind).as("the first open of the day").containsExactly(BackupKind.DAILY);
        Path codebook = dir.resolve("codebook.json");
        CodebookFile.write(UiCorpus.codebook(), codebook);
        robot.interact(() -> window.files().importCodebook(codebook));
        assertThat(shelf().list()).extracting(ShelvedBackup::kind).containsExactly(BackupKind.BEFORE_CODEBOOK_IMPORT, BackupKind.DAILY);
        Settled.read(window, c -> {
            add(c, "A second document, written after the backups.");
            return null;
        });
        assertThat(documents()).isEqualTo(2);

        robot.interact(() -> window.session().reader().area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ShelvedBackup> table = robot.lookup("#backup-list").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(ShelvedBackup::kind).containsExactly(BackupKind.BEFORE_CODEBOOK_IMPORT, BackupKind.DAILY);
        assertThat(table.getSelectionModel().getSelectedIndex()).as("the newest is chosen").isZero();
        assertThat(table.isFocused()).as("the list takes the arrow keys at once").isTrue();
        robot.type(KeyCode.DOWN).type(KeyCode.UP);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#restore-dialog").tryQuery()).isEmpty();
        assertThat(documents()).as("the corpus as it was before the import").isEqualTo(1);
        assertThat(window.session().workspace().corpus().file()).isEqualTo(file);
        Path kept;
        try (Stream<Path> files = Files.list(dir)) {
            kept = files.filter(p -> p.getFileName().toString().startsWith("ui.before-restore-")).findFirst().orElseThrow();
        }
        try (Corpus before = Corpus.open(kept)) {
            assertThat(new DocumentListing(before).count("", false)).isEqualTo(2);
        }
        assertThat(alertText(robot)).contains("Restored ui.parley from the backup of ").contains("kept as " + kept);
    }

    @Test
    void aDamagedBackupIsRefusedAndTheCorpusIsOpenAgainAsItWas(FxRobot robot) throws Exception {
        Path backup = shelf().list().get(0).file();
        byte[] bytes = Files.readAllBytes(backup);
        for (int i = 4096; i < Math.min(bytes.length, 4096 * 4); i++) {
            bytes[i] = (byte) 0xee;
        }
        Files.write(backup, bytes);
        robot.interact(() -> window.restoreFromBackup());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#restore-run");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(alertText(robot)).startsWith("Nothing was restored: " + backup + " is ");
        assertThat(documents()).isEqualTo(1);
        assertThat(window.root().getTop().isDisabled()).isFalse();
    }

    @Test
    void escapeClosesTheListAndNothingHappens(FxRobot robot) {
        robot.interact(() -> window.restoreFromBackup());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#restore-dialog").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#restore-dialog").tryQuery()).isEmpty();
        assertThat(documents()).isEqualTo(1);
        assertThat(List.of(dir.toFile().list())).noneMatch(n -> n.contains("before-restore"));
    }
}
