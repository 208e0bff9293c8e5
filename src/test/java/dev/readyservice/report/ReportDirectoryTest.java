package dev.readyservice.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.review.ReviewException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void removesEveryEarlierReportAndLeftoverButKeepsOtherFiles() throws IOException {
        Path out = Files.createDirectories(dir.resolve("prr/qa"));
        for (Format format : Format.values()) {
            Files.writeString(out.resolve(format.fileName()), "verdict: ready");
        }
        Files.writeString(out.resolve(".prr-report.md.123.prr-tmp"), "half a report");
        Files.writeString(out.resolve("redeploy.json"), "{}");

        try (ReportDirectory claimed = ReportDirectory.claim(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(".prr-review.lock", "redeploy.json");
            }
            assertThat(claimed.directory()).isEqualTo(out);
        }
    }

    @Test
    void aSecondReviewOfTheSameDirectoryIsRefusedUntilTheFirstEnds() {
        Path out = dir.resolve("out");
        try (ReportDirectory first = ReportDirectory.claim(out)) {
            assertThatThrownBy(() -> ReportDirectory.claim(out)).isInstanceOfSatisfying(ReviewException.class,
                    e -> assertThat(e.exitCode()).isEqualTo(2))
                    .hasMessage("another review is writing reports into " + out + " right now; wait for it to finish, or give this one"
                            + " another --out");
        }
        ReportDirectory.claim(out).close();
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsBadInputWithTheReason() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");

        assertThatThrownBy(() -> ReportDirectory.claim(file.resolve("prr"))).isInstanceOfSatisfying(ReviewException.class,
                e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessageStartingWith("the report directory " + file.resolve("prr") + " cannot be created: ");
    }

    @Test
    void aDirectoryTheClaimCreatedIsRemovedWhenNothingWasWrittenAndKeptWhenSomethingWas() throws IOException {
        Path unused = dir.resolve("a/b/out");
        ReportDirectory.claim(unused).close();
        assertThat(dir.resolve("a")).doesNotExist();

        Path used = dir.resolve("c/out");
        try (ReportDirectory claimed = ReportDirectory.claim(used)) {
            Files.writeString(claimed.directory().resolve("prr-report.md"), "a verdict");
        }
        assertThat(used.resolve("prr-report.md")).exists();
    }
}
