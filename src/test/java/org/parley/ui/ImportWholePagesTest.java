package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.store.DocumentStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The import dialog's "whole page" choice (the CLI's --whole-page) is remembered and applies to the next import. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportWholePagesTest {
    @TempDir
    Path dir;

    private static byte[] remarks() throws java.io.IOException {
        try (var in = ImportWholePagesTest.class.getResourceAsStream("/pages/whitehouse-remarks.html")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aWebPageComesInWholeOnceTheCoderAsksForIt(FxRobot robot) throws Exception {
        Path page = Files.write(dir.resolve("remarks.html"), remarks());
        Path again = Files.write(dir.resolve("remarks-again.html"), remarks());
        Path settingsFile = dir.resolve("settings.properties");
        var corpus = UiCorpus.create(dir);
        MainWindow window = CodingFlowTest.open(robot, Settings.load(settingsFile), corpus);

        robot.interact(() -> window.files().importPaths(List.of(page)));
        Settled.window(window);
        CheckBox whole = robot.lookup("#import-whole-pages").queryAs(CheckBox.class);
        assertThat(whole.isSelected()).isFalse();
        assertThat(new DocumentStore(corpus).get("1").text()).as("the article only").doesNotContain("Sign up for updates");
        robot.interact(whole::fire);
        robot.interact(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class).getScene().getWindow().hide());
        assertThat(window.settings().importWholePages()).isTrue();

        robot.interact(() -> window.files().importPaths(List.of(again)));
        Settled.window(window);
        assertThat(robot.lookup("#import-whole-pages").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText()).contains("1 imported");
        assertThat(new DocumentStore(corpus).get("2").text()).contains("THE PRESIDENT: Thank you", "Sign up for updates");
        robot.interact(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class).getScene().getWindow().hide());
        robot.interact(window::quit);
        assertThat(Settings.load(settingsFile).importWholePages()).as("remembered").isTrue();
    }
}
