package dev.readyservice.pipeline;

import dev.readyservice.analyzer.Analysis;
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
import dev.readyservice.review.secrets.ConfigSecrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The review, end to end: preview the program offline, run the policy pack over the Analyzer
 * protocol, build the PRR report and write its files. Each step's failure surfaces as its own
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
                options.debug(), progress, options.classDataCache().orElse(null), options.invokesFile(), options.stackOutputsFile()));
        Preview preview;
        Analysis analysis;
        Instant previewed;
        StackUnderReview stack = new StackUnderReview(loaded.projectName(), options.stack(), loaded.organization(),
                loaded.config().values(), loaded.config().secretKeys());
        try (PolicyPackLaunch pack = PolicyPackLaunch.begin(options.policyPack(), options.policyConfig(), stack, options.timeout())) {
            preview = loaded.run();
            previewed = clock.instant();
            progress.accept("Running the policy pack " + options.policyPack() + " over " + preview.resources().size() + " resources"
                    + options.policyConfig().map(c -> " with " + c).orElse(" with no policy config (every policy mandatory)"));
            analysis = pack.analyze(preview);
        }
        Instant analysed = clock.instant();
        PrrReport report = ReportBuilder.build(preview, analysis, ProjectArtefacts.read(options.projectDir(), options.stack(), options.playbooks(),
                options.redeployMaxAge()), clock);
        List<java.nio.file.Path> files = ReportWriter.writeAll(report, preview, reports.directory(), options.formats(),
                ConfigSecrets.scan(options.projectDir()).mask());
        return new ReviewOutcome(report, files, Duration.between(start, previewed), Duration.between(previewed, analysed));
    }
}
