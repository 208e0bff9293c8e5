package dev.readyservice.cli;

import dev.readyservice.deploy.PhaseRecord;
import dev.readyservice.deploy.PreconditionFailure;
import dev.readyservice.deploy.RedeployOptions;
import dev.readyservice.deploy.RedeployProvenance;
import dev.readyservice.deploy.RedeployRecord;
import dev.readyservice.deploy.RedeployTimer;
import dev.readyservice.deploy.ResourceChanges;
import dev.readyservice.model.StackPaths;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
                + " PULUMI_DEBUG_PROVIDERS (the stand-ins) is recorded, and `prr review` never counts it as the redeploy measurement."})
public final class TimeRedeployCommand extends PrrSubcommand {
    @Mixin
    SharedOptions.ProjectDir projectDir;

    @Mixin
    SharedOptions.Stack stack;

    @Option(names = "--budget", paramLabel = "DURATION", description = "The redeploy budget, e.g. 5m, 300s, 2m30s. Default: ${DEFAULT-VALUE}.")
    String budget = "5m";

    @Option(names = "--record", paramLabel = "FILE",
            description = "Where the record is written. Default: <project-dir>/target/prr/<short stack name>/redeploy.json (qa for org/project/qa), where `prr review` reads it.")
    Path record;

    @Option(names = "--rebuild", description = "Also time a destroy and an up from nothing (recorded, not judged). Refused on prod.")
    boolean rebuild;

    @Mixin
    SharedOptions.PolicyPack policy;

    private final Function<RedeployOptions, RedeployTimer> timers;
    /** Set by {@link #validate}. */
    private RedeployOptions options;

    /** The command on this process's environment, {@code PATH} and the Pulumi Automation API. */
    public TimeRedeployCommand() {
        this(RedeployTimer::forSystem);
    }

    /** For tests: {@code timers} builds the timer, so a test controls its environment and stack operations. */
    TimeRedeployCommand(Function<RedeployOptions, RedeployTimer> timers) {
        this.timers = Objects.requireNonNull(timers, "timers");
    }

    @Override
    Map<ExitCode, String> exitCodes() {
        return Map.of(ExitCode.READY, "the redeploy finished within the budget",
                ExitCode.NOT_READY, "the redeploy finished over the budget",
                ExitCode.BAD_INPUT, "bad input or a missing precondition (Pulumi CLI, credentials, passphrase, policy pack); nothing ran",
                ExitCode.FAILED, "a Pulumi operation failed or was interrupted; the record names the phase");
    }

    @Override
    void validate() {
        options = options();
    }

    @Override
    ExitCode execute() {
        // As in the review: what the CLI and the providers say may carry the project's credentials.
        RedeployRecord result;
        try {
            maskSecretsOf(options.projectDir());
            result = timers.apply(options).run();
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage(), ExitCode.BAD_INPUT);
        } catch (PreconditionFailure e) {
            return fail(e.getMessage(), ExitCode.of(e.exitCode()));
        } catch (RuntimeException e) {
            // The timer has already recorded the phase as failed; say what broke without a stack trace.
            return fail(e.getClass().getSimpleName() + ": " + e.getMessage(), ExitCode.FAILED);
        }
        summarise(options, result, out());
        return ExitCode.of(result.exitCode());
    }

    /** The options from the flags; throws {@link IllegalArgumentException} naming the field and value on bad input. */
    RedeployOptions options() {
        return RedeployOptions.builder().projectDir(projectDir.absolute()).stack(stack.stack).budget(budget)
                .rebuild(rebuild).recordFile(absolute(record)).policyPack(policy.pack())
                .policyPackConfig(policy.config(stack.stack)).build();
    }

    private static Path absolute(Path path) {
        return path == null ? null : path.toAbsolutePath().normalize();
    }

    private static void summarise(RedeployOptions options, RedeployRecord result, SafeConsole out) {
        out.line("Redeploy of stack " + result.stack() + ": " + result.verdict().label().toUpperCase(Locale.ROOT)
                + (result.failedPhase() == null ? "" : " (phase " + result.failedPhase().label() + ")")
                + ", budget " + result.budgetSeconds() + " s");
        for (PhaseRecord phase : result.phases()) {
            out.line(String.format(Locale.ROOT, "  %-9s %7.1f s  %-11s %s", phase.name().label(), phase.seconds(), phase.status().label(),
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
            out.line("  note: `prr review --stack " + StackPaths.shortName(options.stack()) + "` reads " + reviewed + ", not this record");
        }
    }

    private static String changes(ResourceChanges c) {
        return c.create() + " created, " + c.update() + " updated, " + c.replace() + " replaced, " + c.delete() + " deleted, "
                + c.same() + " unchanged";
    }
}
