package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.css.parser.Css2Bin;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The binary theme the app loads is what AtlantaFX's CSS in the build compiles to today: when an AtlantaFX
 * upgrade changes the CSS, this fails until resources/css/theme is remade (see Theme).
 */
class ThemeTest {
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void binaryThemeIsTheCompiledCssOfThisAtlantaFx(boolean dark, @TempDir Path dir) throws Exception {
        URL committed = ThemeTest.class.getResource(Theme.binaryPath(dark));
        assertThat(committed).as("resources" + Theme.binaryPath(dark)).isNotNull();
        Path css = dir.resolve("theme.css");
        try (InputStream in = ThemeTest.class.getResourceAsStream(Theme.cssPath(dark))) {
            Files.copy(in, css);
        }
        Path fresh = dir.resolve("theme.bss");
        Css2Bin.main(new String[] {css.toString(), fresh.toString()});

        URL freshUrl = fresh.toUri().toURL();
        List<String> expected = text(Stylesheet.loadBinary(freshUrl).getRules(), freshUrl);
        assertThat(expected).hasSizeGreaterThan(500);
        assertThat(text(Stylesheet.loadBinary(committed).getRules(), committed)).isEqualTo(expected);
        assertThat(Theme.userAgentStylesheet(dark)).isEqualTo(committed.toExternalForm());
    }

    private static List<String> text(List<Rule> rules, URL self) {
        // the declarations of a binary stylesheet are read when asked for, so ask for each one; values print
        // identity hashes and the stylesheet's own address in places, which say nothing about the theme
        return rules.stream().map(r -> r.getSelectors() + " {" + r.getDeclarations().stream()
                        .map(d -> d.getProperty() + ": " + d.getParsedValue() + (d.isImportant() ? " !important" : ""))
                        .collect(Collectors.joining("; ")) + "}")
                .map(s -> s.replaceAll("@[0-9a-f]+", "@").replace(self.toExternalForm(), "<this stylesheet>"))
                .toList();
    }
}
