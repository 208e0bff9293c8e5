package dev.readyservice.cli;

import dev.readyservice.analyzer.PolicyPackException;
import dev.readyservice.pipeline.Engine;
import dev.readyservice.pipeline.ReviewOptions;
import dev.readyservice.pipeline.ReviewOutcome;
import dev.readyservice.pipeline.ReviewPipeline;
import dev.readyservice.report.Format;
import dev.readyservice.report.ItemResult;
import dev.readyservice.report.ItemStatus;
import dev.readyservice.report.PrrReport;
import dev.readyservice.report.Verdict;
import dev.readyservice.review.ReviewException;
import dev.readyservice.review.realengine.PulumiExecutable;
import java.io.PrintWriter;
import java.nio.file.Files;
import dev.readyservice.model.StackPaths;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code prr review}: the flags become one {@link ReviewOptions}; {@link ReviewPipeline} does the work. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Preview a Pulumi Java program offline (no cloud, no Pulumi CLI), check it with the policy pack over "
                + "the Analyzer protocol, and write the PRR report.",
            "Gives the verdict `pulumi preview --policy-pack policy` would give.",
            "With --engine pulumi, runs the real `pulumi preview --policy-pack` instead (your backend, stack and credentials) and "
                + "writes the same report from what the pack recorded."})
public final class ReviewCommand extends PrrSubcommand {
    /** What the summary says before the real preview's time; {@code prr bench} reads it. */
    public static final String REAL_PREVIEW_LINE = "real pulumi preview (the policy pack included) ";

    @Mixin
    SharedOptions.ProjectDir projectDir;

    @Mixin
    SharedOptions.Stack stack;

    @Mixin
    SharedOptions.PolicyPack policy;

    @Option(names = "--invokes", paramLabel = "FILE",
            description = "Pinned answers to provider functions (YAML or JSON list of token, args, result), as PulumiTest mocks give them. "
                    + "Default: none (functions the stack config cannot answer are unknown).")
    Path invokes;

    @Option(names = "--stack-outputs", paramLabel = "FILE",
            description = "Pinned outputs of the stacks the program references (YAML or JSON: stack name to outputs). "
                    + "Default: none (stack references are unknown).")
    Path stackOutputs;

    @Mixin
    ReportFiles reportFiles;

    @Mixin
    SharedOptions.Timeout timeout;

    @Option(names = "--debug", description = "Show the program's DEBUG logs and stack traces.")
    boolean debug;

    @Option(names = "--engine", paramLabel = "offline|pulumi",
            description = "offline: the offline engine, no cloud and no Pulumi CLI. pulumi: the real `pulumi preview --stack NAME "
                    + "--policy-pack <pack> --policy-pack-config <config>` in the project folder, with your backend and credentials "
                    + "(the stack must exist there). Default: offline.")
    Engine engine = Engine.OFFLINE;

    @Option(names = "--pulumi", paramLabel = "PATH", description = "The Pulumi CLI for --engine pulumi. Default: `pulumi` on PATH.")
    Path pulumi;

    /** Set by {@link #validate}. */
    private ReviewOptions options;
    private Optional<Path> realCli;

    private final Clock clock;
    /** Added to this process's environment for the Pulumi CLI (tests give it a backend of their own). */
    private final Map<String, String> engineEnvironment;

    public ReviewCommand() {
        this(Clock.systemUTC());
    }

    ReviewCommand(Clock clock) {
        this(clock, Map.of());
    }

    ReviewCommand(Clock clock, Map<String, String> engineEnvironment) {
        this.clock = clock;
        this.engineEnvironment = Map.copyOf(engineEnvironment);
    }

    @Override
    void validate() {
        options = options();
        realCli = realCli();
    }

    @Override
    ExitCode execute() {
        maskSecretsOf(options.projectDir());
        try {
            ReviewPipeline pipeline = new ReviewPipeline(clock, line -> err().line("prr: " + line));
            ReviewOutcome outcome = realCli.isPresent() ? pipeline.runWithRealEngine(options, realCli.get(), engineEnvironment)
                    : pipeline.run(options);
            summarise(outcome, out());
            return outcome.report().verdict() == Verdict.READY ? ExitCode.READY : ExitCode.NOT_READY;
        } catch (ReviewException e) {
            return fail(e, ExitCode.of(e.exitCode()));
        } catch (PolicyPackException e) {
            return fail(e, ExitCode.of(e.exitCode()));
        } catch (RuntimeException e) {
            return fail(e, ExitCode.FAILED);
        }
    }

