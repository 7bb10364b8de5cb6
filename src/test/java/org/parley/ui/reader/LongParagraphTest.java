package org.parley.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.model.Annotation;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;
import org.parley.ui.CodingFlowTest;
import org.parley.ui.MainWindow;
import org.parley.ui.UiCorpus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A claim across a break the reader adds to a long paragraph is stored over the document's own text. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LongParagraphTest {
    @TempDir
    Path dir;

    @Test
    void claimsAcrossShownBreaksKeepTheDocumentsOffsetsAndCopyHasNoBreaks(FxRobot robot) {
        String text = "Лавров заявил, что США стремятся разрушить систему. 😀 ".repeat(400).strip();
        Corpus corpus = UiCorpus.create(dir);
        new DocumentStore(corpus).add(new NewDocument(text, DocumentMeta.titled("long")), "t");
        MainWindow w = CodingFlowTest.open(robot, Settings.load(dir.resolve("s.properties")), corpus);
        var reader = w.session().reader();
        assertThat(reader.area().getParagraphs().size()).isGreaterThan(5);

        int brk = reader.area().getText().indexOf('\n');
        int textBreak = new DisplayTextProbe(reader).toText(brk);
        int start = textBreak - 30;
        int end = textBreak + 30;
        robot.interact(() -> {
            reader.area().requestFocus();
            reader.selectRange(start, end);
        });
        assertThat(reader.area().getSelectedText()).contains("\n");
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        robot.interact(() -> assertThat(javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .isEqualTo(text.substring(start, end)));
        robot.interact(() -> reader.area().requestFocus());
        robot.type(KeyCode.ENTER);
        Annotation stored = new AnnotationStore(corpus).forDocument(1).get(0);
        assertThat(stored.quote()).doesNotContain("\n");
        int breakCp = text.codePointCount(0, textBreak);
        assertThat(stored.start()).isLessThan(breakCp).isGreaterThanOrEqualTo(text.codePointCount(0, start - 20));
        assertThat(stored.end()).isGreaterThan(breakCp).isLessThanOrEqualTo(text.codePointCount(0, end + 20));
        assertThat(stored.quote()).isEqualTo(org.parley.core.text.Offsets.slice(text, stored.start(), stored.end()));
        robot.interact(w::quit);
    }

    /** Reads the reader's mapping through its public methods. */
    record DisplayTextProbe(ReaderView reader) {
        int toText(int displayPos) {
            return DisplayText.of(reader.documentText()).toText(displayPos);
        }
    }
}
