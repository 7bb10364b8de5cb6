package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.CorpusDump;
import org.parley.core.config.Settings;
import org.parley.core.store.Corpus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export codebook… never writes over the corpus: the app says why in one line; a link is written through. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CodebookExportTest {
    @TempDir
    Path dir;

    private static String shownAndClosed(FxRobot robot) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = pane.getContentText();
        robot.interact(() -> pane.getScene().getWindow().hide());
        return text;
    }

    @Test
    void theCodebookIsNeverWrittenOverTheCorpus(FxRobot robot) throws Exception {
        Corpus corpus = UiCorpus.create(dir);
        MainWindow window = CodingFlowTest.open(robot, Settings.load(dir.resolve("settings.properties")), corpus);
        String before = CorpusDump.content(corpus.file());
        CorpusFiles files = new CorpusFiles(window);

        robot.interact(() -> files.exportCodebook(corpus.file()));
        Settled.window(window);
        assertThat(shownAndClosed(robot)).isEqualTo(corpus.file() + " is the open corpus: Parley never writes over it; choose another name");
        assertThat(CorpusDump.content(corpus.file())).isEqualTo(before);

        Path real = Files.writeString(dir.resolve("book.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        robot.interact(() -> files.exportCodebook(link));
        Settled.window(window);
        assertThat(shownAndClosed(robot)).isEqualTo("Wrote " + link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("\"format\" : \"parley-codebook\"");
    }
}
