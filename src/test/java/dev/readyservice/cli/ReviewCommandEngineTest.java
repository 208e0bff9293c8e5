package dev.readyservice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.readyservice.pipeline.Engine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code prr review --engine offline|pulumi --pulumi PATH}: the flags, and what reaches the user when
 * the Pulumi CLI fails, with stand-in {@code pulumi} scripts (the real CLI: realcli/ReviewWithRealEngineIT).
 */
class ReviewCommandEngineTest {
    @TempDir
    Path dir;
    @TempDir
    Path project;
    @TempDir
    Path pack;
    /** Where the stand-in {@code pulumi} scripts go, and the only folder on the PATH. */
    @TempDir
    Path bin;

    @Test
    void offlineIsTheDefaultAndNeedsNoCli() {
        ReviewCommand command = parse(Map.of("PATH", bin.toString()));

        assertThat(command.engine).isEqualTo(Engine.OFFLINE);
        assertThat(command.realCli()).isEmpty();
    }

    @Test
    void theEngineIsNamedInAnyCase() throws IOException {
        Path pulumi = script("pulumi", "exit 0");

        assertThat(parse(Map.of("PATH", bin.toString()), "--engine", "PULUMI").realCli()).contains(pulumi);
        assertThat(parse(Map.of("PATH", bin.toString()), "--engine", "offline").realCli()).isEmpty();
    }

    @Test
    void pulumiIsFoundOnPathOrWhereTheFlagSays() throws IOException {
        Path onPath = script("pulumi", "exit 0");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path given = Files.copy(onPath, elsewhere.resolve("my-pulumi"));

        assertThat(parse(Map.of("PATH", bin.toString()), "--engine", "pulumi").realCli()).contains(onPath);
        assertThat(parse(Map.of("PATH", bin.toString()), "--engine", "pulumi", "--pulumi", given.toString()).realCli()).contains(given);
    }

    @Test
    void noPulumiOnPathIsBadInputSayingHowToGiveOne() {
        ReviewCommand command = parse(Map.of("PATH", bin.toString()), "--engine", "pulumi");

        assertThatIllegalArgumentException().isThrownBy(command::realCli)
                .withMessage("--engine pulumi: no `pulumi` on PATH; install the Pulumi CLI (https://www.pulumi.com/docs/install/) "
                        + "or give its path with --pulumi PATH");
    }

