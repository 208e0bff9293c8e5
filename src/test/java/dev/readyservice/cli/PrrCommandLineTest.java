package dev.readyservice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.testsupport.PrrRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code prr} through {@link Prr#commandLine()}: help, version, exit codes and bad flags, without a review. */
class PrrCommandLineTest {
    @TempDir
    Path dir;

    @Test
    void theHelpOfPrrAndReviewListsExactlyTheExitCodes() {
        CommandLine prr = Prr.commandLine();
        Map<String, String> expected = Map.of(
                "0", "ready: no PRR item blocks the verdict",
                "1", "not ready: an item fails, lacks a sign-off, or is not measured (prod)",
                "2", "bad input: Pulumi.yaml, the stack file, the policy config or a flag",
                "3", "the program, the policy pack or the Pulumi CLI failed");

        assertThat(prr.getCommandSpec().usageMessage().exitCodeList()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(prr.getSubcommands().get("review").getCommandSpec().usageMessage().exitCodeList())
                .containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void reviewHelpShowsTheExitCodesAndDefaults() {
        Run run = prr("review", "--help");

        assertThat(run.code).isZero();
        assertThat(run.out).contains("Exit codes:").contains("1   not ready: an item fails, lacks a sign-off, or is not measured (prod)")
                .contains("3   the program, the policy pack or the Pulumi CLI failed").contains("Default: 300 s.");
    }

    @Test
    void versionNamesADevelopmentBuildOutsideTheJar() {
        Run run = prr("--version");

        assertThat(run.code).isZero();
        assertThat(run.out.strip()).isEqualTo("prr (development build)");
    }

    @Test
    void prrWithoutASubcommandIsBadInput() {
        Run run = prr();

        assertThat(run.code).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err).contains("Missing subcommand: try 'prr review --help'");
    }

    @Test
    void anUnknownOptionIsBadInput() {
        Run run = prr("review", "--stak", "qa");

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("Unknown options: '--stak', 'qa'").contains("Possible solutions: --stack");
    }

    @Test
    void aTimeoutThatIsNotANumberIsBadInput() {
        Run run = prr("review", "--timeout", "five");

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("--timeout").contains("'five' is not a long");
    }

    @Test
    void aBadFlagValueIsReportedOnceWithoutAStackTrace() {
        Run run = prr("review", "--project-dir", dir.toString(), "--format", "xml");

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err.strip()).isEqualTo("prr review: --format 'xml' is not a report format; allowed: md, json, html, junit, sarif, handover");
        assertThat(run.out).isEmpty();
    }

    @Test
    void aProjectWithoutPulumiYamlIsBadInputBeforeAnythingStarts() throws IOException {
        Path out = dir.resolve("out");

        Run run = prr("review", "--project-dir", dir.toString(), "--policy-pack", Files.createDirectories(dir.resolve("pack")).toString(),
                "--out", out.toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("prr review: no Pulumi.yaml in " + dir).doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void debugAddsTheStackTraceToAFailure() throws IOException {
        Run run = prr("review", "--project-dir", dir.toString(), "--policy-pack", Files.createDirectories(dir.resolve("pack")).toString(),
                "--debug");

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("prr review: no Pulumi.yaml in " + dir).contains("\tat dev.readyservice.");
    }

    private static Run prr(String... args) {
        PrrRun run = PrrRun.of(args);
        return new Run(run.code(), run.out(), run.err());
    }

    private record Run(int code, String out, String err) {
    }
}
