package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.e2e.fixtures.OfficialBackupPolicyProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program using the official {@code com.pulumi.azurenative.dataprotection.BackupPolicy} crashes
 * offline as it would under the real engine with the real provider (whose preview answers the
 * rules the SDK 1.36.1 cannot read): the review fails with exit 3 and says why and what to use
 * instead, never a verdict.
 */
class OfficialBackupPolicyIT {
    @TempDir
    Path dir;

    @Test
    void theReviewEndsWithTheProgramsErrorTheSdkLimitationAndTheWorkaround() throws IOException {
        Path project = E2eProjects.fixtureProject(Files.createDirectories(dir.resolve("project")), "shop", OfficialBackupPolicyProgram.class,
                "qa", "config:\n  azure-native:location: westeurope\n");

        ReviewRun run = ReviewRun.review(dir.resolve("out"), "--project-dir", project.toString(), "--stack", "qa",
                "--policy-pack", E2eProjects.pack().toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).as(run.toString())
                // the program's own error stays
                .contains("Convert [com.pulumi.azurenative.dataprotection.BackupPolicy.properties]: Error converting")
                .contains("com.pulumi.azurenative.dataprotection.BackupPolicy (azure-native:dataprotection:BackupPolicy)")
                .contains("pulumi-java 1.36.1")
                .contains("Use dev.readyservice.azure.bindings.BackupPolicy instead of com.pulumi.azurenative.dataprotection.BackupPolicy")
                .doesNotContain("\tat ");
    }
}
