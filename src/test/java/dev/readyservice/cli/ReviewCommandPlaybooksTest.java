package dev.readyservice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.pipeline.ReviewOptions;
import dev.readyservice.report.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --playbooks} and the {@code handover} format reach {@link ReviewOptions}. */
class ReviewCommandPlaybooksTest {
    @TempDir
    Path project;

    private ReviewOptions options(String... extra) throws IOException {
        Path pack = Files.createDirectories(project.resolve("pack"));
        ReviewCommand command = new ReviewCommand();
        String[] args = new String[extra.length + 4];
        args[0] = "--project-dir";
        args[1] = project.toString();
        args[2] = "--policy-pack";
        args[3] = pack.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        new CommandLine(command).parseArgs(args);
        return command.options();
    }

    @Test
    void playbooksDefaultToDocsPlaybooksOfTheProjectAndHandoverIsWrittenByDefault() throws IOException {
        ReviewOptions options = options();
        assertThat(options.playbooks()).isEqualTo(project.toAbsolutePath().normalize().resolve("docs/playbooks"));
        assertThat(options.formats()).contains(Format.HANDOVER).hasSize(Format.values().length);
    }

    @Test
    void playbooksCanPointElsewhereAndNeedNotExist() throws IOException {
        ReviewOptions options = options("--playbooks", project.resolve("ops/runbooks").toString(), "--format", "handover");
        assertThat(options.playbooks()).isEqualTo(project.toAbsolutePath().normalize().resolve("ops/runbooks"));
        assertThat(options.formats()).containsExactly(Format.HANDOVER);
    }

    @Test
    void optionsBuiltWithoutPlaybooksUseTheProjectDefault() {
        ReviewOptions options = new ReviewOptions(project, "qa", project, java.util.Optional.empty(), project, java.util.Set.of(),
                java.time.Duration.ofSeconds(1), false);
        assertThat(options.playbooks()).isEqualTo(project.resolve("docs/playbooks"));
        assertThatThrownBy(() -> new ReviewOptions(project, "qa", project, java.util.Optional.empty(), project, java.util.Set.of(),
                java.time.Duration.ofSeconds(1), false, null)).isInstanceOf(NullPointerException.class).hasMessage("playbooks");
    }

    @Test
    void anUnknownFormatListsHandoverAmongTheAllowedOnes() {
        assertThatThrownBy(() -> options("--format", "handbook")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--format 'handbook' is not a report format; allowed: md, json, html, junit, sarif, handover");
    }
}
