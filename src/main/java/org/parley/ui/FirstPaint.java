package org.parley.ui;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Start-up measurement: with {@code -Dparley.exitAfterFirstPaint=true} the app prints how long after the
 * JVM started its window was first painted, then exits. installer/measure-startup.sh and the class-data
 * sharing archive built at packaging time use it.
 */
final class FirstPaint {
    static final String EXIT_AFTER = "parley.exitAfterFirstPaint";

    private FirstPaint() {
    }

    static void reportAndExit(Stage stage) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // the second pulse after show() comes after the first frame reached the screen
                if (++frames == 2 && stage.isShowing()) {
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("parley: window painted " + ms + " ms after start");
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }
}
