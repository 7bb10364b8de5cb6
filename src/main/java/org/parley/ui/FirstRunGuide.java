package org.parley.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.parley.core.config.Settings;

/**
 * A short guide to coding the first claim, shown once on first run (and from Help any time). Closing
 * it records that it was seen, so it never gets in a trained coder's way.
 */
final class FirstRunGuide {
    private static final String[] STEPS = {
            "1.  Pick a document on the left. A sample story is already there.",
            "2.  Select the words of a claim in the text, e.g. “Washington is dismantling the last pillar of strategic stability”.",
            "3.  Press Enter: the selection becomes a claim and the coding panel takes the keyboard.",
            "4.  Code each dimension: press a code's key (r = Russia, a = accuse …) or type a name or alias — "
                    + "“Washington” offers United States. Tab moves to the next dimension.",
            "5.  That's it: every change is saved at once (see “Saved” at the bottom right). Ctrl+Z undoes, "
                    + "Delete moves a claim to the trash, F1 lists every shortcut.",
    };

    private FirstRunGuide() {
    }

    /** Shows the guide unless the settings say it was seen. */
    static void showOnce(Window owner, Settings settings) {
        if (settings.guideSeen()) {
            return;
        }
        show(owner, () -> {
            settings.guideSeen(true);
            settings.saveSoon();
        });
    }

    static void show(Window owner, Runnable onClose) {
        VBox steps = new VBox(10);
        steps.setPadding(new Insets(8, 4, 8, 4));
        for (String s : STEPS) {
            Label l = new Label(s);
            l.setWrapText(true);
            l.setMaxWidth(520);
            steps.getChildren().add(l);
        }
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.OK);
        a.setTitle("Code your first claim");
        a.setHeaderText("Code your first claim in five steps");
        a.getDialogPane().setContent(steps);
        a.getDialogPane().setId("first-run-guide");
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setOnHidden(e -> onClose.run());
        a.show();
    }
}
