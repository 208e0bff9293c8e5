package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.e2e.fixtures.ExternalFactsShop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that calls {@code getClientConfig} and another provider function, reads a stack
 * reference and an existing resource ({@link ExternalFactsShop}) gets a complete report, never
 * exit 3, and the report says what each of those answers rests on. Its TLS floor comes from the
 * referenced stack: unknown offline, the TLS item is undecided and fails; pinned with
 * {@code --stack-outputs}, it is decided.
 */
class ExternalFactsIT {
    private static final String STACK = "config:\n  azure-native:location: westeurope\n"
            + "  azure-native:subscriptionId: 11111111-2222-3333-4444-555555555555\n";

    @TempDir
    static Path dir;
    private static Path project;
    private static ReviewRun unpinned;
    private static ReviewRun pinned;

    @BeforeAll
    static void reviewUnpinnedAndPinned() throws IOException {
        project = E2eProjects.fixtureProject(Files.createDirectories(dir.resolve("project")), "shop", ExternalFactsShop.class, "qa", STACK);
        unpinned = review("unpinned");
        Path invokes = Files.writeString(dir.resolve("invokes.yaml"), """
                - token: azure-native:network:getVirtualNetwork
                  args: {virtualNetworkName: vnet-hub}
                  result: {id: /subscriptions/s/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-hub, name: vnet-hub}
                """);
        Path outputs = Files.writeString(dir.resolve("stacks.json"), "{\"acme/platform/qa\": {\"minimumTlsVersion\": \"TLS1_2\"}}");
        pinned = review("pinned", "--invokes", invokes.toString(), "--stack-outputs", outputs.toString());
    }

    private static ReviewRun review(String out, String... extra) {
        List<String> args = new ArrayList<>(List.of("--project-dir", project.toString(), "--stack", "qa",
                "--policy-pack", E2eProjects.pack().toString(), "--format", "json,md"));
        args.addAll(List.of(extra));
        return ReviewRun.review(dir.resolve(out), args.toArray(String[]::new));
    }

    private static List<String> assumptions(ReviewRun run) {
        List<String> lines = new ArrayList<>();
        run.json().get("assumptions").forEach(a -> lines.add(a.get("kind").asText() + " " + a.get("token").asText() + " "
                + a.get("name").asText() + ": " + a.get("answer").asText()));
        return lines;
    }

    @Test
    void getsACompleteReportThatListsEveryAssumption() {
        assertThat(unpinned.exitCode()).as(unpinned.toString()).isEqualTo(1);
        assertThat(assumptions(unpinned)).containsExactlyInAnyOrder(
                "function azure-native:authorization:getClientConfig : placeholder",
                "function azure-native:network:getVirtualNetwork resourceGroupName, virtualNetworkName: unknown",
                "stack-reference pulumi:pulumi:StackReference acme/platform/qa: unknown",
                "read azure-native:resources:ResourceGroup shared-rg: unknown");
        assertThat(unpinned.json().get("notes").toString()).contains("resources the program creates inside an apply on such a value");
        assertThat(unpinned.out()).contains("assumed (4)").contains("stack-reference pulumi:pulumi:StackReference 'acme/platform/qa': unknown");
    }

    @Test
    void theClientConfigSaysWhichFieldsAreFromConfigAndWhichArePlaceholders() {
        JsonNode clientConfig = find(unpinned, "azure-native:authorization:getClientConfig");
        assertThat(clientConfig.get("detail").asText()).startsWith("subscriptionId from azure-native config; clientId, objectId, tenantId"
                + " are the placeholder 00000000-0000-0000-0000-000000000000; set azure-native:<field>");
    }

    @Test
    void aCheckThatRestsOnAnUnknownStackOutputIsUndecidedAndFails() throws IOException {
        assertThat(unpinned.statuses()).containsEntry("security.tls-in-transit", "fail");
        assertThat(unpinned.item("security.tls-in-transit").get("findings").toString()).contains("undecided");
        assertThat(Files.readString(unpinned.outDir().resolve("prr-report.md"))).contains("## What the verdict rests on")
                .contains("| stack-reference | `pulumi:pulumi:StackReference` | acme/platform/qa | **unknown** |");
    }

    @Test
    void pinnedAnswersComeFromTheFilesAndTheCheckIsDecided() {
        assertThat(pinned.exitCode()).as(pinned.toString()).isEqualTo(1);
        assertThat(assumptions(pinned)).contains(
                "function azure-native:network:getVirtualNetwork resourceGroupName, virtualNetworkName: file",
                "stack-reference pulumi:pulumi:StackReference acme/platform/qa: file");
        assertThat(pinned.statuses()).containsEntry("security.tls-in-transit", "pass");
    }

    @Test
    void aMalformedInvokesFileIsBadInputNamingTheFileTheEntryAndTheKey() throws IOException {
        Path invokes = Files.writeString(dir.resolve("bad-invokes.yaml"), "- token: getAmi\n  result: ami-1\n  resutl: {}\n");

        ReviewRun run = review("bad", "--invokes", invokes.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains(invokes.toString())
                .contains("entry 1: key 'resutl' is not allowed; allowed: token, args, result")
                .contains("entry 1: 'token' is the string \"getAmi\"; allowed: a function token <package>:<module>:<function>")
                .contains("'result' is the string \"ami-1\"; allowed: a mapping");
    }

    private static JsonNode find(ReviewRun run, String token) {
        for (JsonNode a : run.json().get("assumptions")) {
            if (a.get("token").asText().equals(token)) {
                return a;
            }
        }
        throw new AssertionError("no assumption for " + token);
    }
}
