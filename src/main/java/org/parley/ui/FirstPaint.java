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
        afterFirstFrame(() -> {
            if (stage.isShowing()) {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("parley: window painted " + ms + " ms after start");
                Platform.exit();
            }
        });
    }

    /** Runs work once the frame shown now has reached the screen: the second pulse from now comes after it. */
    static void afterFirstFrame(Runnable work) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }
}
