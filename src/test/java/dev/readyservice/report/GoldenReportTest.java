package dev.readyservice.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.analyzer.Analysis;
import dev.readyservice.analyzer.Finding;
import dev.readyservice.report.rules.ReportBuilder;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Markdown and JSON reports of the fixture, diffed against committed golden files. Regenerate
 * them only on purpose: {@code mvn test -Dgolden.update=true -Dtest=GoldenReportTest}.
 */
class GoldenReportTest {
    private static final Path GOLDEN = Path.of("src/test/resources/report/golden");

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"MARKDOWN", "JSON"})
    void matchesTheGoldenFile(Format format) throws IOException {
        String actual = normalise(ReportWriter.render(ReportFixtures.report(), format));
        Path golden = GOLDEN.resolve(format.fileName());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s (create it with -Dgolden.update=true)", golden).exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /**
     * An engine registers resources, and calls the pack for them, concurrently: the same stack
     * reviewed twice arrives in another order. The report must not show it.
     */
    @Test
    void resourcesAndFindingsInAnotherOrderGiveTheSameReport() {
        Preview preview = ReportFixtures.preview();
        Analysis analysis = ReportFixtures.analysis();
        List<RecordedResource> resources = new ArrayList<>(preview.resources());
        List<Finding> findings = new ArrayList<>(analysis.findings());
        Collections.reverse(resources);
        Collections.reverse(findings);
        Preview reversedPreview = new Preview(preview.project(), preview.stack(), resources, preview.logs(),
                preview.uncheckedSecretKeys(), preview.programTime(), preview.assumptions());
        Analysis reversedAnalysis = new Analysis(analysis.pack(), findings, analysis.notApplicable(), analysis.components());

        PrrReport reversed = ReportBuilder.build(reversedPreview, reversedAnalysis, ReportFixtures.artefacts(), ReportFixtures.CLOCK);

        assertThat(findings).isNotEqualTo(analysis.findings());
        for (Format format : List.of(Format.MARKDOWN, Format.JSON)) {
            assertThat(ReportWriter.render(reversed, format)).isEqualTo(ReportWriter.render(ReportFixtures.report(), format));
        }
    }

    /** Timestamps are replaced so a golden file does not depend on when it was made. */
    static String normalise(String text) {
        return text.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z", "<timestamp>");
    }
}
