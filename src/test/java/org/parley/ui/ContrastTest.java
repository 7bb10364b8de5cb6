package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.model.Code;

/**
 * WCAG AA (4.5:1 for text) in both themes: the theme's text colours on its backgrounds, and the dark text Parley
 * draws over claim highlights on every colour of the bundled codebooks.
 */
class ContrastTest {
    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] c = {(rgb >> 16 & 255) / 255.0, (rgb >> 8 & 255) / 255.0, (rgb & 255) / 255.0};
        for (int i = 0; i < 3; i++) {
            c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static String colour(String css, String name) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + ":\\s*(#[0-9a-fA-F]{6});").matcher(css);
        assertThat(m.find()).as(name + " in the theme").isTrue();
        return m.group(1);
    }

    private static String theme(boolean dark) throws IOException {
        try (InputStream in = ContrastTest.class.getResourceAsStream(Theme.cssPath(dark))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void textColoursMeetAaOnTheirBackgroundsInBothThemes() throws IOException {
        for (boolean dark : new boolean[] {false, true}) {
            String css = theme(dark);
            for (String bg : List.of("-color-bg-default", "-color-bg-subtle")) {
                for (String fg : List.of("-color-fg-default", "-color-fg-muted", "-color-danger-fg", "-color-success-fg")) {
                    assertThat(contrast(colour(css, fg), colour(css, bg))).as((dark ? "dark: " : "light: ") + fg + " on " + bg)
                            .isGreaterThanOrEqualTo(4.5);
                }
            }
        }
    }

    @Test
    void highlightedTextIsReadableOnEveryCodeColourOfTheBundledCodebooks() {
        for (String preset : List.of(CodebookPresets.DEFAULT, "fact-check")) {
            var book = CodebookPresets.preset(preset);
            for (List<Code> list : book.codeLists().values()) {
                for (Code c : list) {
                    assertThat(contrast("#1b1b1b", c.colour())).as(preset + ": " + c.name() + " " + c.colour()).isGreaterThanOrEqualTo(4.5);
                }
            }
        }
        for (String p : org.parley.core.codebook.NewCodeProposal.PALETTE) {
            assertThat(contrast("#1b1b1b", p)).as("new code colour " + p).isGreaterThanOrEqualTo(4.5);
        }
    }
}
