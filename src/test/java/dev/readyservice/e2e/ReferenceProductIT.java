package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.deploy.PhaseName;
import dev.readyservice.deploy.PhaseRecord;
import dev.readyservice.deploy.PhaseStatus;
import dev.readyservice.deploy.RedeployProvenance;
import dev.readyservice.deploy.RedeployRecord;
import dev.readyservice.deploy.ResourceChanges;
import dev.readyservice.deploy.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference product (the repository's own project, the bundled program in
 * target/readyservice.jar) passes every infra item on evidence and has every sign-off recorded in
 * both stacks. QA is ready with the project items it cannot see as open actions; prod is not ready
 * for exactly those (in prod, what is not measured blocks), and ready once the build hands it its
 * test and coverage reports and QA's redeploy record, as the pipelines do. The failing
 * counterparts are in {@link RemovedEvidenceIT}.
 */
class ReferenceProductIT {
    static final List<String> REPORT_FILES = List.of("prr-report.md", "prr-report.json", "prr-report.html", "prr-junit.xml",
            "prr-report.sarif", "handover.md");
    /** What a copy without build output cannot measure. */
    private static final List<String> UNMEASURED = List.of("quality.coverage", "quality.automated-tests", "quality.redeploy-time");

    @ParameterizedTest(name = "stack {0}")
    @ValueSource(strings = {"qa", "prod"})
    void theReferenceProductPassesEveryInfraAndSignOffItem(String stack, @TempDir Path out, @TempDir Path project) throws IOException {
        ReviewRun run = ReviewRun.review(out, "--project-dir", E2eProjects.referenceProduct(project).toString(), "--stack", stack,
                "--policy-pack", E2eProjects.pack().toString());

        boolean prod = stack.equals("prod");
        // Intended difference: the prod review is not-ready (exit 1) only for what was not measured.
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(prod ? 1 : 0);
        assertThat(run.out()).contains("PRR review of checkout (stack " + stack + "): " + (prod ? "NOT-READY" : "READY"))
                .contains("judged as " + stack + " (stack name '" + stack + "')");
        for (String file : REPORT_FILES) {
            assertThat(out.resolve(file)).as(file).isNotEmptyFile();
            assertThat(run.out()).contains("wrote " + out.resolve(file));
        }
        JsonNode report = run.json();
        assertThat(report.get("verdict").asText()).isEqualTo(prod ? "not-ready" : "ready");
        assertThat(report.get("stack").asText()).isEqualTo(stack);
        assertThat(report.get("environment").get("name").asText()).isEqualTo(stack);
        assertThat(report.get("environment").get("source").asText()).isEqualTo("stack name '" + stack + "'");
        assertThat(run.blockingItems()).isEmpty();
        // The copy has no build output and no redeploy record: never passes; open actions in QA, blocking in prod.
        for (String id : UNMEASURED) {
            assertThat(run.statuses()).containsEntry(id, "not-measured");
            assertThat(run.item(id).get("reason").asText()).contains("measure it with `");
        }
        assertThat(run.statuses()).containsEntry("quality.qa-environment", "pass").containsEntry("tech.playbooks", "pass");
        assertThat(run.statuses().values()).filteredOn("not-measured"::equals).hasSize(UNMEASURED.size());
        assertEveryInfraPassesAndEverySignOffIsRecorded(run);
        // A pass is backed by resources, never vacuous: the SLO item lists the SLOs that prove it.
        assertThat(run.item("slo.objectives").get("evidence")).isNotEmpty();
        assertThat(Files.exists(out.resolve("prr-report.pdf"))).isFalse();
    }

    @Test
    void theProdReviewIsReadyOnWhatTheBuildMeasured(@TempDir Path out, @TempDir Path project) throws IOException {
        Path copy = E2eProjects.referenceProduct(project);
        handOverWhatTheBuildMeasured(copy);

        ReviewRun run = ReviewRun.review(out, "--project-dir", copy.toString(), "--stack", "prod", "--policy-pack", E2eProjects.pack().toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.statuses()).containsEntry("quality.coverage", "pass").containsEntry("quality.automated-tests", "pass")
                .containsEntry("quality.redeploy-time", "pass");
        assertThat(run.item("quality.redeploy-time").get("reason").asText()).contains("stack 'qa' redeployed in");
        assertEveryInfraPassesAndEverySignOffIsRecorded(run);
    }

    /** What the pipelines hand the prod review (docs/operations.md): the build's reports and QA's redeploy record. */
    private static void handOverWhatTheBuildMeasured(Path project) throws IOException {
        Path jacoco = Files.createDirectories(project.resolve("target/site/jacoco")).resolve("jacoco.xml");
        Files.writeString(jacoco, "<report name=\"readyservice\"><counter type=\"LINE\" missed=\"50\" covered=\"950\"/></report>");
        Files.writeString(Files.createDirectories(project.resolve("target/surefire-reports")).resolve("TEST-a.xml"),
                "<testsuite name=\"a\" tests=\"12\" failures=\"0\" errors=\"0\" skipped=\"0\"/>");
        new RedeployRecord("qa", 300, List.of(
                new PhaseRecord(PhaseName.CONVERGE, 120, ResourceChanges.NONE, PhaseStatus.SUCCEEDED),
                new PhaseRecord(PhaseName.REDEPLOY, 95, ResourceChanges.NONE, PhaseStatus.SUCCEEDED)),
                Verdict.PASS, null, Instant.now(), "3.139.0", Map.of(),
                new RedeployProvenance("https://api.pulumi.com", List.of())).write(project.resolve("target/prr/qa/redeploy.json"));
    }

    private static void assertEveryInfraPassesAndEverySignOffIsRecorded(ReviewRun run) {
        List<String> infraNotPassing = new ArrayList<>();
        List<String> signOffs = new ArrayList<>();
        for (JsonNode item : run.json().get("items")) {
            String kind = item.get("kind").asText();
            String status = item.get("status").asText();
            if (kind.equals("infra") && !status.equals("pass")) {
                infraNotPassing.add(item.get("id").asText() + "=" + status + ": " + item.get("reason").asText());
            }
            if (kind.equals("sign-off")) {
                assertThat(status).as(item.get("id").asText()).isEqualTo("signed-off");
                signOffs.add(item.get("id").asText());
            }
        }
        assertThat(infraNotPassing).isEmpty();
        assertThat(signOffs).containsExactlyInAnyOrder("customer.onboarding", "customer.first-line", "customer.success",
                "tech.handover", "tech.change-management", "tech.team-handover");
    }
}
