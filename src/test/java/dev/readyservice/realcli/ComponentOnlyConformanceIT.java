package dev.readyservice.realcli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance on a program that needs no provider (so no stand-in and no output model is
 * involved): the report {@code prr report --from} renders from the evidence of the real
 * {@code pulumi preview --policy-pack policy} is the report of {@code prr review} of the same
 * project (case {@code component-only}: docs/fidelity.md lists no difference). Skipped, with the
 * reason, when the CLI is not built.
 */
class ComponentOnlyConformanceIT {
    @Test
    void theRealPreviewAndTheOfflineReviewGiveTheSameReport(@TempDir Path tmp) throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        Path project = Conformance.fixture(pulumi, tmp, "trivial", ComponentOnlyProgram.class, "qa", "config: {}\n");

        Conformance.Reports reports = Conformance.run("component-only", pulumi, tmp, project, "qa", List.of());
        reports.assertSame();
        // A stack of one component has nothing that makes the stack: not ready on both sides.
        assertThat(reports.offlineCode()).isEqualTo(1);
        assertThat(reports.offline().get("verdict").asText()).isEqualTo("not-ready");
    }
}
