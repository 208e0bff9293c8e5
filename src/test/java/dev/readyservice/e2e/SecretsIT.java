package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets never leak into what a review prints or writes: a plain value the program turns into a
 * secret ({@code requireSecret}) and a {@code secure:} ciphertext appear in no report file and in
 * neither captured stream.
 */
class SecretsIT {
    static final String PLAIN_SECRET = "S3cr3t-Seed-Value-42";
    static final String CIPHERTEXT = "AAABAGUyZS1jaXBoZXJ0ZXh0LW5ldmVyLXByaW50ZWQtOTk=";

    @Test
    void neitherThePlainSecretNorTheCiphertextIsPrintedOrWritten(@TempDir Path dir) throws IOException {
        String stack = E2eProjects.withoutLine(E2eProjects.referenceStack("qa"), "secure");
        stack = stack.replace("  readyservice:postgresAdminPassword:\n", "  readyservice:postgresAdminPassword: " + PLAIN_SECRET + "\n");
        stack = E2eProjects.withConfig(stack, "checkout:signingKey", "\n    secure: " + CIPHERTEXT);
        assertThat(stack).contains(PLAIN_SECRET).contains(CIPHERTEXT);
        Path project = E2eProjects.binaryProject(Files.createDirectories(dir.resolve("project")), "checkout",
                E2eProjects.repo().resolve("target/readyservice.jar"), "qa", stack);

        ReviewRun run = ReviewRun.review(dir.resolve("out"), "--project-dir", project.toString(), "--stack", "qa",
                "--policy-pack", E2eProjects.pack().toString());

        // A password in plain config is itself a finding: the stack is not ready until it is a secret.
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.blockingItems()).containsExactly("security.encryption-at-rest");
        assertThat(run.item("security.encryption-at-rest").get("reason").asText())
                .contains("Pulumi.qa.yaml: readyservice:postgresAdminPassword");
        // The secret did reach the program: the report notes the one key it could not decrypt.
        assertThat(run.json().get("notes").toString()).contains("checkout:signingKey").doesNotContain("postgresAdminPassword");
        List<Path> files;
        try (Stream<Path> walk = Files.list(dir.resolve("out"))) {
            // The review's lock file (.prr-review.lock) stays; it holds nothing.
            files = walk.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        assertThat(files).hasSize(ReferenceProductIT.REPORT_FILES.size());
        for (Path file : files) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain(PLAIN_SECRET).doesNotContain(CIPHERTEXT);
        }
        assertThat(run.console()).doesNotContain(PLAIN_SECRET).doesNotContain(CIPHERTEXT);
    }
}
