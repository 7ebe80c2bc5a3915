package org.studypath.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.Optional;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.studypath.app.Preferences;

class ThemesTest {
    @Test
    void theBuildWritesBothThemesAsBinaryStylesheetsWithEveryRuleOfTheCss() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            String chosen = Themes.stylesheet(dark);
            assertThat(chosen).as("the binary theme from process-classes").endsWith(dark ? "primer-dark.bss" : "primer-light.bss");
            Stylesheet binary = Stylesheet.loadBinary(new URL(chosen));
            String css = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
            Stylesheet parsed = new CssParser().parse(ThemesTest.class.getResource(css));
            assertThat(binary.getRules()).hasSameSizeAs(parsed.getRules()).hasSizeGreaterThan(500);
            for (int i = 0; i < parsed.getRules().size(); i++) {
                var expected = parsed.getRules().get(i);
                var actual = binary.getRules().get(i);
                assertThat(actual.getSelectors().toString()).isEqualTo(expected.getSelectors().toString());
                assertThat(actual.getDeclarations().stream().map(d -> d.getProperty()).toList())
                        .isEqualTo(expected.getDeclarations().stream().map(d -> d.getProperty()).toList());
            }
        }
    }

    @Test
    void theBuildWritesStudyPathsOwnStylesheetInBinaryBesideItWithEveryRule() throws Exception {
        URL css = ThemesTest.class.getResource("/" + BinaryThemes.OWN_CSS);
        URL bss = ThemesTest.class.getResource("/" + BinaryThemes.OWN_CSS.replace("studypath.css", BinaryThemes.OWN_BSS));
        assertThat(bss).as("written by process-classes beside the CSS, where JavaFX looks for it").isNotNull();
        Stylesheet binary = Stylesheet.loadBinary(bss);
        Stylesheet parsed = new CssParser().parse(css);
        assertThat(binary.getRules()).hasSameSizeAs(parsed.getRules()).hasSizeGreaterThan(30);
        for (int i = 0; i < parsed.getRules().size(); i++) {
            assertThat(binary.getRules().get(i).getSelectors().toString())
                    .isEqualTo(parsed.getRules().get(i).getSelectors().toString());
            assertThat(binary.getRules().get(i).getDeclarations().toString())
                    .isEqualTo(parsed.getRules().get(i).getDeclarations().toString());
        }
    }

    @Test
    void theSystemDecidesOnlyWhenTheThemeSaysSo() {
        assertThat(Themes.dark(Preferences.Theme.SYSTEM, Optional.of(true))).isTrue();
        assertThat(Themes.dark(Preferences.Theme.SYSTEM, Optional.empty())).as("unknown: light").isFalse();
        assertThat(Themes.dark(Preferences.Theme.LIGHT, Optional.of(true))).isFalse();
        assertThat(Themes.dark(Preferences.Theme.DARK, Optional.of(false))).isTrue();
    }
}
