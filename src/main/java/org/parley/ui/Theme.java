package org.parley.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;

/**
 * The look: AtlantaFX's Primer theme, light or dark. It is loaded from binary stylesheets made from the
 * theme's CSS ({@code resources/css/theme/*.bss}, checked against the CSS by ThemeTest), because parsing
 * its 170 KB of CSS took about 150 ms of every start. To remake them after an AtlantaFX upgrade:
 * {@code java -cp target/parley.jar com.sun.javafx.css.parser.Css2Bin primer-light.css resources/css/theme/primer-light.bss}
 * (the CSS from the atlantafx-base jar's {@code atlantafx/base/theme/}), and the same for primer-dark.
 */
final class Theme {
    private Theme() {
    }

    static String userAgentStylesheet(boolean dark) {
        URL binary = Theme.class.getResource(binaryPath(dark));
        if (binary != null) {
            return binary.toExternalForm();
        }
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    static String binaryPath(boolean dark) {
        return "/css/theme/" + (dark ? "primer-dark" : "primer-light") + ".bss";
    }

    static String cssPath(boolean dark) {
        return "/atlantafx/base/theme/" + (dark ? "primer-dark" : "primer-light") + ".css";
    }
}
