package org.studypath.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help → Open log folder asks the window to show the data folder's logs, made first when there is none yet. */
class OpenLogFolderTest {
    @TempDir
    Path data;

    @Test
    void opensTheLogsFolderOfTheDataFolderAndMakesItWhenMissing() {
        List<Path> opened = new ArrayList<>();
        new OpenLogFolder(data, opened::add).run();
        assertThat(opened).containsExactly(data.resolve("logs"));
        assertThat(data.resolve("logs")).isDirectory();
    }

    @Test
    void aFolderThatCannotBeMadeIsStillAskedFor() throws Exception {
        Files.writeString(data.resolve("logs"), "a file where the folder goes");
        List<Path> opened = new ArrayList<>();
        new OpenLogFolder(data, opened::add).run();
        assertThat(opened).as("the window then says it cannot open it").containsExactly(data.resolve("logs"));
    }
}
