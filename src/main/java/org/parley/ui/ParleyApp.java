package org.parley.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import java.time.Clock;
import org.parley.core.backup.AutomaticBackups;
import org.parley.core.config.Places;
import org.parley.core.config.Settings;
import org.parley.core.session.CorpusOpener;

/**
 * The desktop app: asks the coder's name on first run (stored in the settings the CLI reads too),
 * reopens the last corpus (else the default one, made with the bundled codebook) and shows the window.
 */
public final class ParleyApp extends Application {
    @Override
    public void start(Stage stage) {
        // no window shows while the first corpus opens in the background: JavaFX must not take the closing
        // of the welcome (or of "Opening…") for the last window closing; set back once the window shows
        Platform.setImplicitExit(false);
        Places places = Places.forThisUser();
        Settings settings = Settings.load(places.settingsFile());
        // the theme before the first dialog, so the welcome already looks like the app
        Application.setUserAgentStylesheet(Theme.userAgentStylesheet(settings.darkTheme()));
        String coder = coderName(settings);
        CorpusOpening opening = new CorpusOpening(new javafx.scene.layout.Pane(), new CorpusOpener(coder, Platform::runLater));
        Path asked = getParameters().getRaw().isEmpty() ? null : Path.of(getParameters().getRaw().get(0));
        // opened (and migrated) off the FX thread; "Opening…" shows when it is slow
        opening.openAtStart(asked, settings, places, opened -> showWindow(stage, settings, places, coder, opened), e -> {
            new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    "Cannot open the corpus: " + e.getMessage()).showAndWait();
            Platform.exit();
        });
    }

    private static void showWindow(Stage stage, Settings settings, Places places, String coder, CorpusOpener.Opened opened) {
        MainWindow window = new MainWindow(stage, settings, coder, opened,
                new AutomaticBackups(places.backupsFolder(), settings, Clock.systemDefaultZone()));
        window.session().sidePaneAfterFirstFrame();
        stage.setMaximized(true);
        // shown see-through until its first frame is drawn: no white window while the scene is laid out
        stage.setOpacity(0);
        stage.show();
        FirstPaint.afterFirstFrame(() -> stage.setOpacity(1));
        Platform.setImplicitExit(true);
        if (Boolean.getBoolean(FirstPaint.EXIT_AFTER)) {
            FirstPaint.reportAndExit(stage);
            return;
        }
        Platform.runLater(() -> {
            window.tellSettingsProblem();
            FirstRunGuide.showOnce(stage, settings);
        });
    }

    /** True when the arguments are one corpus file to open in the app (a double-click on a .parley file). */
    public static boolean opensInApp(String[] args) {
        return args.length == 1 && !args[0].startsWith("-") && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".parley")
                && Files.isRegularFile(Path.of(args[0]));
    }

    private static String coderName(Settings settings) {
        if (settings.hasCoderName() || Boolean.getBoolean(FirstPaint.EXIT_AFTER)) {
            return settings.coderName(); // a start-up measurement never waits for a person
        }
        TextInputDialog ask = new TextInputDialog(settings.coderName());
        ask.setTitle("Welcome to Parley");
        ask.setHeaderText("Your name as a coder\n(every claim and change you make records it; the command line uses it too)");
        String name = ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).orElse(settings.coderName());
        settings.coderName(name);
        settings.save();
        return name;
    }
}
