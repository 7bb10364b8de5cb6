package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import org.testfx.util.WaitForAsyncUtils;

/** File > Export… on the real window: JSONL to a typed file name, then brat to a folder, each read back from disk. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    static final String EN = "Lavrov: US seeking to wreck entire arms control system\n\nMOSCOW, November 1. /TASS/. The INF Treaty is dead.";
    static final String RU = "МОСКВА, 2 ноября. /ТАСС/. 😀 Рябков: США разрушают договор.";

    @TempDir
    Path dir;

    @Test
    void exportsJsonlToATypedFileAndBratToAFolder(FxRobot robot) throws Exception {
        Corpus corpus = UiCorpus.create(dir);
        long en = new DocumentStore(corpus).add(new NewDocument(EN, DocumentMeta.titled("Lavrov on arms control")), "tester").id();
        long ru = new DocumentStore(corpus).add(new NewDocument(RU, DocumentMeta.titled("Рябков")), "tester").id();
        claim(corpus, en, EN, "US seeking to wreck entire arms control system", "accuse");
        claim(corpus, en, EN, "The INF Treaty is dead", "warn");
        claim(corpus, ru, RU, "США разрушают договор", "accuse");
        Path out = Files.createDirectories(dir.resolve("out"));
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.exportFolder(out);
        MainWindow window = CodingFlowTest.open(robot, settings, corpus);

        var shortcut = javafx.scene.input.KeyCombination.keyCombination("Shortcut+E");
        List<javafx.scene.control.MenuItem> withIt = ((javafx.scene.control.MenuBar) window.root().getTop()).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> shortcut.equals(i.getAccelerator())).toList();
        assertThat(withIt).extracting(javafx.scene.control.MenuItem::getText).as("Ctrl+E is File > Export… and nothing else")
                .containsExactly("Export…");
        robot.interact(() -> window.session().reader().area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.exportDialog() != null); // the coders are read on the lane first
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.exportDialog()).as("Ctrl+E opens File > Export…").isNotNull();
        assertThat(robot.lookup("#export-dialog").tryQuery()).isPresent();
        var open = robot.lookup("#export-documents-open").queryAs(javafx.scene.control.RadioButton.class);
        assertThat(open.getText()).contains("Lavrov on arms control");
        assertThat(open.isMnemonicParsing()).as("a title's underscores stay on screen").isFalse();

        robot.clickOn("#format-jsonl");
        TextField path = robot.lookup("#export-out").queryAs(TextField.class);
        assertThat(path.getText()).isEqualTo(out.resolve("ui-claims.jsonl").toString());
        Path jsonl = out.resolve("dataset.jsonl");
        robot.clickOn(path).push(javafx.scene.input.KeyCode.END).eraseText(path.getText().length()).write("x"); // the field takes typing ...
        robot.interact(() -> path.setText(jsonl.toString()));            // ... and the rest is set at once, to keep the test short
        assertThat(path.getText()).isEqualTo(jsonl.toString());
        robot.clickOn("#export-run");
        ended(robot);
        assertThat(robot.lookup("#export-summary").queryAs(Label.class).getText())
                .isEqualTo("Exported 3 claims from 2 documents as JSONL dataset.");
        List<String> lines = Files.readAllLines(jsonl);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"quote\":\"US seeking to wreck entire arms control system\"")
                .contains("\"stance\":[\"accuse\"]").contains("\"quote\":\"The INF Treaty is dead\"");
        assertThat(lines.get(1)).contains("\"quote\":\"США разрушают договор\"");

        click(robot, "#format-claimreview"); // needs a reviewer: the dialog says so and will not run
        assertThat(robot.lookup("#export-run").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#export-problem").queryAs(Label.class).getText()).startsWith("ClaimReview needs");

        click(robot, "#format-brat");
        assertThat(path.getText()).as("a folder has no ending").isEqualTo(out.resolve("dataset").toString());
        assertThat(shown(robot.lookup("#export-label").query())).as("brat labels spans").isTrue();
        assertThat(shown(robot.lookup("#export-bom").query())).as("the byte order mark is for csv").isFalse();
        click(robot, "#export-run");
        ended(robot);
        assertThat(robot.lookup("#export-summary").queryAs(Label.class).getText())
                .isEqualTo("Exported 3 claims from 2 documents as brat standoff.");
        Path brat = out.resolve("dataset");
        assertThat(brat.resolve("annotation.conf")).exists();
        assertThat(Files.readString(brat.resolve("doc-" + en + ".ann"))).contains("accuse 8 54\tUS seeking to wreck entire arms control system");
        assertThat(Files.readString(brat.resolve("doc-" + ru + ".ann"))).contains("\tСША разрушают договор");
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("dataset", "dataset.jsonl");
        }

        click(robot, "#export-close");
        assertThat(window.exportDialog().isShowing()).isFalse();
        robot.interact(window::quit);
        assertThat(Settings.load(dir.resolve("settings.properties")).exportFormat()).contains("brat");
    }

    /** Waits for the export, a job beside the saves, to end and its summary to show. */
    private static void ended(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#export-summary").queryAs(Label.class).getText().isEmpty()
                && !robot.lookup("#export-cancel").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks by firing, not by moving the mouse there (the first clicks above are real ones; this keeps the test short). */
    private static void click(FxRobot robot, String id) {
        javafx.scene.control.ButtonBase b = robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class);
        robot.interact(b::fire);
    }

    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void claim(Corpus c, long doc, String text, String quote, String stance) {
        int at = text.indexOf(quote);
        int start = text.codePointCount(0, at);
        new AnnotationStore(c).add(new NewAnnotation(null, doc, new Span(start, start + quote.codePointCount(0, quote.length())),
                Map.of("stance", List.of(stance), "speaker", List.of("Russia")), "", AnnotationStatus.ACCEPTED, "tester"));
    }
}