    @Test
    void aPulumiFlagThatNamesNoExecutableIsNamed() throws IOException {
        Path missing = dir.resolve("no-such/pulumi");
        Path notExecutable = Files.writeString(dir.resolve("pulumi.txt"), "");

        assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of(), "--engine", "pulumi", "--pulumi", missing.toString()).realCli())
                .withMessage("--pulumi " + missing + " does not exist; give the path of the Pulumi CLI");
        assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of(), "--engine", "pulumi", "--pulumi", bin.toString()).realCli())
                .withMessage("--pulumi " + bin + " is not an executable file; give the path of the Pulumi CLI");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse(Map.of(), "--engine", "pulumi", "--pulumi", notExecutable.toString()).realCli())
                .withMessageContaining("is not an executable file");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse(Map.of("PATH", bin.toString()), "--engine", "pulumi", "--pulumi", "pulumi-nightly").realCli())
                .withMessage("--pulumi pulumi-nightly: no executable of that name on PATH; give the path of the Pulumi CLI");
    }

    @Test
    void flagsOfTheOtherEngineAreRefusedNotIgnored() throws IOException {
        script("pulumi", "exit 0");
        Path invokes = Files.writeString(dir.resolve("invokes.yaml"), "[]");

        assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of(), "--pulumi", "/usr/bin/pulumi").realCli())
                .withMessage("--pulumi /usr/bin/pulumi is only used with --engine pulumi");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse(Map.of("PATH", bin.toString()), "--engine", "pulumi", "--invokes", invokes.toString()).realCli())
                .withMessageStartingWith("--invokes is only used with --engine offline");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse(Map.of("PATH", bin.toString()), "--engine", "pulumi", "--stack-outputs", invokes.toString()).realCli())
                .withMessageStartingWith("--stack-outputs is only used with --engine offline");
    }

    @Test
    void anUnknownEngineIsAUsageError() {
        Run run = execute(Map.of(), "--engine", "terraform");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("--engine").contains("terraform").contains("OFFLINE, PULUMI");
    }

    @Test
    void aMissingCliIsExitTwoNamingIt() {
        Path missing = dir.resolve("no-such/pulumi");

        Run run = execute(Map.of(), "--engine", "pulumi", "--pulumi", missing.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo("prr review: --pulumi " + missing + " does not exist; give the path of the Pulumi CLI\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFailingCliIsExitThreeWithItsOwnMessageMaskedAndNoReportWritten() throws IOException {
        Path out = dir.resolve("reports");
        Files.createDirectories(out);
        Files.writeString(out.resolve("prr-report.md"), "an earlier verdict");
        // The CLI prints a credential of a known format: it reaches the user masked.
        script("pulumi", "echo \"error: no stack named '$3' found (token ghp_abcdefghijklmnopqrstuvwxyz0123456789)\" >&2; exit 255");

        Run run = execute(Map.of("PATH", bin.toString()), "--engine", "pulumi", "--out", out.toString());

        assertThat(run.code()).isEqualTo(ExitCode.FAILED.code());
        assertThat(run.err()).contains("prr: pulumi: error: no stack named 'qa' found")
                .contains("prr review: pulumi preview --stack qa exited 255 before the policy pack had judged the stack, so there is no verdict")
                .contains("\n  error: no stack named 'qa' found")
                .doesNotContain("ghp_abcdefghijklmnopqrstuvwxyz0123456789");
        try (Stream<Path> left = Files.list(out)) {
            // Only the review's lock file, which every review leaves.
            assertThat(left.map(f -> f.getFileName().toString())).containsExactly(".prr-review.lock");
        }
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theCliGetsTheStackThePackTheConfigAndAnEvidenceFolder() throws IOException {
        Path config = Files.writeString(dir.resolve("qa.json"), "{}");
        Path seen = dir.resolve("seen.txt");
        script("pulumi", "echo \"$@\" > '" + seen + "'; echo \"evidence=$READYSERVICE_EVIDENCE_DIR cwd=$PWD\" >> '" + seen + "'; exit 0");

        Run run = execute(Map.of("PATH", bin.toString()), "--engine", "pulumi", "--policy-config", config.toString());

        assertThat(run.code()).isEqualTo(ExitCode.FAILED.code());
        assertThat(run.err()).contains("exited 0 before the policy pack had judged the stack");
        String[] lines = Files.readString(seen).split("\n");
        assertThat(lines[0]).isEqualTo("preview --stack qa --non-interactive --color never --policy-pack " + pack
                + " --policy-pack-config " + config);
        assertThat(lines[1]).matches("evidence=.*prr-evidence-\\d+ cwd=" + java.util.regex.Pattern.quote(project.toString()));
        // The evidence folder is the review's own, and gone after it.
        assertThat(Path.of(lines[1].substring("evidence=".length(), lines[1].indexOf(" cwd=")))).doesNotExist();
    }

    @Test
    void aCliPastTheTimeoutIsStoppedWithEverythingItStarted() throws IOException {
        Path pids = dir.resolve("pids");
        script("pulumi", "sleep 300 & echo $! > '" + pids + "'; echo started; wait");

        Run run = execute(Map.of("PATH", bin + ":/usr/bin:/bin"), "--engine", "pulumi", "--timeout", "2");

        assertThat(run.code()).isEqualTo(ExitCode.FAILED.code());
        assertThat(run.err()).contains("prr review: pulumi preview --stack qa --non-interactive --color never --policy-pack " + pack
                + " did not finish within 2 s (--timeout); it was stopped with every process it started").contains("\n  started");
        long sleeper = Long.parseLong(Files.readString(pids).trim());
        assertThat(ProcessHandle.of(sleeper).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
    }

    private Path script(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private ReviewCommand parse(Map<String, String> environment, String... args) {
        ReviewCommand command = new ReviewCommand(Clock.systemUTC(), environment);
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(withProject(args));
        return command;
    }

    private Run execute(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ReviewCommand(Clock.systemUTC(), environment)).setCaseInsensitiveEnumValuesAllowed(true);
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int code = command.execute(withProject(args));
        return new Run(code, out.toString(), err.toString().replace(System.lineSeparator(), "\n"));
    }

    private String[] withProject(String... args) {
        return Stream.concat(Stream.of("--project-dir", project.toString(), "--policy-pack", pack.toString()), Stream.of(args))
                .toArray(String[]::new);
    }

    private record Run(int code, String out, String err) {
    }
}
