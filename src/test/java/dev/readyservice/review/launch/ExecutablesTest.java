package dev.readyservice.review.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one PATH lookup: a runnable regular file, by path or by name, Windows suffixes only on Windows. */
class ExecutablesTest {
    @TempDir
    Path dir;
    private Path first;
    private Path second;

    @BeforeEach
    void folders() throws IOException {
        first = Files.createDirectory(dir.resolve("first"));
        second = Files.createDirectory(dir.resolve("second"));
    }

    private Path executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        assertThat(file.toFile().setExecutable(true)).isTrue();
        return file;
    }

    private String path(Path... dirs) {
        StringBuilder joined = new StringBuilder();
        for (Path d : dirs) {
            joined.append(File.pathSeparator).append(d);
        }
        return joined.toString();
    }

    @Test
    void findsANameInTheFirstFolderOfPathThatHasIt() throws IOException {
        executable(first.resolve("tool"));
        executable(second.resolve("tool"));

        // The leading empty entry is skipped, not read as the current folder.
        assertThat(Executables.find("tool", path(first, second), null)).contains(first.resolve("tool"));
        assertThat(Executables.find("tool", path(second, first), null)).contains(second.resolve("tool"));
        assertThat(Executables.find("other", path(first, second), null)).isEmpty();
        assertThat(Executables.find("tool", null, null)).isEmpty();
        assertThat(Executables.find("tool", "", null)).isEmpty();
    }

    @Test
    void aFolderOrAFileThatMayNotRunIsNotFound() throws IOException {
        Files.createDirectory(first.resolve("tool"));
        Files.writeString(second.resolve("tool"), "not executable");
        assertThat(Executables.find("tool", path(first, second), null)).isEmpty();

        executable(dir.resolve("tool"));
        assertThat(Executables.find("tool", path(first, second, dir), null)).contains(dir.resolve("tool"));
    }

    @Test
    void aPathIsReadFromTheStartingFolderNotLookedUpOnPath() throws IOException {
        Path tool = executable(first.resolve("tool"));

        assertThat(Executables.find("first/tool", "", dir)).contains(tool);
        assertThat(Executables.find("./tool", "", first)).contains(tool);
        assertThat(Executables.find(tool.toString(), "", second)).contains(tool);
        assertThat(Executables.find("./tool", path(first), second)).isEmpty();
        // Relative to this JVM's folder when none is given, and absolute either way.
        assertThat(Executables.find("first/tool", "", null)).isEmpty();
    }

    @Test
    void windowsSuffixesCountOnlyOnWindows() throws IOException {
        Path exe = executable(first.resolve("pulumi.exe"));
        Path cmd = executable(second.resolve("mvn.cmd"));

        assertThat(Executables.find("pulumi", path(first, second), null, true)).contains(exe);
        assertThat(Executables.find("mvn", path(first, second), null, true)).contains(cmd);
        assertThat(Executables.find("pulumi", path(first, second), null, false)).isEmpty();
        assertThat(Executables.find("mvn", path(first, second), null, false)).isEmpty();
    }
}
