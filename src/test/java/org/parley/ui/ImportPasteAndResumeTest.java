package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.DialogPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.store.Corpus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Import a folder (progress, then the summary), paste text as a document, and come back where you left off. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportPasteAndResumeTest {
    @TempDir
    Path dir;

    @Test
    void importsAFolderPastesADocumentAndReopensAtTheSamePlace(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a.txt"), "Lavrov: US seeking to wreck arms control\n\nMOSCOW, November 1. /TASS/. Text one.");
        Files.writeString(folder.resolve("b.txt"), "Рябков: Москва готова к диалогу\n\nМОСКВА, 2 ноября. /ТАСС/. Текст два.");
        Files.write(folder.resolve("c.bin"), new byte[] {0, 1, 2, 3, 0, 0});
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        MainWindow window = CodingFlowTest.open(robot, settings, UiCorpus.create(dir));

        robot.interact(() -> window.files().importPaths(List.of(folder)));
        Settled.window(window);
        DialogPane summary = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(summary.getHeaderText()).contains("2 imported").contains("1 failed");
        assertThat(window.session().browser().size()).isEqualTo(2);
        robot.interact(() -> summary.getScene().getWindow().hide());

        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().setContent(
                Map.of(javafx.scene.input.DataFormat.PLAIN_TEXT, "Захарова: Вашингтон разрушает ДРСМД\r\n\r\nМОСКВА, 1 ноября. /ТАСС/. Текст заявления.")));
        robot.interact(() -> window.session().reader().area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        Settled.window(window);
        assertThat(window.session().browser().size()).isEqualTo(3);
        var pasted = window.session().workspace().documentProperty().get();
        assertThat(pasted.title()).isEqualTo("Захарова: Вашингтон разрушает ДРСМД");
        assertThat(pasted.text()).doesNotContain("\r");
        // a paste is read as an imported file is: the dateline gives place, agency and date
        assertThat(pasted.meta().place()).isEqualTo("Москва");
        assertThat(pasted.meta().source()).isEqualTo("TASS");
        assertThat(pasted.meta().published()).isNotNull();

        robot.interact(() -> window.session().openDocument(2, 12));
        Settled.window(window);
        robot.interact(window::quit);

        MainWindow again = CodingFlowTest.open(robot, Settings.load(dir.resolve("settings.properties")),
                Corpus.open(dir.resolve("ui.parley")));
        assertThat(again.session().workspace().documentProperty().get().id()).isEqualTo(2);
        assertThat(again.session().reader().area().getCaretPosition()).isEqualTo(12);
        robot.interact(again::quit);
    }
}
