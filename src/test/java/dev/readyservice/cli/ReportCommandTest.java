package dev.readyservice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readyservice.deploy.PhaseName;
import dev.readyservice.deploy.PhaseRecord;
import dev.readyservice.deploy.PhaseStatus;
import dev.readyservice.deploy.RedeployOptions;
import dev.readyservice.deploy.RedeployProvenance;
import dev.readyservice.deploy.RedeployRecord;
import dev.readyservice.deploy.ResourceChanges;
import dev.readyservice.deploy.Verdict;
import dev.readyservice.testsupport.PrrRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code prr report --from}: a well-formed evidence folder gives a report; a missing, partial or
 * malformed one, or another stack's, is bad input (exit 2) with a message naming the file and the problem.
 */
class ReportCommandTest {
    private static final String URN = "urn:pulumi:qa::shop::azure-native:storage:StorageAccount::data";

    @TempDir
    Path tmp;
    private Path evidence;

    @BeforeEach
    void writeEvidence() throws IOException {
        evidence = Files.createDirectories(tmp.resolve("evidence"));
        Files.writeString(evidence.resolve("pack.json"), """
                {"format": "readyservice-prr-evidence/1", "run": "r1", "project": "shop", "stack": "qa", "dryRun": true,
                 "pack": {"name": "readyservice-prr", "version": "1.0.0"},
                 "levels": {"enable-infrastructure-encryption": "advisory"},
                 "manifest": {"pack": "readyservice-prr", "version": "1.0.0", "policies": [
                   {"name": "enable-infrastructure-encryption", "items": ["security.encryption-at-rest"], "enforcementLevel": "mandatory",
                    "waivableInProd": false, "evidenceTypes": ["azure-native:storage:StorageAccount"], "description": "Encrypt"}]}}
                """);
        Files.writeString(evidence.resolve("resources.json"), """
                {"format": "readyservice-prr-evidence/1", "run": "r1", "resources": [
                  {"urn": "%s", "type": "azure-native:storage:StorageAccount", "name": "data", "custom": true, "parent": "",
                   "properties": {"kind": "StorageV2", "replicas": 3}, "dependencies": [], "propertyDependencies": {}, "provider": "", "protect": false}]}
                """.formatted(URN));
        Files.writeString(evidence.resolve("findings.json"), """
                {"format": "readyservice-prr-evidence/1", "run": "r1", "diagnostics": [
                  {"policy": "enable-infrastructure-encryption", "level": "mandatory", "urn": "%s", "resourceUrn": "",
                   "description": "Encrypt", "message": "Encrypt\\nstorage account data has no infrastructure encryption"}],
                 "notApplicable": []}
                """.formatted(URN));
    }

