package dev.readyservice.cli;

import dev.readyservice.bench.BenchException;
import dev.readyservice.bench.BenchOptions;
import dev.readyservice.bench.BenchProduct;
import dev.readyservice.bench.BenchReport;
import dev.readyservice.bench.BenchResults;
import dev.readyservice.bench.BenchRunner;
import dev.readyservice.bench.RealCli;
import dev.readyservice.review.launch.ProgramCommand;
import dev.readyservice.review.launch.ProgramProcess;
import dev.readyservice.review.launch.ProgramResult;
import dev.readyservice.review.realengine.PulumiExecutable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code prr bench}: the flags become one {@link BenchOptions}; {@link BenchRunner} measures, {@link BenchReport} writes. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the offline review: generate products of N components, review each --runs times and run the "
                + "same program under PulumiTest mocks (the floor), and beside it the real `pulumi preview --policy-pack` "
                + "(`prr review --engine pulumi`, stand-in providers, a local backend), and write the medians (wall, CPU, peak RSS) "
                + "to a Markdown file.",
            "Needs the built jars (target/readyservice.jar and the bench's target/readyservice-bench.jar), the built policy pack and GNU /usr/bin/time. Progress: one line per run on stderr."})
public final class BenchCommand extends PrrSubcommand {
    @Option(names = "--sizes", paramLabel = "LIST", split = ",", description = "Product sizes in components. Default: 1,10,100.")
    List<Integer> sizes = List.of(1, 10, 100);

    @Option(names = "--runs", paramLabel = "N", description = "Runs per measurement; medians are reported. Default: ${DEFAULT-VALUE}.")
    int runs = 5;

    @Option(names = "--out", paramLabel = "FILE", description = "The Markdown file to write. Default: <prr home>/docs/benchmarks.md.")
    Path out;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long one run may take. Default: ${DEFAULT-VALUE} s.")
    long timeoutSeconds = 600;

    @Option(names = "--pulumi", paramLabel = "PATH",
            description = "The real Pulumi CLI to run beside the offline review. Default: `pulumi` on PATH, else the one "
                    + "tools/pulumi/build.sh built; with neither, the real side is skipped and the output and the document say so.")
    Path pulumi;

    private final Function<BenchOptions, BenchResults> runner;

    public BenchCommand() {
        this.runner = null;
    }

    /** A command that hands its resolved options to {@code runner} instead of measuring (tests). */
    BenchCommand(Function<BenchOptions, BenchResults> runner) {
        this.runner = runner;
    }

    @Override
    Map<ExitCode, String> exitCodes() {
        return Map.of(ExitCode.READY, "measured and written",
                ExitCode.BAD_INPUT, "bad input: a flag, or the jar or pack is not built",
                ExitCode.FAILED, "a measured run failed");
    }

    @Override
    ExitCode execute() {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("prr-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return measure(scratch);
        } finally {
            // The measured runs' output files are read by now; nothing of them may stay in /tmp.
            deleteTree(scratch);
        }
    }

