package dev.readyservice.deploy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Times how long a stack takes to redeploy and records it for PRR item {@code quality.redeploy-time}.
 *
 * <p>Phases: {@code converge} (a first {@code pulumi up} so the stack matches the current code; not
 * judged), {@code redeploy} (a second {@code up}, the one the budget judges), and with
 * {@link RedeployOptions#rebuild()} {@code destroy} then {@code rebuild} (an {@code up} from nothing;
 * recorded, not judged). Every precondition is checked before the first phase. The first failed or
 * interrupted phase ends the run with verdict {@code fail} naming it.
 *
 * <p>The record names the backend and whether the providers were the installed plugins or attached
 * with {@code PULUMI_DEBUG_PROVIDERS} (the stand-ins): {@link RedeployProvenance}.
 *
 * <p>Before each phase the record file is overwritten with a pessimistic checkpoint that marks the
 * phase {@code interrupted}. A run killed by Ctrl-C or a cancelled CI job therefore leaves a record
 * that says {@code interrupted} and {@code fail}; a {@code pass} is only ever written after the
 * redeploy phase has finished within budget.
 */
public final class RedeployTimer {
    private final RedeployOptions options;
    private final Map<String, String> environment;
    private final DeployPreconditions preconditions;
    private final StackOperationsFactory factory;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private static final System.Logger LOG = System.getLogger(RedeployTimer.class.getName());

    /**
     * A timer with every collaborator injected (tests give a mock factory and a fake clock).
     *
     * @param environment the environment variables the Pulumi CLI runs with
     * @param locator finds the {@code pulumi} executable
     * @param factory opens the stack once the preconditions pass
     * @param clock stamps {@code recordedAt}
     * @param nanoTime a monotonic nanosecond ticker (such as {@code System::nanoTime}) that times phases
     */
    public RedeployTimer(RedeployOptions options, Map<String, String> environment, CommandLocator locator,
            StackOperationsFactory factory, Clock clock, LongSupplier nanoTime) {
        this.options = Objects.requireNonNull(options, "options");
        this.environment = Map.copyOf(environment);
        this.preconditions = new DeployPreconditions(this.environment, locator);
        this.factory = Objects.requireNonNull(factory, "factory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** A timer on this process's environment and {@code PATH}, the Automation API and the system clock. */
    public static RedeployTimer forSystem(RedeployOptions options) {
        Map<String, String> env = System.getenv();
        return new RedeployTimer(options, env, CommandLocator.onPath(env), AutomationStackOperations.factory(),
                Clock.systemUTC(), System::nanoTime);
    }

    /**
     * Checks the preconditions, runs the phases and writes the record to
     * {@link RedeployOptions#recordFile()}. When the thread is interrupted the record says
     * {@code interrupted}, and the thread's interrupt flag is set again on return.
     *
     * @return the record written; see {@link RedeployRecord#exitCode()}
     * @throws PreconditionFailure (exit code 2) before anything ran, listing everything missing
     */
    public RedeployRecord run() throws PreconditionFailure {
        Path stackFile = StackFileFacts.stackFile(options.projectDir(), options.stack());
        StackFileFacts facts;
        try {
            facts = StackFileFacts.read(stackFile);
        } catch (IllegalArgumentException e) {
            throw new PreconditionFailure(List.of(e.getMessage()));
        }
        List<String> problems = new ArrayList<>(preconditions.check(options.stack(), facts, options.rebuild()));
        problems.addAll(preconditions.checkPolicyPack(options.policyPack(), options.policyPackConfig()));
        if (!problems.isEmpty()) {
            throw new PreconditionFailure(problems);
        }
        return new Run().execute();
    }

    private List<PhaseName> plan() {
        return options.rebuild()
                ? List.of(PhaseName.CONVERGE, PhaseName.REDEPLOY, PhaseName.DESTROY, PhaseName.REBUILD)
                : List.of(PhaseName.CONVERGE, PhaseName.REDEPLOY);
    }

    /** The mutable state of one run. */
    private final class Run {
        private final List<PhaseRecord> phases = new ArrayList<>();
        private String pulumiVersion;
        private Map<String, String> plugins = Map.of();
        // What ran is known from the environment before the stack opens; the backend once it has.
        private RedeployProvenance provenance = RedeployProvenance.of(Optional.empty(), environment);

        RedeployRecord execute() {
            checkpoint(PhaseName.CONVERGE);
            long start = nanoTime.getAsLong();
            StackOperations ops;
            try {
                ops = factory.open(options, environment);
            } catch (StackOperationException e) {
                LOG.log(System.Logger.Level.ERROR, e.getMessage());
                // Selecting the stack is the start of converging it; count it as that phase.
                return finish(phaseEnded(PhaseName.CONVERGE, start, ResourceChanges.NONE, PhaseStatus.FAILED));
            }
            pulumiVersion = ops.pulumiVersion().orElse(null);
            plugins = ops.pluginVersions();
            provenance = RedeployProvenance.of(ops.backendUrl(), environment);
            for (PhaseName phase : plan()) {
                if (phase != PhaseName.CONVERGE) {
                    checkpoint(phase);
                    start = nanoTime.getAsLong();
                }
                try {
                    ResourceChanges changes = phase == PhaseName.DESTROY ? ops.destroy() : ops.up();
                    phaseEnded(phase, start, changes, PhaseStatus.SUCCEEDED);
                } catch (StackOperationException e) {
                    LOG.log(System.Logger.Level.ERROR, "phase " + phase.label() + ": " + e.getMessage());
                    return finish(phaseEnded(phase, start, ResourceChanges.NONE, PhaseStatus.FAILED));
                } catch (InterruptedException e) {
                    RedeployRecord r = finish(phaseEnded(phase, start, ResourceChanges.NONE, PhaseStatus.INTERRUPTED));
                    Thread.currentThread().interrupt();
                    return r;
                } catch (RuntimeException e) {
                    // An unexpected error still leaves a record naming the phase, then propagates.
                    finish(phaseEnded(phase, start, ResourceChanges.NONE, PhaseStatus.FAILED));
                    throw e;
                }
            }
            // Judged on the recorded (rounded) seconds, so a reader re-checking the record agrees with the verdict.
            PhaseRecord redeploy = phases.stream().filter(p -> p.name() == PhaseName.REDEPLOY).findFirst().orElseThrow();
            boolean withinBudget = Duration.ofNanos(Math.round(redeploy.seconds() * 1e9)).compareTo(options.budget()) <= 0;
            return finish(withinBudget ? null : PhaseName.REDEPLOY);
        }

        private PhaseName phaseEnded(PhaseName phase, long start, ResourceChanges changes, PhaseStatus status) {
            phases.add(PhaseRecord.of(phase, Duration.ofNanos(nanoTime.getAsLong() - start), changes, status));
            return phase;
        }

        private void checkpoint(PhaseName running) {
            List<PhaseRecord> pessimistic = new ArrayList<>(phases);
            pessimistic.add(new PhaseRecord(running, 0, ResourceChanges.NONE, PhaseStatus.INTERRUPTED));
            record(pessimistic, running).write(options.recordFile());
        }

        private RedeployRecord finish(PhaseName failedPhase) {
            RedeployRecord r = record(phases, failedPhase);
            r.write(options.recordFile());
            return r;
        }

        private RedeployRecord record(List<PhaseRecord> phaseRecords, PhaseName failedPhase) {
            return new RedeployRecord(options.stack(), options.budget().toSeconds(), phaseRecords,
                    failedPhase == null ? Verdict.PASS : Verdict.FAIL, failedPhase, clock.instant(),
                    pulumiVersion, plugins, provenance);
        }
    }
}