    /** Resolves every default; throws {@link IllegalArgumentException} naming the flag and value on bad input. */
    ReviewOptions options() {
        Path project = projectDir.existing();
        String name = stack.stack;
        if (name.contains("/") && StackPaths.isStackName(name)) {
            // The offline review runs the project's own stack by the name its config file has; the
            // reports and records of org/project/qa are qa's anyway (StackPaths).
            throw new IllegalArgumentException("--stack '" + name + "': give the stack's short name, '" + StackPaths.shortName(name)
                    + "' (its config is Pulumi." + StackPaths.shortName(name) + ".yaml; its reports go to "
                    + StackPaths.OUTPUT_ROOT + "/" + StackPaths.shortName(name) + ")");
        }
        if (!name.matches("[A-Za-z0-9_.-]+") || name.matches("\\.+")) {
            throw new IllegalArgumentException("--stack '" + name + "' is not a stack name (letters, digits, '-', '_', '.')");
        }
        Path pack = policy.pack();
        if (!Files.isDirectory(pack)) {
            throw new IllegalArgumentException("--policy-pack " + pack + " is not a directory");
        }
        Optional<Path> config = policy.existingConfig().or(() -> {
            Path byStack = policy.config(name);
            return Files.isRegularFile(byStack) ? Optional.of(byStack) : Optional.empty();
        });
        Set<Format> chosen = reportFiles.formats();
        Duration timeLimit = timeout.duration();
        Path outDir = reportFiles.outDir(project, name);
        Path playbookDir = reportFiles.playbookDir(project);
        return new ReviewOptions(project, name, pack, config, outDir, chosen, timeLimit, debug, playbookDir,
                reportFiles.redeployMaxAge(), existingFile("--invokes", invokes),
                existingFile("--stack-outputs", stackOutputs));
    }

    /**
     * The Pulumi CLI for {@code --engine pulumi}, empty for the offline engine; throws
     * {@link IllegalArgumentException} naming the flag and value on bad input.
     */
    Optional<Path> realCli() {
        if (engine == Engine.OFFLINE) {
            if (pulumi != null) {
                throw new IllegalArgumentException("--pulumi " + pulumi + " is only used with --engine pulumi");
            }
            return Optional.empty();
        }
        // The real engine asks the real providers and stacks: pinned answers would be silently ignored.
        if (invokes != null) {
            throw new IllegalArgumentException("--invokes is only used with --engine offline; the real engine asks the providers");
        }
        if (stackOutputs != null) {
            throw new IllegalArgumentException("--stack-outputs is only used with --engine offline; the real engine reads the stacks");
        }
        return Optional.of(PulumiExecutable.locate(Optional.ofNullable(pulumi), engineEnvironment.getOrDefault("PATH", System.getenv("PATH"))));
    }

    /** The file a flag names, checked to exist now; its content is validated before the program starts. */
    private static Optional<Path> existingFile(String flag, Path file) {
        if (file == null) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(flag + " " + file + " does not exist or is not a file");
        }
        return Optional.of(file.toAbsolutePath().normalize());
    }

    private void summarise(ReviewOutcome outcome, SafeConsole out) {
        PrrReport report = outcome.report();
        out.line("PRR review of " + report.project() + " (stack " + report.stack() + "): " + report.verdict().label().toUpperCase(Locale.ROOT));
        out.line("  judged as " + report.environment().name() + " (" + report.environment().source() + ")");
        out.line("  " + report.counts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", ")));
        List<ItemStatus> blocking = report.blockingStatuses();
        for (ItemResult item : report.items()) {
            if (blocking.contains(item.status())) {
                out.line("  " + item.status().label() + ": " + item.item().id() + ": " + item.reason());
            }
        }
        for (ItemResult item : report.items()) {
            if (item.isOpenAction() && !blocking.contains(item.status())) {
                out.line("  open action: " + item.item().id() + ": " + item.reason());
            }
        }
        if (!report.assumptions().isEmpty()) {
            out.line("  assumed (" + report.assumptions().size() + "): what a real preview asks a provider, the cloud or another stack");
            report.assumptions().forEach(a -> out.line("    " + a.describe()));
        }
        if (outcome.engine() == Engine.PULUMI) {
            out.line("  " + REAL_PREVIEW_LINE + millis(outcome.previewTime()));
        } else {
            out.line("  preview " + millis(outcome.previewTime()) + ", policy pack " + millis(outcome.analysisTime()));
        }
        outcome.files().forEach(f -> out.line("  wrote " + f));
    }

    private ExitCode fail(RuntimeException e, ExitCode code) {
        fail(e.getMessage(), code);
        if (debug) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err().message(trace.toString());
        } else if (code == ExitCode.FAILED && !(e instanceof ReviewException) && !(e instanceof PolicyPackException)) {
            err().line("(run with --debug for the stack trace)");
        }
        return code;
    }

    private static String millis(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
