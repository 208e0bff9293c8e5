package dev.readyservice.pipeline;

import dev.readyservice.analyzer.Analysis;
import dev.readyservice.analyzer.PackEvidence;
import dev.readyservice.analyzer.PackEvidenceException;
import dev.readyservice.analyzer.PolicyPackLaunch;
import dev.readyservice.analyzer.StackUnderReview;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.report.PrrReport;
import dev.readyservice.report.ReportDirectory;
import dev.readyservice.report.ReportWriter;
import dev.readyservice.report.rules.ReportBuilder;
import dev.readyservice.review.OfflinePreview;
import dev.readyservice.review.Preview;
import dev.readyservice.review.PreviewRequest;
import dev.readyservice.review.ReviewException;
import dev.readyservice.review.launch.ProgramResult;
import dev.readyservice.review.realengine.RealPreview;
import dev.readyservice.review.secrets.ConfigSecrets;
import dev.readyservice.review.secrets.SecretMask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The review, end to end: preview the program offline, run the policy pack over the Analyzer
 * protocol, build the PRR report and write its files; or, with the real engine, run the real
 * {@code pulumi preview --policy-pack} and build the same report, through the same code, from the
 * evidence the pack recorded ({@link PackEvidence}, as {@code prr report --from} does). Each step's failure surfaces as its own
 * exception type ({@code ReviewException}, {@code PolicyPackException}), which the CLI maps to an
 * exit code.
 */
public final class ReviewPipeline {
    private final Clock clock;
    private final Consumer<String> progress;

    public ReviewPipeline(Clock clock, Consumer<String> progress) {
        this.clock = clock;
        this.progress = progress;
    }

    /**
     * Runs the review described by {@code options}. The report directory is claimed first
     * ({@link ReportDirectory}): locked, and emptied of earlier reports, so a review that fails
     * from here on leaves no verdict behind.
     */
    public ReviewOutcome run(ReviewOptions options) {
        try (ReportDirectory reports = ReportDirectory.claim(options.outDir())) {
            return review(options, reports);
        }
    }

    private ReviewOutcome review(ReviewOptions options, ReportDirectory reports) {
        Instant start = clock.instant();
        // Bad project or stack input fails here, before the pack and the program start.
        OfflinePreview.Loaded loaded = OfflinePreview.load(new PreviewRequest(options.projectDir(), options.stack(), options.timeout(),
                options.debug(), progress, options.invokesFile(), options.stackOutputsFile()));
        Preview preview;
        Analysis analysis;
        Instant previewed;
        Supplier<ProjectFacts> project;
        StackUnderReview stack = new StackUnderReview(loaded.projectName(), options.stack(), loaded.organization(),
                loaded.config().values(), loaded.config().secretKeys());
        PolicyPackLaunch pack = PolicyPackLaunch.begin(options.policyPack(), options.policyConfig(), stack, options.timeout());
        try {
            preview = loaded.run(pack::analyzeAhead);
            previewed = clock.instant();
            // Read while the pack still analyses (the analysis ahead runs past the program's exit).
            project = ProjectFacts.readNow(options);
            progress.accept("Running the policy pack " + options.policyPack() + " over " + preview.resources().size() + " resources"
                    + options.policyConfig().map(c -> " with " + c).orElse(" with no policy config (every policy mandatory)"));
            analysis = pack.analyze(preview);
        } catch (RuntimeException | Error e) {
            pack.close();
            throw e;
        }
        Instant analysed = clock.instant();
        // The pack has answered: it stops (its process ended and waited for) while the report is
        // written, and is stopped before this returns, whatever happens.
        PolicyPackLaunch.Stopping stopping = pack.stopInBackground();
        try {
            return write(options, reports, preview, analysis, project, Duration.between(start, previewed),
                    Duration.between(previewed, analysed), Engine.OFFLINE);
        } finally {
            stopping.await();
        }
    }