    @Test
    void aWellFormedFolderGivesTheReportWithThePacksFindings() throws IOException {
        PrrRun run = report("--from", evidence.toString(), "--stack", "qa", "--project-dir", tmp.toString(), "--out", tmp.resolve("out").toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("PRR report of shop (stack qa)").contains("fail: security.encryption-at-rest");
        String json = Files.readString(tmp.resolve("out").resolve("prr-report.json"));
        // The description prefix is stripped as for the review; the level is the one the pack reported.
        assertThat(json).contains("\"message\" : \"storage account data has no infrastructure encryption\"").contains("\"level\" : \"mandatory\"")
                .contains(URN);
        assertThat(tmp.resolve("out").resolve("handover.md")).isNotEmptyFile();
    }

    /** As the review does: a credential in plain stack config never reaches a report file or the console. */
    @Test
    void aPlainConfigCredentialIsMaskedInEveryFileAndLine() throws IOException {
        String credential = "plain-config-credential-4f1c9a";
        Files.writeString(tmp.resolve("Pulumi.qa.yaml"), "config:\n  shop:datadogApiKey: " + credential + "\n");
        Files.writeString(evidence.resolve("resources.json"), Files.readString(evidence.resolve("resources.json"))
                .replace("\"replicas\": 3", "\"replicas\": 3, \"note\": \"" + credential + "\""));

        PrrRun run = report("--from", evidence.toString(), "--stack", "qa", "--project-dir", tmp.toString(), "--out", tmp.resolve("out").toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out() + run.err()).doesNotContain(credential);
        try (var files = Files.list(tmp.resolve("out"))) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(credential);
            }
        }
        // The evidence did carry it: the mask, not its absence, keeps it out.
        assertThat(Files.readString(evidence.resolve("resources.json"))).contains(credential);
    }

    /** The environment is the pack's own judgement (pack.json), so report and review judge a stack alike. */
    @Test
    void theReportJudgesTheEnvironmentThePackRecorded() throws IOException {
        Path pack = evidence.resolve("pack.json");
        String withoutEnvironment = Files.readString(pack);
        PrrRun byName = report("--from", evidence.toString(), "--stack", "qa", "--project-dir", tmp.toString(), "--out", tmp.resolve("a").toString());
        Files.writeString(pack, withoutEnvironment.replace("\"dryRun\": true,",
                "\"dryRun\": true, \"environment\": {\"name\": \"prod\", \"source\": \"stack config readyservice:environment = prod\"},"));
        PrrRun recorded = report("--from", evidence.toString(), "--stack", "qa", "--project-dir", tmp.toString(), "--out", tmp.resolve("b").toString());

        assertThat(byName.code()).as(byName.toString()).isEqualTo(1);
        assertThat(recorded.code()).as(recorded.toString()).isEqualTo(1);
        // Without a recorded judgement, the manifest's rule (no environments stated: the strictest) from the stack name.
        assertThat(Files.readString(tmp.resolve("a").resolve("prr-report.json"))).contains("\"name\" : \"prod\"");
        assertThat(Files.readString(tmp.resolve("b").resolve("prr-report.json")))
                .contains("\"source\" : \"stack config readyservice:environment = prod\"");
    }

    /** The pack's judgement of the components (findings.json `components`) is what the report shows, as in the review. */
    @Test
    void theReportShowsTheComponentsAsThePackJudgedThem() throws IOException {
        Path findings = evidence.resolve("findings.json");
        Files.writeString(findings, Files.readString(findings).replace("\"notApplicable\": []", """
                "notApplicable": [], "components": [{"name": "batch", "customerFacing": false},
                  {"name": "web", "customerFacing": true, "exposure": {"undecided": false, "why": "web app 'shop-web' (publicNetworkAccess 'Enabled', and its access restrictions do not deny the internet)"}}]"""));
        Path resources = evidence.resolve("resources.json");
        Files.writeString(resources, Files.readString(resources).replace("\"replicas\": 3", "\"replicas\": 3, \"tags\": {\"component\": \"web\", \"criticality\": \"internal\"}"));

        PrrRun run = report("--from", evidence.toString(), "--stack", "qa", "--project-dir", tmp.toString(), "--out", tmp.resolve("out").toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        JsonNode components = new ObjectMapper().readTree(tmp.resolve("out").resolve("prr-report.json").toFile()).get("components");
        assertThat(components.get(0).get("name").asText()).isEqualTo("batch");
        assertThat(components.get(0).get("customerFacing").asBoolean()).isFalse();
        assertThat(components.get(1).get("name").asText()).isEqualTo("web");
        assertThat(components.get(1).get("customerFacing").asBoolean()).as("tagged internal, raised by the pack").isTrue();
        assertThat(components.get(1).get("criticalityWhy").asText()).isEqualTo("customer-facing, whatever its spec and tags say: the policy "
                + "pack found that the internet reaches web app 'shop-web' (publicNetworkAccess 'Enabled', and its access restrictions do not deny the internet)");

        Files.writeString(findings, Files.readString(findings).replace("\"customerFacing\": false", "\"customerFacing\": \"no\""));
        PrrRun malformed = report("--from", evidence.toString(), "--stack", "qa", "--project-dir", tmp.toString());
        assertThat(malformed.code()).isEqualTo(2);
        assertThat(malformed.err()).contains("findings.json").contains("malformed `components`");
    }

    @Test
    void aMissingFolderIsBadInput() {
        PrrRun run = report("--from", tmp.resolve("nowhere").toString(), "--stack", "qa", "--project-dir", tmp.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere").contains("is not a folder");
    }

    @Test
    void aPreviewThatNeverReachedAnalyzeStackIsPartial() throws IOException {
        Files.delete(evidence.resolve("findings.json"));

        PrrRun run = report("--from", evidence.toString(), "--stack", "qa", "--project-dir", tmp.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("findings.json").contains("is missing").contains("partial");
    }

    @Test
    void filesOfTwoRunsAreRefused() throws IOException {
        Files.writeString(evidence.resolve("resources.json"), Files.readString(evidence.resolve("resources.json")).replace("\"r1\"", "\"r2\""));

        PrrRun run = report("--from", evidence.toString(), "--stack", "qa", "--project-dir", tmp.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("resources.json").contains("another run");
    }

    @Test
    void malformedFilesAreNamedWithTheirProblem() throws IOException {
        Files.writeString(evidence.resolve("pack.json"), "{\"format\": ");
        PrrRun truncated = report("--from", evidence.toString(), "--stack", "qa", "--project-dir", tmp.toString());
        assertThat(truncated.code()).isEqualTo(2);
        assertThat(truncated.err()).contains("pack.json").contains("is not valid JSON");

        writeEvidence();
        Files.writeString(evidence.resolve("findings.json"), Files.readString(evidence.resolve("findings.json")).replace("\"mandatory\"", "\"severe\""));
        PrrRun badLevel = report("--from", evidence.toString(), "--stack", "qa", "--project-dir", tmp.toString());
        assertThat(badLevel.code()).isEqualTo(2);
        assertThat(badLevel.err()).contains("findings.json").contains("level 'severe'");

        writeEvidence();
        Files.writeString(evidence.resolve("resources.json"), Files.readString(evidence.resolve("resources.json")).replace("readyservice-prr-evidence/1", "other/9"));
        PrrRun otherFormat = report("--from", evidence.toString(), "--stack", "qa", "--project-dir", tmp.toString());
        assertThat(otherFormat.code()).isEqualTo(2);
        assertThat(otherFormat.err()).contains("resources.json").contains("format 'other/9'");
    }

    @Test
    void anotherStacksEvidenceIsRefused() {
        PrrRun run = report("--from", evidence.toString(), "--stack", "prod", "--project-dir", tmp.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--stack prod").contains("is of stack 'qa'");
    }

    @Test
    void aQualifiedStackWritesAndReadsItsShortNamesFolder() throws IOException {
        // What `./prr time-redeploy --stack org/shop/qa` leaves: its record in qa's folder, named as given.
        timedJustNow("org/shop/qa").write(RedeployOptions.defaultRecordFile(tmp, "org/shop/qa"));

        PrrRun run = report("--from", evidence.toString(), "--stack", "org/shop/qa", "--project-dir", tmp.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        JsonNode redeploy = item(tmp.resolve("target/prr/qa/prr-report.json"), "quality.redeploy-time");
        assertThat(redeploy.path("status").asText()).as(redeploy.toString()).isEqualTo("pass");
        assertThat(tmp.resolve("target/prr/org")).doesNotExist();
    }

    @Test
    void aRecordOfAnotherStackInTheFolderFailsTheItemInsteadOfCounting() throws IOException {
        timedJustNow("prod").write(RedeployOptions.defaultRecordFile(tmp, "qa"));

        PrrRun run = report("--from", evidence.toString(), "--stack", "org/shop/qa", "--project-dir", tmp.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        JsonNode redeploy = item(tmp.resolve("target/prr/qa/prr-report.json"), "quality.redeploy-time");
        assertThat(redeploy.path("status").asText()).isEqualTo("fail");
        assertThat(redeploy.path("reason").asText()).isEqualTo("target/prr/qa/redeploy.json is the redeploy record of stack 'prod',"
                + " not of 'org/shop/qa', and does not count; measure it with `./prr time-redeploy --stack org/shop/qa`");
    }

    @Test
    void aQualifiedStackOfAnotherProjectIsRefused() {
        PrrRun run = report("--from", evidence.toString(), "--stack", "org/cart/qa", "--project-dir", tmp.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--stack org/cart/qa").contains("is of stack 'qa' of project 'shop'");
    }

    private static RedeployRecord timedJustNow(String stack) {
        return new RedeployRecord(stack, 300, List.of(
                new PhaseRecord(PhaseName.CONVERGE, 100, ResourceChanges.NONE, PhaseStatus.SUCCEEDED),
                new PhaseRecord(PhaseName.REDEPLOY, 42.5, ResourceChanges.NONE, PhaseStatus.SUCCEEDED)),
                Verdict.PASS, null, Instant.now().minus(Duration.ofHours(1)), "3.140.0", Map.of(),
                new RedeployProvenance("https://api.pulumi.com", List.of()));
    }

    private static JsonNode item(Path reportJson, String id) throws IOException {
        for (JsonNode item : new ObjectMapper().readTree(reportJson.toFile()).path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(reportJson + " has no item " + id);
    }

    private static PrrRun report(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "report";
        System.arraycopy(args, 0, all, 1, args.length);
        return PrrRun.of(all);
    }
}
