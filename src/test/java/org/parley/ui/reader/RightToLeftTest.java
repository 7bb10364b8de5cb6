package org.parley.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;
import org.parley.ui.CodingFlowTest;
import org.parley.ui.MainWindow;
import org.parley.ui.UiCorpus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Right-to-left paragraphs are aligned right, and the next document does not inherit that. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RightToLeftTest {
    @TempDir
    Path dir;

    @Test
    void arabicParagraphsAlignRightAndCyrillicOnesDoNot(FxRobot robot) {
        Corpus corpus = UiCorpus.create(dir);
        DocumentStore docs = new DocumentStore(corpus);
        docs.add(new NewDocument("بيان صحفي\n\nقالت وزارة الخارجية إن الولايات المتحدة تسعى.\nUS text.", DocumentMeta.titled("ar")), "t");
        docs.add(new NewDocument("МОСКВА, 1 ноября. США стремятся.\n\n«Мы не скрываем ничего».", DocumentMeta.titled("ru")), "t");
        MainWindow w = CodingFlowTest.open(robot, Settings.load(dir.resolve("s.properties")), corpus);
        var area = w.session().reader().area();
        robot.interact(() -> w.session().openDocument(1));
        assertThat(area.getParagraph(0).getParagraphStyle()).contains("right");
        assertThat(area.getParagraph(2).getParagraphStyle()).contains("right");
        assertThat(area.getParagraph(3).getParagraphStyle()).isEmpty();
        robot.interact(() -> w.session().openDocument(2));
        assertThat(area.getParagraphs()).allSatisfy(p -> assertThat(p.getParagraphStyle()).isEmpty());
        robot.interact(w::quit);
    }
}
