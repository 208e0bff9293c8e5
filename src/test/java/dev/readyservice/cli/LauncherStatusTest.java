package dev.readyservice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LauncherStatusTest {
    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(LauncherStatus.PROPERTY);
    }

    private static CommandLine parsed(String... args) {
        CommandLine cli = Prr.commandLine();
        cli.parseArgs(args);
        return cli;
    }

    @Test
    void aReviewThatReachedItsVerdictIsWhole() {
        assertThat(LauncherStatus.line(parsed("review", "--stack", "qa"), 0)).isEqualTo("0 complete\n");
        assertThat(LauncherStatus.line(parsed("review"), 1)).isEqualTo("1 complete\n");
        assertThat(LauncherStatus.line(parsed("review", "--engine", "offline"), 1)).isEqualTo("1 complete\n");
    }

    @Test
    void aReviewByTheRealEngineIsNot() {
        // It never starts the offline engine, so its archive would lack the classes an offline review loads.
        assertThat(LauncherStatus.line(parsed("review", "--engine", "pulumi"), 0)).isEqualTo("0 incomplete\n");
        assertThat(LauncherStatus.line(parsed("review", "--engine", "pulumi", "--stack", "qa"), 1)).isEqualTo("1 incomplete\n");
    }

    @Test
    void helpBadInputFailuresAndOtherCommandsAreNot() {
        assertThat(LauncherStatus.line(parsed("review", "--help"), 0)).isEqualTo("0 incomplete\n");
        assertThat(LauncherStatus.line(parsed("review"), 2)).isEqualTo("2 incomplete\n");
        assertThat(LauncherStatus.line(parsed("review"), 3)).isEqualTo("3 incomplete\n");
        assertThat(LauncherStatus.line(parsed("--version"), 0)).isEqualTo("0 incomplete\n");
        assertThat(LauncherStatus.line(parsed("bench", "--runs", "1"), 0)).isEqualTo("0 incomplete\n");
        assertThat(LauncherStatus.line(Prr.commandLine(), 2)).isEqualTo("2 incomplete\n"); // arguments that did not parse
    }

    @Test
    void writesOnlyWhenTheLauncherAsks() throws Exception {
        Path file = dir.resolve("status");
        LauncherStatus.write(parsed("review"), 1);
        assertThat(file).doesNotExist();

        System.setProperty(LauncherStatus.PROPERTY, file.toString());
        LauncherStatus.write(parsed("review"), 1);

        assertThat(Files.readString(file)).isEqualTo("1 complete\n");
    }
}
