package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.ingest.BatchImport;
import org.parley.core.ingest.ImportProgress;
import org.parley.core.model.Annotation;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.Corpus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The coder's day end to end on the real window: import the TASS sample, select the headline claim,
 * make it a claim and code it by keyboard, see it highlighted, close; the CLI in a separate process
 * reads it back and a fresh window shows it unchanged.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
public class CodingFlowTest {
    static final String CLAIM = "US seeking to wreck entire arms control system";

    @TempDir
    Path dir;

    @Test
    void codesAClaimByKeyboardAndFindsItAgainAfterRestart(FxRobot robot) throws Exception {
        assumeTrue(Files.isRegularFile(UiCorpus.SAMPLE), "needs ../shared/samples (the TASS sample) next to the project");
        Corpus corpus = UiCorpus.create(dir);
        new BatchImport(corpus, "tester").run(List.of(UiCorpus.SAMPLE), ImportProgress.NONE, null);
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        MainWindow window = open(robot, settings, corpus);
        CorpusSession s = window.session();
        assertThat(s.workspace().documentProperty().get()).isNotNull();

        String text = s.workspace().documentProperty().get().text();
        int at = text.indexOf(CLAIM);
        robot.interact(() -> {
            s.reader().area().requestFocus();
            s.reader().area().selectRange(at, at + CLAIM.length());
        });
        robot.type(KeyCode.ENTER);
        assertThat(s.workspace().claims()).hasSize(1);
        robot.write("r").type(KeyCode.TAB);          // speaker: Russia by its key
        robot.write("Washington");                  // target by alias, with suggestions
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER).type(KeyCode.TAB);
        robot.write("aiotn").type(KeyCode.TAB);     // five treaties by their keys
        robot.write("a");                           // stance: accuse
        WaitForAsyncUtils.waitForFxEvents();

        Annotation shown = s.workspace().selectedProperty().get();
        assertThat(shown.quote()).isEqualTo(CLAIM);
        assertThat(shown.codesOf("speaker")).containsExactly("Russia");
        assertThat(shown.codesOf("target")).containsExactly("United States");
        assertThat(shown.codesOf("treaty")).containsExactly("ABM", "INF", "Open Skies", "CTBT", "New START");
        assertThat(shown.codesOf("stance")).containsExactly("accuse");
        assertThat(robot.lookup("#save-state").queryLabeled().getText()).isEqualTo("Saved");
        String style = s.reader().area().getStyleAtPosition(at + 3);
        assertThat(style).contains("#ff9999"); // coloured by stance: accuse

        robot.interact(() -> window.quit());

        String json = cliInAnotherProcess("show", "--corpus", dir.resolve("ui.parley").toString(), "--doc", "1", "--json");
        assertThat(json).contains(CLAIM).contains("United States").contains("New START").contains("accuse");

        MainWindow again = open(robot, Settings.load(dir.resolve("settings.properties")), Corpus.open(dir.resolve("ui.parley")));
        List<Annotation> claims = again.session().workspace().claims();
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).codes()).isEqualTo(shown.codes());
        assertThat(again.session().reader().area().getStyleAtPosition(at + 3)).contains("#ff9999");
        robot.interact(again::quit);
    }

    public static MainWindow open(FxRobot robot, Settings settings, Corpus corpus) {
        MainWindow[] w = new MainWindow[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            w[0] = new MainWindow(stage, settings, "tester", Settled.opened(corpus));
            stage.show();
        });
        Settled.window(w[0]);
        return w[0];
    }

    static String cliInAnotherProcess(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.parley.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
