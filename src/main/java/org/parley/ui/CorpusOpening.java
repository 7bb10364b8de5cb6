package org.parley.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import org.parley.core.session.CorpusOpener;

/**
 * The window's side of opening or creating a corpus: the work runs off the FX thread ({@link CorpusOpener});
 * when it takes longer than {@link #SLOW} a small modal "Opening X…" shows until it is done. A failure is one
 * line naming the file, as before.
 */
final class CorpusOpening {
    /** How long opening runs before the coder is shown that it is under way. */
    static final Duration SLOW = Duration.millis(300);

    private final Node owner;
    private final CorpusOpener opener;

    CorpusOpening(Node owner, CorpusOpener opener) {
        this.owner = owner;
        this.opener = opener;
    }

    void open(Path file, Consumer<CorpusOpener.Opened> done) {
        run("Opening ", "Open corpus", file, done, false);
    }

    void create(Path file, Consumer<CorpusOpener.Opened> done) {
        run("Making ", "New corpus", file, done, true);
    }

    /**
     * The app's start: the corpus last open (else the default one) is opened off the FX thread, "Opening…" showing
     * when slow (a migration of a large corpus); {@code failed} gets the reason when it cannot be opened.
     */
    void openAtStart(Path file, org.parley.core.config.Settings settings, org.parley.core.config.Places places,
            Consumer<CorpusOpener.Opened> done, Consumer<Throwable> failed) {
        Stage note = note(file == null ? "Opening your corpus…" : "Opening " + file.getFileName() + "…");
        PauseTransition slow = later(note);
        // the window (or the error) shows before the note closes: with no window left showing, JavaFX would exit
        Consumer<CorpusOpener.Opened> opened = o -> {
            done.accept(o);
            finish(slow, note);
        };
        Consumer<Throwable> refused = e -> {
            slow.stop();
            failed.accept(e);
            note.close();
        };
        if (file == null) {
            opener.openLastInBackground(settings, places, opened, refused);
        } else {
            opener.openInBackground(file, opened, refused);
        }
    }

    private void run(String doing, String title, Path file, Consumer<CorpusOpener.Opened> done, boolean create) {
        Stage note = note(doing + file.getFileName() + "…");
        PauseTransition slow = later(note);
        Consumer<CorpusOpener.Opened> opened = o -> {
            finish(slow, note);
            done.accept(o);
        };
        Consumer<Throwable> failed = e -> {
            finish(slow, note);
            new Alerts(owner).error(title, e.getMessage());
        };
        if (create) {
            opener.createInBackground(file, opened, failed);
        } else {
            opener.openInBackground(file, opened, failed);
        }
    }

    private PauseTransition later(Stage note) {
        PauseTransition slow = new PauseTransition(SLOW);
        slow.setOnFinished(e -> note.show());
        slow.play();
        return slow;
    }

    private static void finish(PauseTransition slow, Stage note) {
        slow.stop();
        note.close();
    }

    private Stage note(String text) {
        Stage s = new Stage(StageStyle.UTILITY);
        s.initModality(Modality.APPLICATION_MODAL);
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            s.initOwner(owner.getScene().getWindow());
        }
        s.setTitle("Parley");
        Label label = new Label(text);
        label.setId("corpus-opening");
        ProgressIndicator spin = new ProgressIndicator();
        spin.setPrefSize(24, 24);
        HBox box = new HBox(12, spin, label);
        box.setStyle("-fx-padding: 18;");
        s.setScene(new javafx.scene.Scene(box));
        s.setResizable(false);
        return s;
    }
}
