package dev.readyservice.pipeline;

import dev.readyservice.report.PrrReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a review produced.
 *
 * @param report the PRR report
 * @param files the report files written
 * @param previewTime how long the preview took (with the real engine: the whole {@code pulumi preview}, the pack included)
 * @param analysisTime how long the policy pack took (with the real engine: zero, the pack runs inside the preview)
 * @param engine which engine previewed the program
 */
public record ReviewOutcome(PrrReport report, List<Path> files, Duration previewTime, Duration analysisTime, Engine engine) {

    public ReviewOutcome {
        files = List.copyOf(files);
    }

    /** The outcome of an offline review. */
    public ReviewOutcome(PrrReport report, List<Path> files, Duration previewTime, Duration analysisTime) {
        this(report, files, previewTime, analysisTime, Engine.OFFLINE);
    }
}
