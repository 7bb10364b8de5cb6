package org.parley.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Asked before leaving a corpus while saves are kept unsaved (a full disk, a file gone): how many, why, and
 * Retry, Discard N changes or Cancel. The buttons have ids for tests: {@code unsaved-retry},
 * {@code unsaved-discard}, {@code unsaved-cancel}.
 */
final class UnsavedChanges {
    enum Choice { RETRY, DISCARD, CANCEL }

    private UnsavedChanges() {
    }

    static Choice ask(Node owner, int kept, String problem) {
        String changes = kept + (kept == 1 ? " change" : " changes");
        ButtonType retry = new ButtonType("Retry", ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType("Discard " + changes, ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.WARNING, "", retry, discard, cancel);
        a.setTitle("Unsaved changes");
        a.setHeaderText(changes + " not saved");
        a.setContentText((problem == null ? "Saving is still under way (the disk is slow)." : "Saving stopped: " + problem)
                + "\n\nRetry once the problem is solved (free some space, plug the disk"
                + " back in), or discard the " + changes + ": they will be lost.");
        a.getDialogPane().setId("unsaved-changes");
        a.getDialogPane().lookupButton(retry).setId("unsaved-retry");
        a.getDialogPane().lookupButton(discard).setId("unsaved-discard");
        a.getDialogPane().lookupButton(cancel).setId("unsaved-cancel");
        if (owner != null && owner.getScene() != null) {
            a.initOwner(owner.getScene().getWindow());
        }
        ButtonType chosen = a.showAndWait().orElse(cancel);
        return chosen == retry ? Choice.RETRY : chosen == discard ? Choice.DISCARD : Choice.CANCEL;
    }
}
