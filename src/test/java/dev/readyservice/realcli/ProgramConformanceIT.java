package dev.readyservice.realcli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readyservice.e2e.E2eProjects;
import dev.readyservice.e2e.fixtures.ExistingContainerShop;
import dev.readyservice.e2e.fixtures.InternalTaggedApps;
import dev.readyservice.standin.StandInProviders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance on small programs of different shapes (issue 13): four hand-written ones without
 * {@code ReadyService} (ready for QA, not ready, functions and a stack reference, a foreign provider)
 * and a team's container app made ready by {@code ReadyService} over it ({@link ExistingContainerShop},
 * as it is and scaling to zero): the real {@code pulumi preview --policy-pack} with <strong>stand-in</strong>
 * providers, through {@code prr report --from}, against {@code prr review} of the same QA stack,
 * compared by the one comparer (docs/fidelity.md lists the allowed differences per case). Each test
 * also asserts the verdict and the items its program is built to pass or fail, on both sides, so a
 * conformance that agrees on the wrong answer fails too. Skipped, with the reason, when the CLI is
 * not built.
 */
class ProgramConformanceIT {
    private static final String LOCATION = "config:\n  azure-native:location: westeurope\n";

    @Test
    void aHandWrittenProgramReadyForQaIsReadyOnBothSides(@TempDir Path tmp) throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        Path project = Conformance.fixture(pulumi, tmp, "shop", ReadyProgram.class, "qa", LOCATION);
        Path playbooks = Files.createDirectories(project.resolve("docs").resolve("playbooks"));
        Files.writeString(playbooks.resolve("shop-api.md"), "# shop-api\n\nWhen an alert fires: look at the last deploy and roll it back.\n");

