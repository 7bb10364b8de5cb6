package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewAnnotation;
import org.parley.core.store.NewDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The legend says what the colours mean, and the claim list's swatches follow the colouring dimension too. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ColourLegendTest {
    @TempDir
    Path dir;

    private static String swatch(FxRobot robot) {
        return robot.lookup("#claim-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null).map(c -> ((Region) c.getGraphic()).getStyle()).findFirst().orElseThrow();
    }

    private static List<String> legend(FxRobot robot) {
        return robot.lookup("#colour-legend .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void colouringByAnotherDimensionRecoloursTheListAndTheLegend(FxRobot robot) {
        var corpus = UiCorpus.create(dir);
        new DocumentStore(corpus).add(new NewDocument("Lavrov said the United States wrecks arms control.", DocumentMeta.titled("d")), "t");
        new AnnotationStore(corpus).add(new NewAnnotation(null, 1, new Span(0, 20),
                Map.of("target", List.of("United States"), "stance", List.of("accuse")), "", AnnotationStatus.ACCEPTED, "Anna"));
        MainWindow w = CodingFlowTest.open(robot, Settings.load(dir.resolve("s.properties")), corpus);
        var book = w.session().workspace().codebookProperty().get();
        String accuse = book.codesOf(book.dimension("stance").orElseThrow()).stream().filter(c -> c.name().equals("accuse")).findFirst().orElseThrow().colour();
        String us = book.codesOf(book.dimension("target").orElseThrow()).stream().filter(c -> c.name().equals("United States")).findFirst().orElseThrow().colour();
        assertThat(legend(robot)).startsWith("Colours: stance").contains("accuse", "no code");
        assertThat(swatch(robot)).contains(accuse);
        assertThat(robot.lookup("#claim-list .list-cell").queryAllAs(ListCell.class).stream().filter(c -> c.getItem() != null)
                .findFirst().orElseThrow().getText()).as("the claim's coder shows").contains("Anna");

        robot.interact(() -> w.session().workspace().colourDimensionProperty().set("target"));
        Settled.window(w);
        assertThat(legend(robot)).startsWith("Colours: target").contains("United States");
        assertThat(swatch(robot)).contains(us);
        robot.interact(w::quit);
    }
}
