package org.parley.ui.export;

import java.awt.Desktop;
import java.nio.file.Path;

/** Opens a folder in the system's file manager, where the desktop allows it (not headless, not every Linux desktop). */
final class FolderOpener {
    private FolderOpener() {
    }

    static boolean supported() {
        try {
            return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Call off the FX thread: AWT may take a moment to start. */
    static void open(Path folder) throws java.io.IOException {
        Desktop.getDesktop().open(folder.toFile());
    }
}
