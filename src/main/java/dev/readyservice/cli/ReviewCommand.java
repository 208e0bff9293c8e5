package dev.readyservice.cli;

import dev.readyservice.analyzer.PolicyPackException;
import dev.readyservice.evidence.Playbooks;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.model.StackPaths;
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
import dev.readyservice.review.secrets.ConfigSecrets;
import dev.readyservice.review.secrets.SecretMask;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code prr review}: the flags become one {@link ReviewOptions}; {@link ReviewPipeline} does the work. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Preview a Pulumi Java program offline (no cloud, no Pulumi CLI), check it with the policy pack over "
                + "the Analyzer protocol, and write the PRR report.",
            "Gives the verdict `pulumi preview --policy-pack policy` would give.",
            "With --engine pulumi, runs the real `pulumi preview --policy-pack` instead (your backend, stack and credentials) and "
                + "writes the same report from what the pack recorded."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ready: no PRR item blocks the verdict",
            "1:not ready: an item fails, lacks a sign-off, or is not measured (prod)",
            "2:bad input: Pulumi.yaml, the stack file, the policy config or a flag",
            "3:the program, the policy pack or the Pulumi CLI failed"})
public final class ReviewCommand implements Callable<Integer> {
    static final Map<String, Format> FORMATS = ReportFiles.FORMATS;

    /** The longest --timeout: a day. A review that needs more is stuck, and larger numbers overflow the clock's arithmetic. */
    static final long MAX_TIMEOUT_SECONDS = 86_400;
    /** The largest --redeploy-max-age: a hundred years, which already means "any record counts". */
    static final long MAX_REDEPLOY_AGE_DAYS = 36_500;

    /** What the summary says before the real preview's time; {@code prr bench} reads it. */
    public static final String REAL_PREVIEW_LINE = "real pulumi preview (the policy pack included) ";

    @Spec
    private CommandSpec spec;

    @Option(names = "--project-dir", paramLabel = "DIR", description = "The Pulumi project (holds Pulumi.yaml). Default: the current directory.")
    Path projectDir = Path.of(".");

    @Option(names = "--stack", paramLabel = "NAME", description = "The stack to review (Pulumi.<NAME>.yaml). Default: ${DEFAULT-VALUE}.")
    String stack = "qa";

    @Option(names = "--policy-pack", paramLabel = "DIR", description = "The policy pack. Default: the pack bundled with prr (policy/).")
    Path policyPack;

    @Option(names = "--policy-config", paramLabel = "FILE",
            description = "Policy config, as `pulumi preview --policy-pack-config` takes it. Default: <pack>/config/<stack>.json when it exists, else none (every policy mandatory).")
    Path policyConfig;

    @Option(names = "--invokes", paramLabel = "FILE",
            description = "Pinned answers to provider functions (YAML or JSON list of token, args, result), as PulumiTest mocks give them. "
                    + "Default: none (functions the stack config cannot answer are unknown).")
    Path invokes;