    /** Flags are checked here, not in {@link #validate}: the options name the scratch folder {@link #execute} made. */
    private ExitCode measure(Path scratch) {
        // Every line goes through SafeConsole: a measured run's output (an error's tail) may hold a credential.
        BenchOptions options;
        try {
            options = options(prrHome(), scratch);
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage(), ExitCode.BAD_INPUT);
        }
        try {
            BenchResults results = runner != null ? runner.apply(options)
                    : new BenchRunner(options, err()::message, Clock.systemUTC()).run(commandText());
            Files.createDirectories(options.out().toAbsolutePath().getParent());
            String previous = Files.isRegularFile(options.out()) ? Files.readString(options.out()) : null;
            Files.writeString(options.out(), BenchReport.keepNotes(BenchReport.markdown(results), previous));
            out().line("prr bench: wrote " + options.out());
            return ExitCode.READY;
        } catch (BenchException e) {
            return fail(e.getMessage(), ExitCode.FAILED);
        } catch (IOException e) {
            return fail("cannot write " + options.out() + ": " + e.getMessage(), ExitCode.FAILED);
        } catch (RuntimeException e) {
            // A run that could not start, a stand-in provider that failed: one line, not a stack trace.
            return fail(e.getMessage(), ExitCode.FAILED);
        }
    }

    /** Resolves every default; throws {@link IllegalArgumentException} naming the flag and value on bad input. */
    BenchOptions options(Path home, Path workDir) {
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("--sizes is empty; give component counts such as 1,10,100");
        }
        for (int size : sizes) {
            if (size < 1 || size > BenchProduct.MAX_COMPONENTS) {
                throw new IllegalArgumentException("--sizes " + size + " is not a product size; allowed: 1 to " + BenchProduct.MAX_COMPONENTS);
            }
        }
        if (runs < 1 || runs > 50) {
            throw new IllegalArgumentException("--runs " + runs + " is not allowed; allowed: 1 to 50");
        }
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("--timeout " + timeoutSeconds + " must be a positive number of seconds");
        }
        Path root = home.toAbsolutePath().normalize();
        Path file = (out != null ? out : root.resolve("docs").resolve("benchmarks.md")).toAbsolutePath().normalize();
        BenchOptions options = new BenchOptions(sizes.stream().sorted().distinct().toList(), runs, file, root, workDir,
                Duration.ofSeconds(timeoutSeconds), realCli(root, System.getenv("PATH")));
        if (!Files.isRegularFile(options.jar())) {
            throw new IllegalArgumentException(options.jar() + " is missing; build it first (./prr --version builds it, or mvn package)");
        }
        if (!Files.isRegularFile(options.benchJar())) {
            throw new IllegalArgumentException(options.benchJar() + " is missing; build it first (./prr bench builds it, or mvn package)");
        }
        if (!Files.isRegularFile(options.policyPack().resolve("bin").resolve("index.js"))) {
            throw new IllegalArgumentException("the policy pack in " + options.policyPack() + " is not built (policy/bin/index.js is missing)");
        }
        return options;
    }

    /**
     * The real CLI: {@code --pulumi} (bad input when it names none), else {@code pulumi} on PATH, else
     * the one {@code tools/pulumi/build.sh --built-only} names; else none, with the reason.
     */
    RealCli realCli(Path home, String path) {
        if (pulumi != null) {
            return RealCli.at(PulumiExecutable.locate(Optional.of(pulumi), path));
        }
        try {
            return RealCli.at(PulumiExecutable.locate(Optional.empty(), path));
        } catch (IllegalArgumentException noneOnPath) {
            return built(home);
        }
    }

    private static RealCli built(Path home) {
        Path script = home.resolve("tools").resolve("pulumi").resolve("build.sh");
        if (!Files.isExecutable(script)) {
            return RealCli.none("no `pulumi` on PATH, no --pulumi, and no " + script);
        }
        ProgramResult result = ProgramProcess.run(new ProgramCommand(List.of(script.toString(), "--built-only"), home), Map.of(),
                Duration.ofSeconds(60), null);
        if (result.succeeded()) {
            for (String line : result.outputTail()) {
                Path cli = Path.of(line.trim()).resolve(PulumiExecutable.NAME);
                if (line.startsWith("/") && Files.isExecutable(cli)) {
                    return RealCli.at(cli);
                }
            }
        }
        return RealCli.none("no `pulumi` on PATH, no --pulumi, and tools/pulumi/build.sh --built-only exited " + result.exitCode() + ": "
                + String.join(" ", result.outputTail()));
    }

    private String commandText() {
        return "./prr bench --sizes " + String.join(",", sizes.stream().map(String::valueOf).toList()) + " --runs " + runs
                + (out != null ? " --out " + out : "") + (pulumi != null ? " --pulumi " + pulumi : "");
    }

    private static void deleteTree(Path root) {
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a file still held open by a measured process that outlived it stays.
        }
    }

    private static Path prrHome() {
        String home = System.getProperty("prr.home");
        return home == null ? Path.of(".") : Path.of(home);
    }
}
