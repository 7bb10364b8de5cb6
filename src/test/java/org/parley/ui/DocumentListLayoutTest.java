package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableColumn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.DocumentSummary;
import org.parley.core.store.NewDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The document list shows language, place and file on demand, and keeps its columns and sort for next time. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DocumentListLayoutTest {
    @TempDir
    Path dir;

    private static TableColumn<DocumentSummary, ?> column(MainWindow w, String name) {
        return w.session().browser().table().getColumns().stream().filter(c -> c.getText().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theColumnChooserAndTheSortAreRemembered(FxRobot robot) {
        Corpus corpus = UiCorpus.create(dir);
        DocumentStore docs = new DocumentStore(corpus);
        docs.add(new NewDocument("Zakharova spoke.", new DocumentMeta("Zakharova on the INF", "TASS", null, null, null, "Moscow", "en",
                "b.txt", null, null, java.util.Map.of())), "t");
        docs.add(new NewDocument("Antonov spoke.", new DocumentMeta("Antonov on New START", "TASS", null, null, null, "Washington", "en",
                "a.txt", null, null, java.util.Map.of())), "t");
        Path file = dir.resolve("s.properties");
        MainWindow w = CodingFlowTest.open(robot, Settings.load(file), corpus);
        assertThat(w.session().browser().table().isTableMenuButtonVisible()).as("the column chooser").isTrue();
        assertThat(column(w, "Place").isVisible()).as("on demand only").isFalse();
        robot.interact(() -> {
            column(w, "Place").setVisible(true);
            column(w, "Language").setVisible(true);
            w.session().browser().table().getSortOrder().setAll(List.of(column(w, "Title")));
        });
        Settled.window(w);
        assertThat(w.session().browser().table().getItems().get(0).place()).isEqualTo("Washington");
        robot.interact(w::quit);

        MainWindow again = CodingFlowTest.open(robot, Settings.load(file), Corpus.open(corpus.file()));
        assertThat(column(again, "Place").isVisible()).isTrue();
        assertThat(column(again, "Language").isVisible()).isTrue();
        assertThat(column(again, "File").isVisible()).isFalse();
        assertThat(again.session().browser().table().getSortOrder()).extracting(TableColumn::getText).containsExactly("Title");
        assertThat(again.session().browser().table().getItems().get(0).title()).isEqualTo("Antonov on New START");
        robot.interact(again::quit);
    }
}
