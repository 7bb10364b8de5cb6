package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.ingest.qdpx.UnmappableProject;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Importing a .qdpx in the app: the summary names what the project held that could not be mapped. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportNotesTest {
    @TempDir
    Path dir;

    @Test
    void theImportSummaryListsWhatCouldNotBeMapped(FxRobot robot) throws Exception {
        Path qdpx = UnmappableProject.write(dir.resolve("mixed.qdpx"));
        MainWindow window = CodingFlowTest.open(robot, Settings.load(dir.resolve("settings.properties")), UiCorpus.create(dir));

        robot.interact(() -> window.files().importPaths(List.of(qdpx)));
        Settled.window(window);
        DialogPane summary = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(summary.getHeaderText()).contains("1 imported").contains("0 failed").contains("not mapped");
        String report = robot.from(summary).lookup(".text-area").queryAs(TextArea.class).getText();
        for (String note : UnmappableProject.NOTES) {
            assertThat(report).contains("not mapped: " + qdpx + ": " + note);
        }
        robot.interact(() -> summary.getScene().getWindow().hide());
        robot.interact(window::quit);
    }
}
