package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemAppearanceTest {
    final List<List<String>> asked = new ArrayList<>();

    SystemAppearance on(String os, Map<String, String> env, Map<String, String> answers) {
        return new SystemAppearance(os, env, command -> {
            asked.add(command);
            return Optional.ofNullable(answers.get(String.join(" ", command)));
        });
    }

    @Test
    void gnomeSaysDarkOrLightThroughItsColourScheme() {
        String scheme = "gsettings get org.gnome.desktop.interface color-scheme";
        assertThat(on("Linux", Map.of(), Map.of(scheme, "'prefer-dark'\n")).prefersDark()).contains(true);
        assertThat(on("Linux", Map.of(), Map.of(scheme, "'default'\n")).prefersDark()).contains(false);
        assertThat(on("Linux", Map.of(), Map.of(scheme, "'prefer-light'")).prefersDark()).contains(false);
    }

    @Test
    void anOlderGnomeIsReadFromItsThemeNameAndNoAnswerMeansUnknown() {
        String theme = "gsettings get org.gnome.desktop.interface gtk-theme";
        assertThat(on("Linux", Map.of(), Map.of(theme, "'Adwaita-dark'")).prefersDark()).contains(true);
        assertThat(on("Linux", Map.of(), Map.of()).prefersDark()).isEmpty();
        assertThat(on("Linux", Map.of("GTK_THEME", "Adwaita:dark"), Map.of()).prefersDark()).contains(true);
    }

    @Test
    void windowsAndMacAreAskedTheirOwnWay() {
        String reg = "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize /v AppsUseLightTheme";
        assertThat(on("Windows 11", Map.of(), Map.of(reg, "\r\nHKEY_CURRENT_USER\\...\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n"))
                .prefersDark()).contains(true);
        assertThat(on("Windows 11", Map.of(), Map.of(reg, "    AppsUseLightTheme    REG_DWORD    0x1")).prefersDark())
                .contains(false);
        assertThat(on("Mac OS X", Map.of(), Map.of("defaults read -g AppleInterfaceStyle", "Dark\n")).prefersDark())
                .contains(true);
        assertThat(on("Mac OS X", Map.of(), Map.of()).prefersDark()).as("the key is missing in light mode").contains(false);
    }

    @Test
    void aFolderIsOpenedAsOneArgumentAndOnlyWhenItIsAFolder(@TempDir Path dir) throws Exception {
        Path odd = java.nio.file.Files.createDirectory(dir.resolve("my data; rm -rf ~"));
        assertThat(new FolderOpener("Linux").command(odd)).containsExactly("xdg-open", odd.toString());
        assertThat(new FolderOpener("Windows 10").command(odd)).containsExactly("explorer.exe", odd.toString());
        assertThat(new FolderOpener("Mac OS X").command(odd)).containsExactly("open", odd.toString());
        Path file = java.nio.file.Files.writeString(dir.resolve("a.txt"), "x");
        assertThatThrownBy(() -> new FolderOpener("Linux").command(file)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FolderOpener("Linux").command(dir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSystemLanguagePicksChineseForAnyChineseLocaleAndEnglishOtherwise() {
        assertThat(Preferences.Language.SYSTEM.locale(java.util.Locale.TRADITIONAL_CHINESE).getLanguage()).isEqualTo("zh");
        assertThat(Preferences.Language.SYSTEM.locale(java.util.Locale.US)).isEqualTo(java.util.Locale.US);
        assertThat(Preferences.Language.SYSTEM.locale(java.util.Locale.GERMANY)).isEqualTo(java.util.Locale.UK);
        assertThat(Preferences.Language.CHINESE.locale(java.util.Locale.US)).isEqualTo(java.util.Locale.SIMPLIFIED_CHINESE);
    }
}
