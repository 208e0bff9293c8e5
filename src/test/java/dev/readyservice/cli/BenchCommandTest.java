package dev.readyservice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.bench.BenchException;
import dev.readyservice.bench.BenchOptions;
import dev.readyservice.bench.BenchResults;
import dev.readyservice.bench.MachineInfo;
import dev.readyservice.bench.ReviewOutput;
import dev.readyservice.bench.RunSample;
import dev.readyservice.bench.SizeResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {
    @TempDir
    Path home;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicReference<BenchOptions> seen = new AtomicReference<>();

    @BeforeEach
    void builtCheckout() throws IOException {
        Files.createDirectories(home.resolve("target"));
        Files.createFile(home.resolve("target/readyservice.jar"));
        Files.createFile(home.resolve("target/readyservice-bench.jar"));
        Files.createDirectories(home.resolve("policy/bin"));
        Files.createFile(home.resolve("policy/bin/index.js"));
        System.setProperty("prr.home", home.toString());
    }

    @AfterEach
    void clearHome() {
        System.clearProperty("prr.home");
    }

    @Test
    void resolvesTheDefaults() {
        int code = run(this::fakeResults);

        assertThat(code).isZero();
        assertThat(seen.get().sizes()).containsExactly(1, 10, 100);
        assertThat(seen.get().runs()).isEqualTo(5);
        assertThat(seen.get().out()).isEqualTo(home.resolve("docs/benchmarks.md"));
        assertThat(seen.get().timeout()).isEqualTo(Duration.ofSeconds(600));
        assertThat(out.toString()).isEqualTo("prr bench: wrote " + home.resolve("docs/benchmarks.md") + "\n");
        // The scratch folder of the measured runs goes with the command (mvn verify left one per test in /tmp).
        assertThat(seen.get().workDir()).doesNotExist();
    }

    @Test
    void writesTheReportWhereAsked() throws IOException {
        Path file = home.resolve("elsewhere/bench.md");

        int code = run(this::fakeResults, "--sizes", "10,1,10", "--runs", "3", "--out", file.toString());

        assertThat(code).isZero();
        assertThat(seen.get().sizes()).containsExactly(1, 10);
        assertThat(Files.readString(file)).startsWith("# Review benchmarks").contains("| 1 | 1 | 46 |");
    }

    @Test
    void refusesBadFlagsNamingTheValue() {
        assertThat(run(this::fakeResults, "--sizes", "0")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("prr bench: --sizes 0 is not a product size; allowed: 1 to 999\n");
        assertThat(run(this::fakeResults, "--runs", "0")).isEqualTo(2);
        assertThat(err.toString()).endsWith("prr bench: --runs 0 is not allowed; allowed: 1 to 50\n");
        assertThat(run(this::fakeResults, "--timeout", "0")).isEqualTo(2);
        assertThat(err.toString()).endsWith("prr bench: --timeout 0 must be a positive number of seconds\n");
        assertThat(seen.get()).isNull();
    }

    @Test
    void needsTheBuiltJarAndPack() throws IOException {
        Files.delete(home.resolve("policy/bin/index.js"));
        assertThat(run(this::fakeResults)).isEqualTo(2);
        assertThat(err.toString()).contains("is not built (policy/bin/index.js is missing)");

        Files.delete(home.resolve("target/readyservice-bench.jar"));
        assertThat(run(this::fakeResults)).isEqualTo(2);
        assertThat(err.toString()).contains("readyservice-bench.jar is missing; build it first (./prr bench builds it");

        Files.delete(home.resolve("target/readyservice.jar"));
        assertThat(run(this::fakeResults)).isEqualTo(2);
        assertThat(err.toString()).contains("readyservice.jar is missing; build it first");
    }

    @Test
    void aFailedRunExitsThree() {
        int code = run(o -> {
            throw new BenchException("review 1 run 1/5 exited with 3");
        });

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("prr bench: review 1 run 1/5 exited with 3\n");
    }

    @Test
    void aReportThatCannotBeWrittenExitsThree() throws IOException {
        Files.createDirectories(home.resolve("docs/benchmarks.md"));

        assertThat(run(this::fakeResults)).isEqualTo(3);
        assertThat(err.toString()).startsWith("prr bench: cannot write " + home.resolve("docs/benchmarks.md"));
    }

    @Test
    void aPulumiFlagThatNamesNoCliIsBadInput() {
        Path missing = home.resolve("no-such/pulumi");

        assertThat(run(this::fakeResults, "--pulumi", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("prr bench: --pulumi " + missing + " does not exist; give the path of the Pulumi CLI\n");
        assertThat(seen.get()).isNull();
    }

    @Test
    void theRealCliIsTheFlagsThenPathsThenNoneWithTheReason() throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path pulumi = Files.writeString(bin.resolve("pulumi"), "#!/bin/sh\n");
        pulumi.toFile().setExecutable(true);
        BenchCommand command = new BenchCommand();

        assertThat(command.realCli(home, "/nowhere").unavailable())
                .isEqualTo("no `pulumi` on PATH, no --pulumi, and no " + home.resolve("tools/pulumi/build.sh"));
        assertThat(command.realCli(home, bin.toString()).pulumi()).contains(pulumi);
        command.pulumi = pulumi;
        assertThat(command.realCli(home, "/nowhere").pulumi()).contains(pulumi);
    }

    @Test
    void whatTheBenchPrintsIsMasked() {
        int code = run(o -> {
            throw new BenchException("review exited with 3; its last output:\ntoken ghp_abcdefghijklmnopqrstuvwxyz0123456789");
        });

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).startsWith("prr bench: review exited with 3; its last output:\n  token ")
                .doesNotContain("ghp_abcdefghijklmnopqrstuvwxyz0123456789");
    }

    @Test
    void isASubcommandOfPrr() {
        CommandLine prr = Prr.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));

        assertThat(prr.execute("bench", "--help")).isZero();
        assertThat(out.toString()).contains("--sizes=LIST", "--runs=N", "--out=FILE", "--pulumi=PATH", "bad input: a flag");
        BenchCommand noSizes = new BenchCommand();
        noSizes.sizes = List.of();
        assertThatThrownBy(() -> noSizes.options(home, home)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--sizes is empty; give component counts such as 1,10,100");
    }

    private int run(Function<BenchOptions, BenchResults> runner, String... args) {
        return new CommandLine(new BenchCommand(runner)).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    private BenchResults fakeResults(BenchOptions options) {
        seen.set(options);
        RunSample s = new RunSample(Duration.ofSeconds(2), Duration.ofSeconds(3), 1024, 512);
        SizeResult one = new SizeResult("1", 1, List.of(new SizeResult.ReviewRun(s,
                new ReviewOutput(46, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(500)))), List.of(s), 45);
        return new BenchResults(MachineInfo.detect(Instant.EPOCH), "./prr bench", 1, one, List.of(one), List.of(s));
    }
}
