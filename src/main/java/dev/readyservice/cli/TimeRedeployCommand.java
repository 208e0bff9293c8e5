package dev.readyservice.cli;

import dev.readyservice.deploy.PhaseRecord;
import dev.readyservice.deploy.PreconditionFailure;
import dev.readyservice.deploy.RedeployOptions;
import dev.readyservice.deploy.RedeployProvenance;
import dev.readyservice.deploy.RedeployRecord;
import dev.readyservice.deploy.RedeployTimer;
import dev.readyservice.deploy.ResourceChanges;
import dev.readyservice.review.secrets.ConfigSecrets;
import dev.readyservice.review.secrets.SecretMask;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code prr time-redeploy}: the flags become one {@link RedeployOptions}; {@link RedeployTimer}
 * checks every precondition, runs {@code pulumi up} twice (and, with {@code --rebuild}, a destroy
 * and an up from nothing) and writes the record that PRR item {@code quality.redeploy-time} reads.
 */
@Command(name = "time-redeploy", mixinStandardHelpOptions = true,
        description = {"Time a real redeploy of a stack with the Pulumi CLI (Automation API) against the PRR budget, and record it"
                + " for the report's quality.redeploy-time item.",
            "Needs the Pulumi CLI on PATH, Azure (ARM_*), Datadog (DATADOG_API_KEY, DATADOG_APP_KEY) and PagerDuty (PAGERDUTY_TOKEN)"
                + " credentials and the stack's passphrase; without them it runs nothing and lists what is missing.",
            "The record names the backend and whether the providers were the installed plugins: a run with providers attached by"
                + " PULUMI_DEBUG_PROVIDERS (the stand-ins) is recorded, and `prr review` never counts it as the redeploy measurement."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the redeploy finished within the budget",
            "1:the redeploy finished over the budget",
            "2:bad input or a missing precondition (Pulumi CLI, credentials, passphrase, policy pack); nothing ran",
            "3:a Pulumi operation failed or was interrupted; the record names the phase"})
public final class TimeRedeployCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--project-dir", paramLabel = "DIR", description = "The Pulumi project (holds Pulumi.yaml). Default: the current directory.")
    Path projectDir = Path.of(".");

    @Option(names = "--stack", paramLabel = "NAME", description = "The stack to redeploy. Default: ${DEFAULT-VALUE}.")
    String stack = RedeployOptions.DEFAULT_STACK;

    @Option(names = "--budget", paramLabel = "DURATION", description = "The redeploy budget, e.g. 5m, 300s, 2m30s. Default: ${DEFAULT-VALUE}.")
    String budget = "5m";

    @Option(names = "--record", paramLabel = "FILE",
            description = "Where the record is written. Default: <project-dir>/target/prr/<stack>/redeploy.json, where `prr review` reads it.")
    Path record;

    @Option(names = "--rebuild", description = "Also time a destroy and an up from nothing (recorded, not judged). Refused on prod.")
    boolean rebuild;

    @Option(names = "--policy-pack", paramLabel = "DIR", description = "The policy pack every up runs with: its folder, or an executable analyzer plugin. Default: <project-dir>/policy.")
    Path policyPack;

    @Option(names = "--policy-pack-config", paramLabel = "FILE", description = "The pack's config. Default: <project-dir>/policy/config/<stack>.json.")
    Path policyPackConfig;

    private final Function<RedeployOptions, RedeployTimer> timers;

    /** The command on this process's environment, {@code PATH} and the Pulumi Automation API. */
    public TimeRedeployCommand() {
        this(RedeployTimer::forSystem);
    }

    /** For tests: {@code timers} builds the timer, so a test controls its environment and stack operations. */
    TimeRedeployCommand(Function<RedeployOptions, RedeployTimer> timers) {
        this.timers = Objects.requireNonNull(timers, "timers");
    }

    @Override
    public Integer call() {
        // As in the review: what the CLI and the providers say may carry the project's credentials.
        SafeConsole out = new SafeConsole(spec.commandLine().getOut());
        SafeConsole err = new SafeConsole(spec.commandLine().getErr());
        RedeployOptions options;
        RedeployRecord result;
        try {
            options = options();
            SecretMask mask = ConfigSecrets.scan(options.projectDir()).mask();
            out.mask(mask);
            err.mask(mask);
            result = timers.apply(options).run();
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage(), ExitCode.BAD_INPUT.code());
        } catch (PreconditionFailure e) {
            return fail(err, e.getMessage(), e.exitCode());
        } catch (RuntimeException e) {
            // The timer has already recorded the phase as failed; say what broke without a stack trace.
            return fail(err, e.getClass().getSimpleName() + ": " + e.getMessage(), ExitCode.FAILED.code());
        }
        summarise(options, result, out);
        return result.exitCode();
    }

    /** The options from the flags; throws {@link IllegalArgumentException} naming the field and value on bad input. */
    RedeployOptions options() {
        return RedeployOptions.builder().projectDir(projectDir.toAbsolutePath().normalize()).stack(stack).budget(budget)
                .rebuild(rebuild).recordFile(absolute(record)).policyPack(absolute(policyPack))
                .policyPackConfig(absolute(policyPackConfig)).build();
    }

    private static Path absolute(Path path) {
        return path == null ? null : path.toAbsolutePath().normalize();
    }

    private static void summarise(RedeployOptions options, RedeployRecord result, SafeConsole out) {
        out.line("Redeploy of stack " + result.stack() + ": " + result.verdict().id().toUpperCase(Locale.ROOT)
                + (result.failedPhase() == null ? "" : " (phase " + result.failedPhase().id() + ")")
                + ", budget " + result.budgetSeconds() + " s");
        for (PhaseRecord phase : result.phases()) {
            out.line(String.format(Locale.ROOT, "  %-9s %7.1f s  %-11s %s", phase.name().id(), phase.seconds(), phase.status().id(),
                    changes(phase.changes())));
        }
        if (result.provenance() != null) {
            out.line("  " + result.provenance().backendText() + ", providers: " + (result.provenance().realProviders()
                    ? "the installed plugins"
                    : "attached with " + RedeployProvenance.DEBUG_PROVIDERS + " (" + String.join(", ", result.provenance().debugProviders())
                            + "); stand-ins or a debugger, so `prr review` does not count this record as the redeploy measurement"));
        }
        out.line("  record: " + options.recordFile());
        Path reviewed = RedeployOptions.defaultRecordFile(options.projectDir(), options.stack());
        if (!options.recordFile().equals(reviewed)) {
            out.line("  note: `prr review --stack " + options.stack() + "` reads " + reviewed + ", not this record");
        }
    }

    private static String changes(ResourceChanges c) {
        return c.create() + " created, " + c.update() + " updated, " + c.replace() + " replaced, " + c.delete() + " deleted, "
                + c.same() + " unchanged";
    }

    private static int fail(SafeConsole err, String message, int code) {
        err.message("prr time-redeploy: " + message);
        return code;
    }
}
