package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A damaged settings file is kept aside, and the window says so once, at start. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SettingsProblemTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedSettingsFileIsToldAtStart(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("settings.properties"), "coder=\\uZZZZ\n");
        MainWindow window = CodingFlowTest.open(robot, Settings.load(file), UiCorpus.create(dir));
        robot.interact(window::tellSettingsProblem);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertThat(shown).startsWith("The settings file " + file + " could not be read").contains("it was kept as settings.properties.damaged-");
        robot.interact(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class).getScene().getWindow().hide());
        robot.interact(window::quit);
    }

    @Test
    void goodSettingsSayNothing(FxRobot robot) {
        MainWindow window = CodingFlowTest.open(robot, Settings.load(dir.resolve("settings.properties")), UiCorpus.create(dir));
        robot.interact(window::tellSettingsProblem);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        robot.interact(window::quit);
    }
}