    /**
     * Runs the review described by {@code options} with the real Pulumi CLI {@code pulumi}, its
     * environment added to this process's: the real {@code pulumi preview --policy-pack} records its
     * evidence in a fresh temporary folder (removed after), and the report is built from it. The
     * report directory is claimed first, as in {@link #run}.
     *
     * @throws ReviewException PROGRAM_FAILED with the CLI's last lines when the preview did not
     *     finish in time or left no complete evidence (the CLI failed before the pack analysed the stack)
     */
    public ReviewOutcome runWithRealEngine(ReviewOptions options, Path pulumi, Map<String, String> environment) {
        try (ReportDirectory reports = ReportDirectory.claim(options.outDir())) {
            RealPreview real = new RealPreview(pulumi, options.projectDir(), options.stack(), options.policyPack(), options.policyConfig(),
                    options.timeout(), environment);
            Path evidenceDir = createEvidenceFolder();
            try {
                return reviewWithRealEngine(options, real, evidenceDir, reports);
            } finally {
                deleteTree(evidenceDir);
            }
        }
    }

    private ReviewOutcome reviewWithRealEngine(ReviewOptions options, RealPreview real, Path evidenceDir, ReportDirectory reports) {
        progress.accept("Running the real engine: pulumi " + real.describe() + " in " + options.projectDir()
                + " (its output follows, each line prefixed 'pulumi:')");
        Instant start = clock.instant();
        ProgramResult cli = real.run(evidenceDir, line -> progress.accept("pulumi: " + line));
        Duration previewTime = Duration.between(start, clock.instant());
        PackEvidence evidence;
        try {
            evidence = PackEvidence.read(evidenceDir);
        } catch (PackEvidenceException e) {
            throw ReviewException.programFailed("pulumi preview --stack " + options.stack() + " exited " + cli.exitCode()
                    + " before the policy pack had judged the stack, so there is no verdict ("
                    + e.getMessage().replace(evidenceDir.toString(), "the evidence folder")
                    + "). The CLI's last output:\n" + RealPreview.tail(cli, 15));
        }
        if (!evidence.preview().stack().equals(options.stack())) {
            throw ReviewException.programFailed("pulumi preview --stack " + options.stack() + ": the policy pack judged stack '"
                    + evidence.preview().stack() + "', not the one asked for");
        }
        progress.accept("pulumi preview exited " + cli.exitCode() + (cli.exitCode() == 0 ? ""
                : " (a mandatory policy violation makes it exit non-zero: the verdict is the report's, from the pack's evidence)"));
        return write(options, reports, evidence.preview(), evidence.analysis(), ProjectFacts.readNow(options), previewTime, Duration.ZERO,
                Engine.PULUMI);
    }

    /** The one place a review's report is built and written, whichever engine previewed. */
    private ReviewOutcome write(ReviewOptions options, ReportDirectory reports, Preview preview, Analysis analysis,
            Supplier<ProjectFacts> project, Duration previewTime, Duration analysisTime, Engine engine) {
        ProjectFacts facts = project.get();
        PrrReport report = ReportBuilder.build(preview, analysis, facts.artefacts(), clock);
        List<Path> files = ReportWriter.writeAll(report, reports.directory(), options.formats(), facts.mask());
        return new ReviewOutcome(report, files, previewTime, analysisTime, engine);
    }

    /**
     * What the report takes from the project folder beside the preview and the analysis: the
     * artefacts (coverage, test reports, redeploy record, playbooks) and the mask of the config's
     * secrets. Neither depends on the analysis, so the offline review reads them while the pack
     * analyses; a failure to read them is thrown where the report is built, as before.
     */
    private record ProjectFacts(ProjectArtefacts artefacts, SecretMask mask) {
        static Supplier<ProjectFacts> readNow(ReviewOptions options) {
            try {
                ProjectFacts facts = new ProjectFacts(ProjectArtefacts.read(options.projectDir(), options.stack(), options.playbooks(),
                        options.redeployMaxAge()), ConfigSecrets.scan(options.projectDir()).mask());
                return () -> facts;
            } catch (RuntimeException e) {
                return () -> {
                    throw e;
                };
            }
        }
    }

    private static Path createEvidenceFolder() {
        try {
            return Files.createTempDirectory("prr-evidence-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the policy pack's evidence: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // Best effort: the folder is in the temporary directory and holds no secret (the pack writes none).
        }
    }
}
