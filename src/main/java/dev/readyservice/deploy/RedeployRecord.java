package dev.readyservice.deploy;

import dev.readyservice.model.StackPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a redeploy run measured, as written to {@code target/prr/<stack>/redeploy.json}:
 * <pre>{@code
 * {"stack":"qa","budgetSeconds":300,
 *  "phases":[{"name":"redeploy","seconds":42.5,
 *             "changes":{"create":0,"update":0,"delete":0,"replace":0,"same":57},"status":"succeeded"}],
 *  "verdict":"pass","failedPhase":null,"recordedAt":"2026-11-26T23:40:00Z",
 *  "pulumiVersion":"3.140.0","plugins":{"azure-native":"2.10.0"},
 *  "backend":"https://api.pulumi.com","providers":"plugins","debugProviders":[]}
 * }</pre>
 * The PRR report judges item {@value #ITEM_ID} from it with {@link #assess(Path, Clock, Duration)}.
 * Only a record of a run with the installed provider plugins counts: one with providers attached
 * by {@code PULUMI_DEBUG_PROVIDERS} (the stand-ins) times the engine, not the cloud, and one
 * written before {@code providers} was recorded cannot show which it was; both are {@code not-measured}.
 *
 * @param stack the stack name as {@code prr time-redeploy --stack} was given it, short or qualified
 * @param budgetSeconds the budget the redeploy phase is judged against, in whole seconds
 * @param phases the phases that ran, in order; the last one is the one that failed when any did
 * @param verdict {@code pass} only when every phase succeeded and the redeploy fitted the budget
 * @param failedPhase the phase that failed, was interrupted, or (for a successful but slow redeploy)
 *     {@code redeploy}; {@code null} when the verdict is {@code pass}
 * @param recordedAt when the record was written
 * @param pulumiVersion the Pulumi CLI version, {@code null} when it could not be read
 * @param plugins provider plugin name to version, empty when they could not be listed
 * @param provenance the backend and where the providers came from; {@code null} only in a record
 *     written by a {@code prr} older than these fields, which the report does not count
 */
public record RedeployRecord(String stack, long budgetSeconds, List<PhaseRecord> phases, Verdict verdict,
        PhaseName failedPhase, Instant recordedAt, String pulumiVersion, Map<String, String> plugins,
        RedeployProvenance provenance) {

    /** The PRR item this record is the evidence for. */
    public static final String ITEM_ID = "quality.redeploy-time";
    /** How to measure for real, completed with {@code --stack NAME`} in messages. */
    static final String REAL_CLOUD = "measure the real redeploy with the cloud credentials and "
            + RedeployProvenance.DEBUG_PROVIDERS + " unset: `./prr time-redeploy";
    /** How old a record may be before the report says {@code not-measured}; 30 days unless the caller says otherwise. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(30);

    /** Validates the fields and that a {@code pass} names no failed phase. */
    public RedeployRecord {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(recordedAt, "recordedAt");
        phases = List.copyOf(phases);
        plugins = Map.copyOf(plugins);
        if (verdict == Verdict.PASS && failedPhase != null) {
            throw new IllegalArgumentException("a passing record cannot name failedPhase '" + failedPhase.label() + "'");
        }
        if (verdict == Verdict.FAIL && failedPhase == null) {
            throw new IllegalArgumentException("a failing record must name failedPhase");
        }
    }

    /**
     * True when the record shows the engine started the installed provider plugins (the cloud was
     * deployed to): only then can the record be the PRR's redeploy measurement.
     */
    public boolean measuredTheCloud() {
        return provenance != null && provenance.realProviders();
    }

    /**
     * Whether this is a record of {@code stack}, given short or qualified ({@link StackPaths#sameStack}):
     * a record counts only for the stack it names, wherever the file lies.
     */
    public boolean isOf(String stack) {
        return StackPaths.sameStack(this.stack, stack);
    }

    /** The record of {@code phase}, if that phase ran. */
    public Optional<PhaseRecord> phase(PhaseName phase) {
        return phases.stream().filter(p -> p.name() == phase).findFirst();
    }

    /**
     * The exit code a {@code time-redeploy} command should end with: {@code 0} pass, {@code 1} the
     * redeploy was over budget, {@code 3} a Pulumi operation failed or was interrupted.
     */
    public int exitCode() {
        if (verdict == Verdict.PASS) {
            return 0;
        }
        return phases.stream().anyMatch(p -> p.status() != PhaseStatus.SUCCEEDED) ? 3 : 1;
    }

    /** Writes this record as JSON to {@code file}, creating its directory. */
    public void write(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            // Write beside and move, so a reader never sees half a record.
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, RedeployRecordJson.write(this));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write redeploy record " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a record.
     *
     * @return the record, or empty when the file does not exist
     * @throws MalformedRedeployRecordException naming the file and the problem when it is not a valid record
     */
    public static Optional<RedeployRecord> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new MalformedRedeployRecordException(file, "cannot be read: " + e.getMessage(), e);
        }
        return Optional.of(RedeployRecordJson.read(file, text));
    }

    /**
     * Judges item {@value #ITEM_ID} from the record in {@code file}: {@code not-measured} when the
     * file is absent, otherwise as {@link #assess(Clock, Duration)}.
     *
     * @throws MalformedRedeployRecordException when the file exists but is not a valid record
     */
    public static RedeployAssessment assess(Path file, Clock clock, Duration maxAge) {
        return read(file)
                .map(r -> r.assess(clock, maxAge))
                .orElseGet(() -> new RedeployAssessment(RedeployItemStatus.NOT_MEASURED,
                        "no redeploy record at " + file + "; run `./prr time-redeploy` on a QA stack"));
    }

    /**
     * Judges item {@value #ITEM_ID}: {@code not-measured} when the record does not show a run with the
     * installed provider plugins ({@link #measuredTheCloud()}) or is older than {@code maxAge},
     * {@code pass} only when the verdict is pass and the recorded redeploy phase succeeded within the
     * budget (the verdict alone is not trusted), {@code fail} otherwise.
     */
    public RedeployAssessment assess(Clock clock, Duration maxAge) {
        if (provenance == null) {
            return new RedeployAssessment(RedeployItemStatus.NOT_MEASURED, "redeploy record of stack '" + stack
                    + "' (recorded at " + recordedAt + ") does not say which backend and providers it ran with: it was written"
                    + " by a prr older than those fields, so it cannot show the real providers were timed; " + REAL_CLOUD
                    + " --stack " + stack + "`");
        }
        if (!provenance.realProviders()) {
            return new RedeployAssessment(RedeployItemStatus.NOT_MEASURED, "redeploy record of stack '" + stack
                    + "' (recorded at " + recordedAt + ", " + provenance.backendText() + ") timed providers attached with "
                    + RedeployProvenance.DEBUG_PROVIDERS + " (" + String.join(", ", provenance.debugProviders())
                    + "), such as ReadyService's stand-ins: it measured the engine, not the cloud; " + REAL_CLOUD
                    + " --stack " + stack + "`");
        }
        Duration age = Duration.between(recordedAt, clock.instant());
        if (age.compareTo(maxAge) > 0) {
            return new RedeployAssessment(RedeployItemStatus.NOT_MEASURED, "redeploy record of stack '" + stack
                    + "' was recorded at " + recordedAt + ", older than the allowed " + maxAge.toDays()
                    + " days; run `./prr time-redeploy` again");
        }
        Optional<PhaseRecord> redeploy = phase(PhaseName.REDEPLOY);
        if (verdict == Verdict.PASS && redeploy.isPresent()
                && redeploy.get().status() == PhaseStatus.SUCCEEDED
                && redeploy.get().seconds() <= budgetSeconds) {
            return new RedeployAssessment(RedeployItemStatus.PASS, "stack '" + stack + "' redeployed in "
                    + redeploy.get().seconds() + " s, within the " + budgetSeconds + " s budget (" + recordedAt + ")");
        }
        return new RedeployAssessment(RedeployItemStatus.FAIL, failureDetail(redeploy));
    }

    private String failureDetail(Optional<PhaseRecord> redeploy) {
        Optional<PhaseRecord> broken = phases.stream().filter(p -> p.status() != PhaseStatus.SUCCEEDED).findFirst();
        if (broken.isPresent()) {
            return "phase '" + broken.get().name().label() + "' of stack '" + stack + "' " + broken.get().status().label()
                    + " after " + broken.get().seconds() + " s (" + recordedAt + ")";
        }
        if (redeploy.isEmpty()) {
            return "record of stack '" + stack + "' has no redeploy phase (" + recordedAt + ")";
        }
        return "stack '" + stack + "' redeployed in " + redeploy.get().seconds() + " s, over the "
                + budgetSeconds + " s budget (" + recordedAt + ")";
    }
}
