package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readyservice.e2e.fixtures.ExistingShop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The existing-program example ({@link ExistingShop}) under {@code ./prr review --stack qa} with the
 * repository's QA policy config: the team's App Service + SQL program without readiness is not
 * ready, its web app and plan belonging to no component; with the readiness lines ({@code ReadyService}
 * over its own resources) every per-component, paging and sign-off item passes, and what still blocks
 * is the pack's own gap for Azure SQL (no policy judges SQL database backups or encryption yet, and
 * without a storage account those items have nothing else to judge). With waivers for exactly that
 * gap, the program is ready for QA.
 */
class ExistingProgramIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PER_COMPONENT = List.of("slo.objectives", "monitoring.golden-signals", "monitoring.anomaly-alerts",
            "pagerduty.technical-services", "capacity.plan", "capacity.headroom", "capacity.autoscaling", "tech.documentation");
    /** The policies whose findings are the pack's Azure SQL gap, and the resources each one names. */
    private static final Map<String, List<String>> SQL_GAP = Map.of(
            "missing-backups", List.of("stack"),
            "missing-backup-assessment", List.of("shop-db"),
            "enable-infrastructure-encryption", List.of("stack"),
            "missing-encryption-assessment", List.of("shop-sql", "shop-db"));

    @TempDir
    static Path dir;
    private static ReviewRun before;
    private static ReviewRun after;
    private static ReviewRun waived;

    @BeforeAll
    static void review() throws IOException {
        Path qaConfig = E2eProjects.repo().resolve("policy/config/qa.json");
        before = run("before", "config:\n  azure-native:location: westeurope\n", qaConfig);
        String ready = "config:\n  azure-native:location: westeurope\n  shop:ready: \"true\"\n";
        after = run("after", ready, qaConfig);
        waived = run("waived", ready, withSqlGapWaived(qaConfig));
    }

    private static ReviewRun run(String name, String stackYaml, Path policyConfig) throws IOException {
        Path project = E2eProjects.fixtureProject(Files.createDirectories(dir.resolve(name)), "shop", ExistingShop.class, "qa", stackYaml);
        Path playbooks = Files.createDirectories(project.resolve("docs").resolve("playbooks"));
        try (var files = Files.list(E2eProjects.repo().resolve("docs").resolve("playbooks"))) {
            for (Path file : files.toList()) {
                Files.copy(file, playbooks.resolve(file.getFileName()));
            }
        }
        return ReviewRun.review(dir.resolve(name + "-out"), "--project-dir", project.toString(), "--stack", "qa",
                "--policy-pack", E2eProjects.pack().toString(), "--policy-config", policyConfig.toString(), "--format", "json");
    }

    /** The QA config plus a waiver, expiring in 90 days, on each policy of the Azure SQL gap. */
    static Path withSqlGapWaived(Path qaConfig) throws IOException {
        return withSqlGapWaived(qaConfig, dir.resolve("qa-sql-waived.json"));
    }

    /** {@link #withSqlGapWaived(Path)} written to {@code file}. */
    static Path withSqlGapWaived(Path qaConfig, Path file) throws IOException {
        ObjectNode config = (ObjectNode) JSON.readTree(qaConfig.toFile());
        String expires = LocalDate.now(ZoneOffset.UTC).plusDays(90).toString();
        SQL_GAP.forEach((policy, resources) -> {
            ObjectNode waiver = JSON.createObjectNode();
            resources.forEach(waiver.putArray("resources")::add);
            waiver.put("reason", "the pack judges no Azure SQL backups or encryption yet; ReadyService sets the retention");
            waiver.put("approver", "sre-lead@example.com");
            waiver.put("expires", expires);
            ArrayNode waivers = ((ObjectNode) config.get(policy)).putArray("waivers");
            waivers.add(waiver);
        });
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), config);
        return file;
    }

    @Test
    void withoutReadinessTheWebAppAndPlanBelongToNoComponentAndTheProgramIsNotReady() {
        assertThat(before.exitCode()).as(before.toString()).isEqualTo(1);
        for (String item : PER_COMPONENT) {
            assertThat(before.statuses()).containsEntry(item, "fail");
            assertThat(messages(before, item, "missing-component-assignment"))
                    .anySatisfy(m -> assertThat(m).startsWith("azure-native:web:WebApp 'shop-api' belongs to no component"))
                    .anySatisfy(m -> assertThat(m).startsWith("azure-native:web:AppServicePlan 'shop-plan' belongs to no component"));
        }
    }

    @Test
    void withTheReadinessLinesOnlyThePacksAzureSqlGapBlocks() {
        assertThat(after.exitCode()).as(after.toString()).isEqualTo(1);
        assertThat(after.blockingItems()).as(after.statuses().toString()).containsExactly("security.backups", "security.encryption-at-rest");
        for (String item : PER_COMPONENT) {
            assertThat(after.statuses()).as(item).containsEntry(item, "pass");
        }
        assertThat(after.statuses()).containsEntry("pagerduty.escalation", "pass").containsEntry("support.out-of-hours", "pass")
                .containsEntry("tech.playbooks", "pass").containsEntry("tech.handover", "signed-off");
        for (String item : List.of("security.backups", "security.encryption-at-rest")) {
            for (JsonNode f : after.item(item).get("findings")) {
                assertThat(SQL_GAP).as(f.toString()).containsKey(f.get("policy").asText());
            }
        }
        assertThat(findings(after).stream().map(f -> f.get("policy").asText())).doesNotContain("missing-component-assignment");
    }

    @Test
    void withTheAzureSqlGapWaivedTheProgramIsReadyForQa() {
        assertThat(waived.exitCode()).as(waived.toString()).isZero();
        assertThat(waived.json().get("verdict").asText()).isEqualTo("ready");
        assertThat(waived.blockingItems()).isEmpty();
        assertThat(List.of(waived.statuses().get("security.backups"), waived.statuses().get("security.encryption-at-rest")))
                .as(waived.statuses().toString()).containsOnly("waived");
    }

    private static List<JsonNode> findings(ReviewRun run) {
        List<JsonNode> all = new ArrayList<>();
        run.json().get("items").forEach(item -> item.get("findings").forEach(all::add));
        return all;
    }

    private static List<String> messages(ReviewRun run, String item, String policy) {
        List<String> found = new ArrayList<>();
        for (JsonNode f : run.item(item).get("findings")) {
            if (f.get("policy").asText().equals(policy)) {
                found.add(f.get("message").asText());
            }
        }
        return found;
    }
}