        Conformance.Reports reports = Conformance.run("ready", pulumi, tmp, project, "qa", signedOff(tmp), StandInProviders.OUR_PACKAGES);
        reports.assertSame();
        // The backup policy is our binding (dev.readyservice.azure.bindings.BackupPolicy): the model answers
        // its rules to the program on both sides, and the pack reads the retention from them.
        Map<String, String> passing = Map.of("slo.objectives", "pass", "monitoring.golden-signals", "pass", "support.out-of-hours", "pass",
                "pagerduty.escalation", "pass", "capacity.autoscaling", "pass", "security.tls-in-transit", "pass",
                "security.encryption-at-rest", "pass", "security.backups", "pass", "tech.handover", "signed-off");
        assertBothSides(reports, passing);
        assertThat(reports.offline().get("verdict").asText()).isEqualTo("ready");
        assertThat(reports.real().get("verdict").asText()).isEqualTo("ready");
        assertThat(reports.offlineCode()).isZero();
        assertThat(reports.realCode()).isZero();
    }

    /** QA's policy config with every sign-off given (policy/README.md, "Sign-offs"), a month old. */
    private static Path signedOff(Path tmp) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode config = (ObjectNode) json.readTree(E2eProjects.pack().resolve("config").resolve("qa.json").toFile());
        String date = LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();
        for (String item : List.of("customer.onboarding", "customer.first-line", "customer.success", "tech.handover",
                "tech.change-management", "tech.team-handover")) {
            ((ObjectNode) config.get("missing-sign-off-" + item.replace('.', '-'))).putObject("signOffs")
                    .putObject(item).put("by", "dana@example.com").put("date", date).put("link", "https://wiki.example.com/shop/" + item);
        }
        Path file = tmp.resolve("qa-signed-off.json");
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), config);
        return file;
    }

    @Test
    void aProgramWithAWeakStorageAccountIsNotReadyOnBothSides(@TempDir Path tmp) throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        Path project = Conformance.fixture(pulumi, tmp, "shop", NotReadyProgram.class, "qa", LOCATION);

        Conformance.Reports reports = Conformance.run("not-ready", pulumi, tmp, project, "qa", StandInProviders.OUR_PACKAGES);
        reports.assertSame();
        assertThat(reports.offlineCode()).isEqualTo(reports.realCode()).isEqualTo(1);
        assertThat(reports.real().get("verdict").asText()).isEqualTo("not-ready");
        assertBothSides(reports, Map.of("security.tls-in-transit", "fail", "security.encryption-at-rest", "fail"));
        for (var report : List.of(reports.offline(), reports.real())) {
            assertThat(report.get("items").findValues("findings").toString()).as("the TLS floor's finding")
                    .containsPattern("\"policy\":\"enforce-tls-floor\"[^}]*\"level\":\"mandatory\"[^}]*TLS1_0");
        }
    }

    /**
     * The pack's judgement of the components reaches both reports alike (offline in the AnalyzeStack
     * trailer, from the real preview through the evidence folder): the web app tagged internal that
     * the internet reaches is customer-facing on both sides, naming what reaches it.
     */
    @Test
    void aPublicAppTaggedInternalIsCustomerFacingOnBothSides(@TempDir Path tmp) throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        Path project = Conformance.fixture(pulumi, tmp, "shop", InternalTaggedApps.class, "qa", LOCATION);

        Conformance.Reports reports = Conformance.run("internal-tagged", pulumi, tmp, project, "qa", List.of("azure-native"));
        reports.assertSame();
        for (var report : List.of(reports.offline(), reports.real())) {
            assertThat(report.get("components").toString())
                    .contains("\"name\":\"web\",\"customerFacing\":true,\"criticalityJudgedBy\":\"policy-pack\",\"criticalityWhy\":"
                            + "\"customer-facing, whatever its spec and tags say: the policy pack found that the internet reaches web app 'shop-web'")
                    .contains("\"name\":\"batch\",\"customerFacing\":false,\"criticalityJudgedBy\":\"policy-pack\"");
        }
        assertBothSides(reports, Map.of("slo.objectives", "fail"));
    }

    @Test
    void aProgramOnTheClientConfigAndAStackReferenceGetsTheSameAnswersOnBothSides(@TempDir Path tmp) throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        // The same outputs for both: in the real CLI's backend, and pinned for the offline review.
        String platformOutputs = "{\"minimumTlsVersion\": \"TLS1_2\"}";
        referencedStack(pulumi, tmp, platformOutputs);
        Path outputs = Files.writeString(tmp.resolve("stacks.json"),
                "{\"" + FunctionsAndStackReferenceProgram.PLATFORM + "\": " + platformOutputs + "}");
        Path project = Conformance.fixture(pulumi, tmp, "shop", FunctionsAndStackReferenceProgram.class, "qa",
                LOCATION + "  azure-native:subscriptionId: 11111111-2222-3333-4444-555555555555\n");

        Conformance.Reports reports = Conformance.run("functions", pulumi, tmp, project, "qa", StandInProviders.OUR_PACKAGES,
                "--stack-outputs", outputs.toString());
        reports.assertSame();
        assertEveryMandatoryRulePasses(reports);
        // The TLS floor is the referenced stack's output: unanswered, it would be undecided and fail.
        assertBothSides(reports, Map.of("security.tls-in-transit", "pass"));
        assertThat(reports.offline().get("assumptions").toString()).contains("pulumi:pulumi:StackReference")
                .contains("azure-native:authorization:getClientConfig");
    }

    @Test
    void aResourceOfAProviderThePackDoesNotJudgeIsNotAssessedOnBothSides(@TempDir Path tmp) throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        Path project = Conformance.fixture(pulumi, tmp, "shop", ForeignProviderProgram.class, "qa", LOCATION);
        List<String> standIns = List.of("azure-native", "random");

        Conformance.Reports reports = Conformance.run("foreign-provider", pulumi, tmp, project, "qa", standIns);
        reports.assertSame();
        assertEveryMandatoryRulePasses(reports);
        assertBothSides(reports, Map.of("security.tls-in-transit", "pass", "security.encryption-at-rest", "pass"));
        assertThat(reports.real().get("notAssessed").toString()).contains(ForeignProviderProgram.RandomString.TYPE);
    }

    @Test
    void aContainerAppMadeReadyByReadyServiceIsReadyOnBothSides(@TempDir Path tmp) throws Exception {
        Conformance.Reports reports = containerApp(tmp, "container-app", "");
        reports.assertSame();
        // Both container-app types are derived from the SDK, not echoed: the outputs are a real preview's shape.
        assertThat(reports.offline().toString()).doesNotContain("model: not derived");
        // The app scales itself (template.scale, 2..4 replicas on an HTTP rule): no plan, no autoscale setting.
        assertBothSides(reports, Map.of("capacity.autoscaling", "pass", "capacity.headroom", "pass", "monitoring.golden-signals", "pass",
                "slo.objectives", "pass", "support.out-of-hours", "pass"));
        assertThat(reports.offline().get("verdict").asText()).as("offline %s", reports.offline().get("items")).isEqualTo("ready");
        assertThat(reports.real().get("verdict").asText()).isEqualTo("ready");
        assertThat(reports.offlineCode()).isZero();
        assertThat(reports.realCode()).isZero();
    }

    @Test
    void aContainerAppThatScalesToZeroFailsAutoscalingOnBothSides(@TempDir Path tmp) throws Exception {
        Conformance.Reports reports = containerApp(tmp, "container-app-to-zero", "  shop:" + ExistingContainerShop.MIN_REPLICAS + ": \"0\"\n");
        reports.assertSame();
        assertThat(reports.offlineCode()).isEqualTo(reports.realCode()).isEqualTo(1);
        assertThat(reports.real().get("verdict").asText()).isEqualTo("not-ready");
        assertBothSides(reports, Map.of("capacity.autoscaling", "fail", "monitoring.golden-signals", "pass"));
        for (var report : List.of(reports.offline(), reports.real())) {
            assertThat(report.get("items").findValues("findings").toString()).as("the scale-to-zero finding")
                    .contains("container app 'shop-api' template.scale.minReplicas is 0: it scales to zero");
        }
    }

    /**
     * {@link ExistingContainerShop} made ready ({@code shop:ready}), the program {@code ExistingContainerAppIT} reviews offline,
     * on QA with the further config lines {@code moreConfig} and the repository's playbooks in its project, under both engines.
     */
    private static Conformance.Reports containerApp(Path tmp, String name, String moreConfig) throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        Path project = E2eProjects.withPlaybooks(Conformance.fixture(pulumi, tmp, "shop", ExistingContainerShop.class, "qa",
                LOCATION + "  shop:ready: \"true\"\n" + moreConfig));
        return Conformance.run(name, pulumi, tmp, project, "qa", StandInProviders.OUR_PACKAGES);
    }

    /**
     * Every mandatory QA rule passes on both sides: no mandatory finding. The verdict is still not
     * ready on both: what the program leaves out (SLOs, paging, backups, capacity, sign-offs) fails
     * its items at QA's advisory level.
     */
    private static void assertEveryMandatoryRulePasses(Conformance.Reports reports) {
        for (var report : List.of(reports.offline(), reports.real())) {
            report.get("items").forEach(item -> item.get("findings").forEach(f -> assertThat(f.get("level").asText())
                    .as("%s %s", item.get("id").asText(), f).isNotEqualTo("mandatory")));
            assertThat(report.get("verdict").asText()).isEqualTo("not-ready");
        }
        assertThat(reports.offlineCode()).isEqualTo(reports.realCode()).isEqualTo(1);
    }

    /**
     * Puts {@link FunctionsAndStackReferenceProgram#PLATFORM} into the real CLI's backend with
     * {@code outputs}: {@code pulumi stack import} of the state a {@code pulumi up} of a program that
     * only exports them leaves (its stack resource with those outputs), without running one (about
     * 15 s of a JVM and the language host saved).
     */
    private static void referencedStack(RealPulumi pulumi, Path tmp, String outputs) throws Exception {
        Path platform = Files.createDirectories(tmp.resolve("platform"));
        Files.writeString(platform.resolve("Pulumi.yaml"), "name: platform\nruntime: java\n");
        Conformance.initStack(pulumi, platform, "qa");
        Path state = Files.writeString(platform.resolve("state.json"), """
                {"version": 3, "deployment": {"manifest": {"time": "2026-01-01T00:00:00Z", "magic": "", "version": ""},
                 "resources": [{"urn": "urn:pulumi:qa::platform::pulumi:pulumi:Stack::platform-qa", "custom": false,
                   "type": "pulumi:pulumi:Stack", "outputs": %s}]}}
                """.formatted(outputs));
        RealPulumi.Result imported = pulumi.run(platform, Map.of(), 60, "stack", "import", "--stack", "qa", "--file", state.toString());
        assertThat(imported.code()).as(imported.toString()).isZero();
    }

    private static void assertBothSides(Conformance.Reports reports, Map<String, String> statuses) {
        assertThat(reports.offlineStatuses()).as("offline").containsAllEntriesOf(statuses);
        assertThat(reports.realStatuses()).as("real").containsAllEntriesOf(statuses);
    }
}
