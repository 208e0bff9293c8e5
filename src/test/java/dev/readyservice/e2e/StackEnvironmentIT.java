package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.e2e.fixtures.HandWrittenShop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The environment comes from the review (the stack's name, or {@code readyservice:environment} in its
 * stack file), never from the program's tags, and no policy config disables a prod rule silently.
 * The program is {@link HandWrittenShop}, whose resources are all tagged {@code qa}.
 */
class StackEnvironmentIT {
    private static final String LOCATION = "config:\n  azure-native:location: westeurope\n";

    private static ReviewRun review(Path dir, String stack, String stackYaml, String... extra) throws IOException {
        Path project = E2eProjects.fixtureProject(Files.createDirectories(dir.resolve("project")), "shop", HandWrittenShop.class, stack, stackYaml);
        List<String> args = new ArrayList<>(List.of("--project-dir", project.toString(), "--stack", stack,
                "--policy-pack", E2eProjects.pack().toString(), "--format", "json"));
        args.addAll(List.of(extra));
        return ReviewRun.review(dir.resolve("out"), args.toArray(String[]::new));
    }

    private static List<String> messages(ReviewRun run, String item) {
        List<String> messages = new ArrayList<>();
        run.item(item).get("findings").forEach(f -> messages.add(f.get("policy").asText() + ": " + f.get("message").asText()));
        return messages;
    }

    @Test
    void aProdStackTaggedQaIsJudgedAsProdAndEveryDisagreeingTagIsNamed(@TempDir Path dir) throws IOException {
        ReviewRun run = review(dir, "prod", LOCATION);

        JsonNode environment = run.json().get("environment");
        assertThat(environment.get("name").asText()).isEqualTo("prod");
        assertThat(environment.get("source").asText()).isEqualTo("stack name 'prod'");
        assertThat(run.statuses()).containsEntry("quality.pulumi", "fail");
        assertThat(messages(run, "quality.pulumi")).contains("configure-stack-environment: azure-native:storage:StorageAccount 'shop-storage'"
                + " has tag environment=qa, but the stack is judged as prod (stack name 'prod'); fix the tag");
        // Judged by prod rules although every tag says qa: prod requires a customer-managed key.
        assertThat(messages(run, "security.encryption-at-rest")).anySatisfy(m -> assertThat(m).contains("prod requires a customer-managed key"));
        // The compliant twin of the disabled TLS floor below: with every policy enabled the item passes.
        assertThat(run.statuses()).containsEntry("security.tls-in-transit", "pass");
    }

    @Test
    void aStackWhoseNameSaysNothingIsWhatItsStackFileSays(@TempDir Path dir) throws IOException {
        ReviewRun run = review(dir, "dev", LOCATION + "  readyservice:environment: qa\n");

        assertThat(run.json().get("environment").get("source").asText()).isEqualTo("stack config readyservice:environment = qa");
        assertThat(run.statuses()).containsEntry("quality.pulumi", "pass");
        assertThat(messages(run, "security.encryption-at-rest")).noneSatisfy(m -> assertThat(m).contains("customer-managed key"));
    }

    @Test
    void withoutEitherItIsJudgedAsProdAndSaysSo(@TempDir Path dir) throws IOException {
        ReviewRun run = review(dir, "dev", LOCATION);

        assertThat(run.json().get("environment").get("name").asText()).isEqualTo("prod");
        assertThat(messages(run, "quality.pulumi")).contains("configure-stack-environment: the environment was assumed to be prod,"
                + " the strictest: stack name 'dev' names no environment; set readyservice:environment (qa or prod) in the stack config"
                + " or name the stack qa or prod");
    }

    @Test
    void aProdPolicyConfigThatDisablesTheTlsFloorFailsTheItemAsNotChecked(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(Files.createDirectories(dir).resolve("prod-tls-off.json"),
                "{\"enforce-tls-floor\": {\"enforcementLevel\": \"disabled\"}}");
        ReviewRun prod = review(dir.resolve("prod"), "prod", LOCATION, "--policy-config", config.toString());
        ReviewRun qa = review(dir.resolve("qa"), "qa", LOCATION, "--policy-config", config.toString());

        assertThat(prod.statuses()).containsEntry("security.tls-in-transit", "fail");
        assertThat(prod.item("security.tls-in-transit").get("reason").asText()).startsWith("not checked as prod requires: enforce-tls-floor"
                + " runs disabled (" + config + " sets \"enforce-tls-floor\": enforcementLevel disabled)");
        // QA may switch it off: the item then fails because what that policy judges is unassessed
        // (missing-tls-assessment names each resource and the disabled policy), never on silence.
        assertThat(qa.statuses()).containsEntry("security.tls-in-transit", "fail");
        assertThat(qa.item("security.tls-in-transit").get("reason").asText()).contains("unassessed");
        assertThat(qa.item("security.tls-in-transit").get("findings")).anySatisfy(f -> assertThat(f.get("message").asText())
                .endsWith("and enforce-tls-floor, the policy that judges it, is disabled by the policy config"));
    }
}
