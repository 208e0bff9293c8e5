package dev.readyservice.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Timestamps are replaced so a golden file does not depend on when it was made. */
    static String normalise(String text) {
        return text.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z", "<timestamp>");
    }
}
