package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.e2e.fixtures.HandWrittenShop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code all} key of a policy config is honoured as {@code pulumi preview --policy-pack-config}
 * honours it, and in prod a policy it disables leaves its items not checked, which fails.
 */
class PolicyConfigAllIT {
    private static final String STACK = "config:\n  azure-native:location: westeurope\n";

    @TempDir
    Path dir;

    private ReviewRun review(String stack, String policyConfig) throws IOException {
        Path project = E2eProjects.fixtureProject(Files.createDirectories(dir.resolve("project-" + stack)), "shop", HandWrittenShop.class,
                stack, STACK);
        Path config = Files.writeString(dir.resolve(stack + "-policy.json"), policyConfig);
        return ReviewRun.review(dir.resolve("out-" + stack), "--project-dir", project.toString(), "--stack", stack,
                "--policy-pack", E2eProjects.pack().toString(), "--policy-config", config.toString(), "--format", "json");
    }

    @Test
    void allMakesEveryPolicyAdvisoryExceptThoseWithTheirOwnLevel() throws IOException {
        ReviewRun run = review("qa", "{\"all\": \"advisory\", \"disallow-public-blob-access\": \"mandatory\"}");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        Set<String> mandatory = new TreeSet<>();
        for (JsonNode item : run.json().get("items")) {
            item.get("findings").forEach(f -> {
                if (f.get("level").asText().equals("mandatory")) {
                    mandatory.add(f.get("policy").asText());
                }
            });
        }
        assertThat(mandatory).containsExactly("disallow-public-blob-access");
    }

    @Test
    void inProdEveryItemOfAPolicyAllDisablesIsNotCheckedAndFails() throws IOException {
        ReviewRun run = review("prod", "{\"all\": \"disabled\", \"enforce-tls-floor\": \"mandatory\"}");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.item("security.backups").get("reason").asText())
                .startsWith("not checked as prod requires: missing-backups runs disabled").contains("the \"all\" key")
                .contains("enable-key-vault-purge-protection runs disabled").contains("enable-resource-protection runs disabled");
        assertThat(run.item("customer.onboarding").get("reason").asText())
                .startsWith("not checked as prod requires: missing-sign-off-customer-onboarding runs disabled")
                .contains("a prod review accepts no unchecked item");
        assertThat(run.statuses()).containsEntry("security.tls-in-transit", "pass").containsEntry("customer.onboarding", "fail");
    }

    @Test
    void propertiesUnderAllAreBadInput() throws IOException {
        ReviewRun run = review("qa", "{\"all\": {\"enforcementLevel\": \"advisory\", \"waivers\": []}}");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("'all' has properties [waivers]; allowed: only an enforcementLevel");
    }
}
