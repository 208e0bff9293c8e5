package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.e2e.fixtures.Tamper;
import dev.readyservice.e2e.fixtures.TamperedCheckout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One piece of evidence taken away from the ready reference product, one review per case: the
 * review is not ready and fails exactly the item that evidence proves, nothing else. Infra
 * evidence is removed by {@link TamperedCheckout} (the bundled program under a stack
 * transformation), launched the real way through Pulumi.yaml's binary; a sign-off by dropping its
 * line from a copy of the stack file.
 */
class RemovedEvidenceIT {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Tamper.class)
    void removingOneResourcePropertyFailsExactlyItsItem(Tamper tamper, @TempDir Path dir) throws IOException {
        Tamper.Removal removal = tamper.removal();
        String stack = E2eProjects.withConfig(E2eProjects.referenceStack("qa"), TamperedCheckout.CONFIG_KEY, tamper.name());
        Path project = E2eProjects.fixtureProject(Files.createDirectories(dir.resolve("project")), "checkout",
                TamperedCheckout.class, "qa", stack);

        ReviewRun run = ReviewRun.review(dir.resolve("out"), "--project-dir", project.toString(), "--stack", "qa",
                "--policy-pack", E2eProjects.pack().toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.json().get("verdict").asText()).isEqualTo("not-ready");
        java.util.Map<String, String> failures = new java.util.LinkedHashMap<>(removal.consequences());
        failures.put(removal.failedItem(), removal.violation());
        assertThat(run.blockingItems()).as(run.toString()).containsExactlyInAnyOrderElementsOf(failures.keySet());
        failures.forEach((item, violation) -> {
            // One violation per item, about the evidence taken away; other findings of the item
            // (documented platform limits, for example) are not failures.
            List<String> violations = new ArrayList<>();
            run.item(item).get("findings").forEach(finding -> {
                if (!finding.get("outcome").asText().equals("platform-limit")) {
                    violations.add(finding.get("outcome").asText() + ": " + finding.get("message").asText());
                }
            });
            assertThat(violations).as(item).singleElement().satisfies(v -> assertThat(v).startsWith("violation: " + violation));
            assertThat(run.out()).contains("fail: " + item + ": ");
        });
    }

    @Test
    void removingASignOffFailsOnlyThatSignOff(@TempDir Path dir) throws IOException {
        String stack = E2eProjects.withoutLine(E2eProjects.referenceStack("qa"), "customer.success");
        Path project = E2eProjects.binaryProject(Files.createDirectories(dir.resolve("project")), "checkout",
                E2eProjects.repo().resolve("target/readyservice.jar"), "qa", stack);

        ReviewRun run = ReviewRun.review(dir.resolve("out"), "--project-dir", project.toString(), "--stack", "qa",
                "--policy-pack", E2eProjects.pack().toString(), "--format", "json,md");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.blockingItems()).isEqualTo(Set.of("customer.success"));
        assertThat(run.statuses()).containsEntry("customer.success", "missing-sign-off")
                .containsEntry("customer.first-line", "signed-off");
        assertThat(dir.resolve("out/prr-report.md")).content().contains("customer.success");
        assertThat(dir.resolve("out/prr-report.html")).doesNotExist();
    }
}
