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
 * @param previewTime how long the offline preview took
 * @param analysisTime how long the policy pack took
 */
public record ReviewOutcome(PrrReport report, List<Path> files, Duration previewTime, Duration analysisTime) {

    public ReviewOutcome {
        files = List.copyOf(files);
    }
}
