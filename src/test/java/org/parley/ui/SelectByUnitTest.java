package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Selecting by sentence, clause, quotation and paragraph with the keyboard, growing and shrinking by one. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SelectByUnitTest {
    static final String TEXT = "Lavrov on arms control\n"
            + "MOSCOW, November 1. /TASS/. The U.S. seems to be seeking to break the system, Mr. Lavrov said. "
            + "He noted: “They buried the ABM Treaty in 2002.” Talks go on.\n"
            + "A second paragraph.";

    private static void keys(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, key).release(key, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    @Test
    void keysSelectAUnitAndGrowOrShrinkIt(FxRobot robot) {
        var corpus = UiCorpus.create(dir);
        new DocumentStore(corpus).add(new NewDocument(TEXT, DocumentMeta.titled("TASS")), "tester");
        MainWindow w = CodingFlowTest.open(robot, Settings.load(dir.resolve("s.properties")), corpus);
        var reader = w.session().reader();
        robot.interact(() -> {
            reader.area().requestFocus();
            reader.moveToText(TEXT.indexOf("seeking"));
        });
        keys(robot, KeyCode.S);
        assertThat(reader.area().getSelectedText()).isEqualTo("The U.S. seems to be seeking to break the system, Mr. Lavrov said.");
        keys(robot, KeyCode.S);
        assertThat(reader.area().getSelectedText()).as("again: the next sentence added")
                .isEqualTo("The U.S. seems to be seeking to break the system, Mr. Lavrov said. He noted: “They buried the ABM Treaty in 2002.”");
        keys(robot, KeyCode.DOWN);
        assertThat(reader.area().getSelectedText()).endsWith("Mr. Lavrov said.").startsWith("The U.S.");
        keys(robot, KeyCode.UP);
        assertThat(reader.area().getSelectedText()).endsWith("in 2002.”");

        robot.interact(() -> reader.moveToText(TEXT.indexOf("buried")));
        keys(robot, KeyCode.Q);
        assertThat(reader.area().getSelectedText()).isEqualTo("They buried the ABM Treaty in 2002.");
        robot.interact(() -> reader.moveToText(TEXT.indexOf("break")));
        keys(robot, KeyCode.C);
        assertThat(reader.area().getSelectedText()).isEqualTo("The U.S. seems to be seeking to break the system");
        keys(robot, KeyCode.P);
        assertThat(reader.area().getSelectedText()).startsWith("MOSCOW, November 1.").endsWith("Talks go on.");

        robot.type(KeyCode.F1);
        String sheet = robot.lookup("#shortcut-sheet").queryAs(DialogPane.class).lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertThat(sheet).contains("Select sentence (again: add the next)", "Grow selection by one").contains("Ctrl+0").doesNotContain("Digit");
        robot.interact(() -> robot.lookup("#shortcut-sheet").queryAs(DialogPane.class).getScene().getWindow().hide());
        robot.interact(w::quit);
    }

    @TempDir
    Path dir;
}
