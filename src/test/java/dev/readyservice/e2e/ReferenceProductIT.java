package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference product (the repository's own project, the bundled program in
 * target/readyservice.jar) is ready in both stacks: every infra item passes on evidence and every
 * sign-off is recorded. The failing counterparts are in {@link RemovedEvidenceIT}.
 */
class ReferenceProductIT {
    static final List<String> REPORT_FILES = List.of("prr-report.md", "prr-report.json", "prr-report.html", "prr-junit.xml",
            "prr-report.sarif", "handover.md");

    @ParameterizedTest(name = "stack {0}")
    @ValueSource(strings = {"qa", "prod"})
    void theReferenceProductIsReady(String stack, @TempDir Path out, @TempDir Path project) throws IOException {
        ReviewRun run = ReviewRun.review(out, "--project-dir", E2eProjects.referenceProduct(project).toString(), "--stack", stack,
                "--policy-pack", E2eProjects.pack().toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("PRR review of checkout (stack " + stack + "): READY");
        for (String file : REPORT_FILES) {
            assertThat(out.resolve(file)).as(file).isNotEmptyFile();
            assertThat(run.out()).contains("wrote " + out.resolve(file));
        }
        JsonNode report = run.json();
        assertThat(report.get("verdict").asText()).isEqualTo("ready");
        assertThat(report.get("stack").asText()).isEqualTo(stack);
        assertThat(run.blockingItems()).isEmpty();
        // The copy has no build output and no redeploy record: open actions, never passes.
        assertThat(run.statuses()).containsEntry("quality.coverage", "not-measured").containsEntry("quality.automated-tests", "not-measured")
                .containsEntry("quality.redeploy-time", "not-measured").containsEntry("quality.qa-environment", "pass")
                .containsEntry("tech.playbooks", "pass");

        List<String> infraNotPassing = new ArrayList<>();
        List<String> signOffs = new ArrayList<>();
        for (JsonNode item : report.get("items")) {
            String kind = item.get("kind").asText();
            String status = item.get("status").asText();
            if (kind.equals("infra") && !status.equals("pass")) {
                infraNotPassing.add(item.get("id").asText() + "=" + status);
            }
            if (kind.equals("sign-off")) {
                assertThat(status).as(item.get("id").asText()).isEqualTo("signed-off");
                signOffs.add(item.get("id").asText());
            }
        }
        assertThat(infraNotPassing).isEmpty();
        assertThat(signOffs).containsExactlyInAnyOrder("customer.onboarding", "customer.first-line", "customer.success",
                "tech.handover", "tech.change-management", "tech.team-handover");
        // A pass is backed by resources, never vacuous: the SLO item lists the SLOs that prove it.
        assertThat(run.item("slo.objectives").get("evidence")).isNotEmpty();
        assertThat(Files.exists(out.resolve("prr-report.pdf"))).isFalse();
    }
}
