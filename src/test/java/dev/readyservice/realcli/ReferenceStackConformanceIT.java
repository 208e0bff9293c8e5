package dev.readyservice.realcli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.e2e.E2eProjects;
import dev.readyservice.standin.StandInProviders;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conformance on the reference stacks (issue 13): the real {@code pulumi preview --policy-pack
 * policy --policy-pack-config policy/config/STACK.json}, against <strong>stand-in</strong> providers
 * answering with the offline engine's own preview-output and functions models, gives through
 * {@code prr report --from} the verdict and, item by item, the statuses and findings (policy,
 * resource, message) of {@code prr review --stack STACK}. A difference fails the test unless
 * docs/fidelity.md lists it for case {@code reference/STACK}, with its reason; a listed difference
 * that no longer occurs fails it too, so the list stays true. Skipped, with the reason, when
 * tools/pulumi/build.sh has not built the CLI.
 */
class ReferenceStackConformanceIT {
    @ParameterizedTest(name = "stack {0}")
    @ValueSource(strings = {"qa", "prod"})
    void theRealPreviewAndTheOfflineReviewGiveTheSameReport(String stack, @TempDir Path tmp) throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        Path project = E2eProjects.referenceProduct(Files.createDirectories(tmp.resolve("project")));
        Conformance.ownSecret(pulumi, project, stack);

        Conformance.Reports reports = Conformance.run("reference/" + stack, pulumi, tmp, project, stack, StandInProviders.OUR_PACKAGES);
        reports.assertSame();
        // The reference product is judged, not vacuously equal: its TLS floor passes on both sides.
        assertThat(reports.realStatuses()).containsEntry("security.tls-in-transit", "pass").containsEntry("quality.pulumi", "pass");
    }
}
