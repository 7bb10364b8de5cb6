package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.coding.CoderView;
import org.parley.core.config.Settings;
import org.parley.core.model.Annotation;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewAnnotation;
import org.parley.core.store.NewDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** View > Show claims of: all coders', mine, or one coder's, in the reader and the claim list alike. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CoderViewTest {
    @TempDir
    Path dir;

    @Test
    void theViewShowsAllMineOrOneCodersClaims(FxRobot robot) throws Exception {
        var corpus = UiCorpus.create(dir);
        new DocumentStore(corpus).add(new NewDocument("Lavrov said the United States wrecks arms control.", DocumentMeta.titled("d")), "tester");
        AnnotationStore store = new AnnotationStore(corpus);
        store.add(new NewAnnotation(null, 1, new Span(0, 11), Map.of(), "", AnnotationStatus.ACCEPTED, "tester"));
        store.add(new NewAnnotation(null, 1, new Span(12, 30), Map.of(), "", AnnotationStatus.ACCEPTED, "Anna"));
        MainWindow w = CodingFlowTest.open(robot, Settings.load(dir.resolve("s.properties")), corpus);
        var ws = w.session().workspace();
        ListView<?> list = robot.lookup("#claim-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);

        robot.interact(() -> w.coderViewMenu().getOnShowing().handle(null));
        Settled.window(w);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w.coderViewMenu().getItems().size() == 3);
        assertThat(w.coderViewMenu().getItems()).extracting(MenuItem::getText).containsExactly("all coders", "mine (tester)", "Anna's");

        robot.interact(() -> w.coderViewMenu().getItems().get(1).fire());
        assertThat(ws.claims()).extracting(Annotation::coder).containsExactly("tester");
        assertThat(list.getItems()).hasSize(1);
        robot.interact(() -> ws.showClaimsOf(CoderView.of("Anna")));
        assertThat(ws.claims()).extracting(Annotation::coder).containsExactly("Anna");
        assertThat(ws.claimAt(2)).as("the reader finds no hidden claim under the caret").isEmpty();
        robot.interact(() -> ws.select(ws.claims().get(0)));
        assertThat(robot.lookup("#claim-status").queryAs(javafx.scene.control.Label.class).getText())
                .as("the coding panel names the claim's coder").isEqualTo("accepted · coded by Anna");

        int at = "Lavrov said the United States ".length();
        robot.interact(() -> {
            w.session().reader().selectRange(at, at + "wrecks".length());
            w.session().reader().makeClaim();
        });
        assertThat(ws.coderViewProperty().get()).as("a new claim never vanishes from view").isEqualTo(CoderView.ALL);
        assertThat(ws.claims()).hasSize(3);
        robot.interact(w::quit);
    }

    @Test
    void theCodebookMenuLocksTheCodebookAgainstNewCodes(FxRobot robot) throws Exception {
        var corpus = UiCorpus.create(dir);
        MainWindow w = CodingFlowTest.open(robot, Settings.load(dir.resolve("s.properties")), corpus);
        var menu = ((javafx.scene.control.MenuBar) w.root().getTop()).getMenus().stream()
                .filter(m -> m.getText().equals("C_odebook")).findFirst().orElseThrow();
        var lock = (javafx.scene.control.CheckMenuItem) menu.getItems().stream()
                .filter(i -> "lock-codebook".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            lock.setSelected(true);
            lock.fire();
        });
        Settled.window(w);
        assertThat(Settled.<Boolean>read(w, c -> new org.parley.core.store.CodebookLock(c).locked())).isTrue();
        robot.interact(() -> {
            lock.setSelected(false);
            menu.getOnShowing().handle(null);
        });
        Settled.window(w);
        assertThat(lock.isSelected()).as("the check mark shows the corpus's lock").isTrue();
        robot.interact(w::quit);
    }

    @Test
    void fileCoderOpensTheCorpusAgainUnderTheNewName(FxRobot robot) throws Exception {
        var corpus = UiCorpus.create(dir);
        String text = "Lavrov said the United States wrecks arms control.";
        new DocumentStore(corpus).add(new NewDocument(text, DocumentMeta.titled("d")), "tester");
        Settings settings = Settings.load(dir.resolve("s.properties"));
        MainWindow w = CodingFlowTest.open(robot, settings, corpus);
        CorpusSession before = w.session();
        robot.interact(() -> w.codeAs("Boris"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> w.session() != null && w.session() != before);
        Settled.window(w);
        assertThat(w.session().workspace().coder()).isEqualTo("Boris");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, // kept for the CLI too, written a second after the change
                () -> Settings.load(dir.resolve("s.properties")).coderName().equals("Boris"));
        robot.interact(() -> {
            w.session().reader().selectRange(0, "Lavrov".length());
            w.session().reader().makeClaim();
        });
        Settled.window(w);
        List<Annotation> stored = Settled.read(w, c -> new AnnotationStore(c).forDocument(1));
        assertThat(stored).extracting(Annotation::coder).containsExactly("Boris");
        robot.interact(w::quit);
    }
}
