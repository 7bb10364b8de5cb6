package org.parley.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;

/** Messages to the coder, owned by the window so they stay on top of it. */
final class Alerts {
    private final Node owner;

    Alerts(Node owner) {
        this.owner = owner;
    }

    void error(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setTitle(title);
        a.setHeaderText(null);
        if (owner.getScene() != null) {
            a.initOwner(owner.getScene().getWindow());
        }
        a.show();
    }

    void info(String title, String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, message);
        a.setTitle(title);
        a.setHeaderText(null);
        if (owner.getScene() != null) {
            a.initOwner(owner.getScene().getWindow());
        }
        a.show();
    }
}
