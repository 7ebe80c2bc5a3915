package org.studypath.exchange.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** File names that Windows, macOS, Linux and Obsidian's wikilinks all accept, each used once. */
class VaultNamesTest {
    @Test
    void charactersWindowsOrWikilinksForbidBecomeSpaces() {
        assertThat(VaultNames.safe("Chapter 12: \"Limits\" <and> a/b\\c | d? e* #tag ^x [y]", "f"))
                .isEqualTo("Chapter 12 Limits and a b c d e tag x y");
        assertThat(VaultNames.safe("tab\there\nnewline\u0000nul\u200Bzero-width", "f"))
                .isEqualTo("tab here newline nul zero-width");
    }

    @Test
    void chineseIsKeptInComposedForm() {
        assertThat(VaultNames.safe("线性代数的本质：第 1 章", "f")).as("a full-width colon is allowed everywhere")
                .isEqualTo("线性代数的本质：第 1 章");
        assertThat(VaultNames.safe("Cafe\u0301", "f")).isEqualTo("Caf\u00E9");
    }

    @Test
    void hiddenAndTrailingDotsAndSpacesAreDroppedAndEmptyNamesFallBack() {
        assertThat(VaultNames.safe(" .obsidian. ", "f")).isEqualTo("obsidian");
        assertThat(VaultNames.safe("Notes...", "f")).isEqualTo("Notes");
        assertThat(VaultNames.safe("::??", "resource-7")).isEqualTo("resource-7");
        assertThat(VaultNames.safe("...", "resource-7")).isEqualTo("resource-7");
    }

    @Test
    void namesWindowsReservesForDevicesGetAnUnderscore() {
        assertThat(VaultNames.safe("CON", "f")).isEqualTo("CON_");
        assertThat(VaultNames.safe("nul.txt", "f")).isEqualTo("nul_.txt");
        assertThat(VaultNames.safe("com1", "f")).isEqualTo("com1_");
        assertThat(VaultNames.safe("LPT\u00B9", "f")).isEqualTo("LPT\u00B9_");
        assertThat(VaultNames.safe("Console", "f")).isEqualTo("Console");
        assertThat(VaultNames.safe("con game", "f")).isEqualTo("con game");
    }

    @Test
    void longNamesAreCutBetweenCharactersWithinTheLimits() {
        String english = VaultNames.safe("a".repeat(300), "f");
        assertThat(english).hasSize(VaultNames.MAX_CODE_POINTS);
        String chinese = VaultNames.safe("数".repeat(300), "f");
        assertThat(chinese.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(VaultNames.MAX_BYTES);
        assertThat(chinese).isEqualTo("数".repeat(VaultNames.MAX_BYTES / 3));
        String emoji = VaultNames.safe("😀".repeat(100), "f");
        assertThat(emoji.codePoints().allMatch(c -> c == 0x1F600)).as("no half of a surrogate pair").isTrue();
        assertThat(VaultNames.safe("x".repeat(79) + " tail", "f")).as("no space left at the cut").doesNotEndWith(" ");
    }

    @Test
    void aNameAlreadyUsedIgnoringCaseIsNumbered() {
        VaultNames names = new VaultNames();
        assertThat(names.claim("StudyPath notes", "index")).isEqualTo("StudyPath notes");
        assertThat(names.claim("studypath NOTES", "f")).isEqualTo("studypath NOTES (2)");
        assertThat(names.claim("Linear algebra", "f")).isEqualTo("Linear algebra");
        assertThat(names.claim("Linear: algebra", "f")).isEqualTo("Linear algebra (2)");
        assertThat(names.claim("Linear algebra", "f")).isEqualTo("Linear algebra (3)");
        assertThat(names.claim("Linear algebra (2)", "f")).isEqualTo("Linear algebra (2) (2)");
    }
}
