package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewAnnotation;
import org.parley.core.store.NewDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The document list: "coded" only when every claim has its codes, the whole title on hover, a new import opened. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DocumentListStatusTest {
    static final String LONG_TITLE = "Russia's Foreign Minister Sergey Lavrov says the United States is seeking to wreck the entire arms control system";

    @TempDir
    Path dir;

    private List<String> cellTexts(FxRobot robot) {
        return robot.lookup("#documents").lookup((javafx.scene.Node n) -> n instanceof TableCell<?, ?>).queryAllAs(TableCell.class)
                .stream().map(TableCell::getText).filter(t -> t != null).toList();
    }

    @Test
    void aClaimWithoutItsCodesLeavesTheDocumentInProgressAndANewImportOpens(FxRobot robot) {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Corpus corpus = UiCorpus.create(dir);
            long doc = new DocumentStore(corpus).add(new NewDocument("Lavrov said Washington decided.", DocumentMeta.titled(LONG_TITLE)), "tester").id();
            new AnnotationStore(corpus).add(new NewAnnotation(null, doc, new Span(0, 6), Map.of(), "", AnnotationStatus.ACCEPTED, "tester"));
            MainWindow window = CodingFlowTest.open(robot, Settings.load(dir.resolve("settings.properties")), corpus);
            CorpusSession s = window.session();
            assertThat(cellTexts(robot)).contains("in progress").doesNotContain("coded");

            TableCell<?, ?> title = robot.lookup("#documents").lookup((javafx.scene.Node n) -> n instanceof TableCell<?, ?> c
                    && LONG_TITLE.equals(c.getText())).queryAs(TableCell.class);
            assertThat(title.getTooltip().getText()).isEqualTo(LONG_TITLE);

            robot.interact(() -> s.workspace().select(s.workspace().claims().get(0)));
            for (String[] code : new String[][] {{"speaker", "Russia"}, {"target", "United States"}, {"stance", "accuse"}}) {
                robot.interact(() -> s.workspace().setCodes(code[0], List.of(code[1])));
            }
            Settled.window(window);
            robot.interact(() -> s.refreshList());
            Settled.window(window);
            assertThat(cellTexts(robot)).contains("coded").doesNotContain("in progress");

            Path file = dir.resolve("second.txt");
            Files.writeString(file, "Ryabkov spoke of New START.\n");
            robot.interact(() -> window.files().importPaths(List.of(file)));
            Settled.window(window);
            assertThat(s.workspace().documentProperty().get().title()).isEqualTo("Ryabkov spoke of New START.");
            robot.type(KeyCode.ESCAPE);
        });
    }
}