    @Option(names = "--stack-outputs", paramLabel = "FILE",
            description = "Pinned outputs of the stacks the program references (YAML or JSON: stack name to outputs). "
                    + "Default: none (stack references are unknown).")
    Path stackOutputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report files go. Default: <project-dir>/target/prr/<stack>/.")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", split = ",", description = "Report files to write, any of md,json,html,junit,sarif,handover. Default: all.")
    List<String> formats = ReportFiles.ALL;

    @Option(names = "--playbooks", paramLabel = "DIR",
            description = "Where the playbooks the monitors link live: a link <anything>/<name>.md must have DIR/<name>.md. Default: <project-dir>/docs/playbooks.")
    Path playbooks;

    @Option(names = "--redeploy-max-age", paramLabel = "DAYS",
            description = "How many days a redeploy timing (prr time-redeploy) counts for quality.redeploy-time. Default: ${DEFAULT-VALUE}.")
    long redeployMaxAgeDays = ProjectArtefacts.DEFAULT_REDEPLOY_MAX_AGE.toDays();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long the program and the pack may each run. Default: ${DEFAULT-VALUE} s.")
    long timeoutSeconds = 300;

    @Option(names = "--debug", description = "Show the program's DEBUG logs and stack traces.")
    boolean debug;

    @Option(names = "--engine", paramLabel = "offline|pulumi",
            description = "offline: the offline engine, no cloud and no Pulumi CLI. pulumi: the real `pulumi preview --stack NAME "
                    + "--policy-pack <pack> --policy-pack-config <config>` in the project folder, with your backend and credentials "
                    + "(the stack must exist there). Default: offline.")
    Engine engine = Engine.OFFLINE;

    @Option(names = "--pulumi", paramLabel = "PATH", description = "The Pulumi CLI for --engine pulumi. Default: `pulumi` on PATH.")
    Path pulumi;

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
    public Integer call() {
        SafeConsole out = new SafeConsole(spec.commandLine().getOut());
        SafeConsole err = new SafeConsole(spec.commandLine().getErr());
        ReviewOptions options;
        Optional<Path> realCli;
        try {
            options = options();
            realCli = realCli();
        } catch (IllegalArgumentException e) {
            err.message("prr review: " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        // From here every line printed masks the credentials the project's config holds.
        SecretMask mask = ConfigSecrets.scan(options.projectDir()).mask();
        out.mask(mask);
        err.mask(mask);
        try {
            ReviewPipeline pipeline = new ReviewPipeline(clock, line -> err.line("prr: " + line));
            ReviewOutcome outcome = realCli.isPresent() ? pipeline.runWithRealEngine(options, realCli.get(), engineEnvironment)
                    : pipeline.run(options);
            summarise(outcome, out);
            return outcome.report().verdict() == Verdict.READY ? ExitCode.READY.code() : ExitCode.NOT_READY.code();
        } catch (ReviewException e) {
            return fail(err, e, e.exitCode());
        } catch (PolicyPackException e) {
            return fail(err, e, e.exitCode());
        } catch (RuntimeException e) {
            return fail(err, e, ExitCode.FAILED.code());
        }
    }

    /** Resolves every default; throws {@link IllegalArgumentException} naming the flag and value on bad input. */
    ReviewOptions options() {
        Path project = projectDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(project)) {
            throw new IllegalArgumentException("--project-dir " + projectDir + " is not a directory");
        }
        if (!stack.matches("[A-Za-z0-9_.-]+") || stack.matches("\\.+")) {
            throw new IllegalArgumentException("--stack '" + stack + "' is not a stack name (letters, digits, '-', '_', '.')");
        }
        Path pack = (policyPack != null ? policyPack : bundledPack()).toAbsolutePath().normalize();
        if (!Files.isDirectory(pack)) {
            throw new IllegalArgumentException("--policy-pack " + pack + " is not a directory");
        }
        Optional<Path> config;
        if (policyConfig != null) {
            if (Files.isDirectory(policyConfig)) {
                throw new IllegalArgumentException("--policy-config " + policyConfig + " is a directory; give the policy config file");
            }
            if (!Files.isRegularFile(policyConfig)) {
                throw new IllegalArgumentException("--policy-config " + policyConfig + " does not exist");
            }
            config = Optional.of(policyConfig.toAbsolutePath().normalize());
        } else {
            Path byStack = StackPaths.policyConfig(pack, stack);
            config = Files.isRegularFile(byStack) ? Optional.of(byStack) : Optional.empty();
        }
        Set<Format> chosen = ReportFiles.formats(formats);
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException("--timeout " + timeoutSeconds + " must be a number of seconds from 1 to " + MAX_TIMEOUT_SECONDS);
        }
        Path outDir = out != null ? out.toAbsolutePath().normalize() : StackPaths.outputDir(project, stack);
        ReportFiles.checkCanHold(outDir, out != null ? out : outDir);
        // An absent playbook directory is not bad input: the report says the links could not be checked.
        Path playbookDir = playbooks != null ? playbooks.toAbsolutePath().normalize() : project.resolve(Playbooks.DEFAULT_DIRECTORY);
        if (redeployMaxAgeDays < 1 || redeployMaxAgeDays > MAX_REDEPLOY_AGE_DAYS) {
            throw new IllegalArgumentException("--redeploy-max-age " + redeployMaxAgeDays + " must be a number of days from 1 to "
                    + MAX_REDEPLOY_AGE_DAYS);
        }
        return new ReviewOptions(project, stack, pack, config, outDir, chosen, Duration.ofSeconds(timeoutSeconds), debug, playbookDir,
                Duration.ofDays(redeployMaxAgeDays), existingFile("--invokes", invokes),
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

    private static Path bundledPack() {
        String home = System.getProperty("prr.home");
        return home == null ? Path.of("policy") : Path.of(home, "policy");
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

    private int fail(SafeConsole err, RuntimeException e, int code) {
        err.message("prr review: " + e.getMessage());
        if (debug) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.message(trace.toString());
        } else if (code == ExitCode.FAILED.code() && !(e instanceof ReviewException) && !(e instanceof PolicyPackException)) {
            err.line("(run with --debug for the stack trace)");
        }
        return code;
    }

    private static String millis(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
