package dev.readyservice.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedeployTimerTest {
    static final Instant NOW = Instant.parse("2026-11-26T23:40:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final ResourceChanges FIRST = new ResourceChanges(3, 1, 0, 0, 50);
    static final ResourceChanges SAME = new ResourceChanges(0, 0, 0, 0, 54);

    @TempDir
    Path project;
    StackOperations ops = mock(StackOperations.class);
    StackOperationsFactory factory = mock(StackOperationsFactory.class);
    Map<String, String> env = Environments.complete();
    CommandLocator pulumiOnPath = name -> Optional.of(Path.of("/usr/local/bin/" + name));

    @BeforeEach
    void openStack() throws Exception {
        Files.createDirectories(project.resolve("policy/config"));
        Files.writeString(project.resolve("policy/PulumiPolicy.yaml"), "runtime: nodejs\n");
        for (String stack : List.of("qa", "prod", "live")) {
            Files.writeString(project.resolve("policy/config/" + stack + ".json"), "{}");
        }
        when(factory.open(any(), any())).thenReturn(ops);
        when(ops.pulumiVersion()).thenReturn(Optional.of("3.140.0"));
        when(ops.pluginVersions()).thenReturn(Map.of("azure-native", "2.10.0", "datadog", "4.30.0"));
        when(ops.backendUrl()).thenReturn(Optional.of("https://api.pulumi.com"));
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    RedeployTimer timer(RedeployOptions.Builder options, Ticker ticker) {
        return new RedeployTimer(options.projectDir(project).build(), env, pulumiOnPath, factory, CLOCK, ticker);
    }

    @Test
    void passesWhenTheRedeployFitsTheBudgetAndWritesTheRecordTheReportReads() throws Exception {
        when(ops.up()).thenReturn(FIRST, SAME);

        RedeployRecord r = timer(RedeployOptions.builder(), Ticker.atSeconds(0, 95.2, 100, 142.46)).run();

        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        assertThat(r.failedPhase()).isNull();
        assertThat(r.exitCode()).isZero();
        assertThat(r.phases()).containsExactly(
                new PhaseRecord(PhaseName.CONVERGE, 95.2, FIRST, PhaseStatus.SUCCEEDED),
                new PhaseRecord(PhaseName.REDEPLOY, 42.5, SAME, PhaseStatus.SUCCEEDED));
        Path file = project.resolve("target/prr/qa/redeploy.json");
        assertThat(RedeployRecord.read(file)).contains(r);
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.fieldNames()).toIterable().containsExactly(
                "stack", "budgetSeconds", "phases", "verdict", "failedPhase", "recordedAt", "pulumiVersion", "plugins",
                "backend", "providers", "debugProviders");
        assertThat(json.get("stack").asText()).isEqualTo("qa");
        assertThat(json.get("budgetSeconds").asLong()).isEqualTo(300);
        assertThat(json.get("phases").get(1).get("name").asText()).isEqualTo("redeploy");
        assertThat(json.get("phases").get(1).get("seconds").asDouble()).isEqualTo(42.5);
        assertThat(json.get("phases").get(1).get("status").asText()).isEqualTo("succeeded");
        assertThat(json.get("phases").get(0).get("changes").get("create").asInt()).isEqualTo(3);
        assertThat(json.get("verdict").asText()).isEqualTo("pass");
        assertThat(json.get("failedPhase").isNull()).isTrue();
        assertThat(json.get("recordedAt").asText()).isEqualTo("2026-11-26T23:40:00Z");
        assertThat(json.get("pulumiVersion").asText()).isEqualTo("3.140.0");
        assertThat(json.get("plugins").get("azure-native").asText()).isEqualTo("2.10.0");
        assertThat(json.get("backend").asText()).isEqualTo("https://api.pulumi.com");
        assertThat(json.get("providers").asText()).isEqualTo("plugins");
        assertThat(json.get("debugProviders")).isEmpty();
        verify(ops, times(2)).up();
        verify(ops, never()).destroy();
        verify(factory).open(any(), org.mockito.ArgumentMatchers.eq(env));
    }

    @Test
    void aRedeployOfExactlyTheBudgetPasses() throws Exception {
        when(ops.up()).thenReturn(FIRST, SAME);

        RedeployRecord r = timer(RedeployOptions.builder().budget("90s"), Ticker.atSeconds(0, 1, 1, 91)).run();

        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        assertThat(r.budgetSeconds()).isEqualTo(90);
    }

    @Test
    void failsNamingTheRedeployPhaseWhenItTakesLongerThanTheBudget() throws Exception {
        when(ops.up()).thenReturn(FIRST, SAME);

        RedeployRecord r = timer(RedeployOptions.builder(), Ticker.atSeconds(0, 10, 10, 310.1)).run();

        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.failedPhase()).isEqualTo(PhaseName.REDEPLOY);
        assertThat(r.phase(PhaseName.REDEPLOY).orElseThrow().seconds()).isEqualTo(300.1);
        assertThat(r.phase(PhaseName.REDEPLOY).orElseThrow().status()).isEqualTo(PhaseStatus.SUCCEEDED);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(RedeployRecord.read(project.resolve("target/prr/qa/redeploy.json")).orElseThrow().verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aFailureMidUpRecordsTheFailedPhaseAndNeverPasses() throws Exception {
        when(ops.up()).thenReturn(FIRST).thenThrow(new StackOperationException("error: 409 Conflict", null));

        RedeployRecord r = timer(RedeployOptions.builder(), Ticker.atSeconds(0, 30, 30, 33)).run();

        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.failedPhase()).isEqualTo(PhaseName.REDEPLOY);
        assertThat(r.phases()).extracting(PhaseRecord::status)
                .containsExactly(PhaseStatus.SUCCEEDED, PhaseStatus.FAILED);
        assertThat(r.phases().get(1).seconds()).isEqualTo(3.0);
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(RedeployRecord.read(project.resolve("target/prr/qa/redeploy.json"))).contains(r);
    }

    @Test
    void anUnexpectedErrorStillRecordsTheFailedPhaseBeforeItPropagates() throws Exception {
        when(ops.up()).thenThrow(new IllegalStateException("event log unreadable"));
        RedeployTimer t = timer(RedeployOptions.builder(), Ticker.atSeconds(0, 4));

        assertThatThrownBy(t::run).isInstanceOf(IllegalStateException.class).hasMessage("event log unreadable");
        RedeployRecord r = RedeployRecord.read(project.resolve("target/prr/qa/redeploy.json")).orElseThrow();
        assertThat(r.failedPhase()).isEqualTo(PhaseName.CONVERGE);
        assertThat(r.phases()).containsExactly(
                new PhaseRecord(PhaseName.CONVERGE, 4.0, ResourceChanges.NONE, PhaseStatus.FAILED));
    }

    @Test
    void aStackThatCannotBeSelectedFailsTheConvergePhase() throws Exception {
        when(factory.open(any(), any()))
                .thenThrow(new StackOperationException("no Pulumi.yaml project file found", null));

        RedeployRecord r = timer(RedeployOptions.builder(), Ticker.atSeconds(0, 2)).run();

        assertThat(r.failedPhase()).isEqualTo(PhaseName.CONVERGE);
        assertThat(r.phases()).containsExactly(
                new PhaseRecord(PhaseName.CONVERGE, 2.0, ResourceChanges.NONE, PhaseStatus.FAILED));
        assertThat(r.pulumiVersion()).isNull();
    }

    @Test
    void anInterruptedRunRecordsInterruptedAndFailsAndKeepsTheInterruptFlag() throws Exception {
        when(ops.up()).thenReturn(FIRST).thenThrow(new InterruptedException("ctrl-c"));

        RedeployRecord r = timer(RedeployOptions.builder(), Ticker.atSeconds(0, 30, 30, 40)).run();

        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.failedPhase()).isEqualTo(PhaseName.REDEPLOY);
        assertThat(r.phases().get(1).status()).isEqualTo(PhaseStatus.INTERRUPTED);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(RedeployRecord.assess(project.resolve("target/prr/qa/redeploy.json"), CLOCK, RedeployRecord.DEFAULT_MAX_AGE).status())
                .isEqualTo(RedeployItemStatus.FAIL);
    }

    @Test
    void whileAPhaseRunsTheFileAlreadySaysInterruptedSoAKilledRunNeverLeavesAPass() throws Exception {
        Path file = project.resolve("target/prr/qa/redeploy.json");
        AtomicReference<RedeployRecord> seenDuringRedeploy = new AtomicReference<>();
        when(ops.up()).thenReturn(FIRST).thenAnswer(call -> {
            seenDuringRedeploy.set(RedeployRecord.read(file).orElseThrow());
            return SAME;
        });

        timer(RedeployOptions.builder(), Ticker.atSeconds(0, 1, 1, 2)).run();

        RedeployRecord checkpoint = seenDuringRedeploy.get();
        assertThat(checkpoint.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(checkpoint.failedPhase()).isEqualTo(PhaseName.REDEPLOY);
        assertThat(checkpoint.phases()).extracting(PhaseRecord::status)
                .containsExactly(PhaseStatus.SUCCEEDED, PhaseStatus.INTERRUPTED);
        assertThat(RedeployRecord.read(file).orElseThrow().verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void rebuildTimesADestroyAndAnUpFromNothingOnQa() throws Exception {
        when(ops.up()).thenReturn(FIRST, SAME, FIRST);
        when(ops.destroy()).thenReturn(new ResourceChanges(0, 0, 53, 0, 0));

        RedeployRecord r = timer(RedeployOptions.builder().rebuild(true),
                Ticker.atSeconds(0, 10, 10, 20, 20, 80, 80, 200)).run();

        assertThat(r.phases()).extracting(PhaseRecord::name)
                .containsExactly(PhaseName.CONVERGE, PhaseName.REDEPLOY, PhaseName.DESTROY, PhaseName.REBUILD);
        assertThat(r.phase(PhaseName.DESTROY).orElseThrow().changes().delete()).isEqualTo(53);
        assertThat(r.phase(PhaseName.REBUILD).orElseThrow().seconds()).isEqualTo(120.0);
        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        verify(ops).destroy();
    }

    @Test
    void rebuildIsRefusedOnAStackNamedProdBeforeAnythingRuns() throws Exception {
        RedeployTimer t = timer(RedeployOptions.builder().stack("prod").rebuild(true), Ticker.atSeconds());

        assertThatThrownBy(t::run).isInstanceOf(PreconditionFailure.class)
                .satisfies(e -> assertThat(((PreconditionFailure) e).problems()).containsExactly(
                        "--rebuild refused on stack 'prod': its name says production, and a rebuild destroys"
                                + " every resource; time rebuilds on a QA stack"))
                .satisfies(e -> assertThat(((PreconditionFailure) e).exitCode()).isEqualTo(2));
        verify(factory, never()).open(any(), any());
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void rebuildIsRefusedOnAStackWhoseConfigSaysProd() throws Exception {
        Files.writeString(project.resolve("Pulumi.live.yaml"),
                "config:\n  readyservice:product:\n    name: checkout\n    environment: prod\n");
        RedeployTimer t = timer(RedeployOptions.builder().stack("live").rebuild(true), Ticker.atSeconds());

        assertThatThrownBy(t::run).isInstanceOf(PreconditionFailure.class)
                .hasMessageContaining("--rebuild refused on stack 'live': its config (environment) says production");
        verify(factory, never()).open(any(), any());
    }

    @Test
    void aRedeployWithoutRebuildIsAllowedOnProd() throws Exception {
        when(ops.up()).thenReturn(SAME, SAME);

        RedeployRecord r = timer(RedeployOptions.builder().stack("prod"), Ticker.atSeconds(0, 1, 1, 2)).run();

        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        assertThat(project.resolve("target/prr/prod/redeploy.json")).exists();
    }

    @Test
    void aMissingPulumiCliIsReportedBeforeAnythingRuns() throws Exception {
        pulumiOnPath = name -> Optional.empty();
        RedeployTimer t = timer(RedeployOptions.builder(), Ticker.atSeconds());

        assertThatThrownBy(t::run).isInstanceOf(PreconditionFailure.class).hasMessage(
                "cannot time a redeploy; fix these first:\n"
                        + "  - pulumi CLI not found on PATH: install it (https://www.pulumi.com/docs/install/)"
                        + " and check that `pulumi version` runs");
        verify(factory, never()).open(any(), any());
    }

    @Test
    void missingCredentialsAreListedOneLineEachWithoutPrintingAnySecret() throws Exception {
        env = new HashMap<>(Environments.complete());
        for (String gone : List.of("ARM_CLIENT_SECRET", "DATADOG_APP_KEY", "PAGERDUTY_TOKEN", "PULUMI_CONFIG_PASSPHRASE")) {
            env.remove(gone);
        }
        env.put("ARM_SUBSCRIPTION_ID", "   ");
        RedeployTimer t = timer(RedeployOptions.builder(), Ticker.atSeconds());

        assertThatThrownBy(t::run).isInstanceOf(PreconditionFailure.class)
                .hasMessage("cannot time a redeploy; fix these first:\n"
                        + "  - ARM_CLIENT_SECRET is not set: export it with the Azure service principal's client secret,"
                        + " or set ARM_USE_MSI=true or ARM_USE_OIDC=true\n"
                        + "  - ARM_SUBSCRIPTION_ID is not set: export it with the Azure subscription id the stack deploys into\n"
                        + "  - DATADOG_APP_KEY is not set: export it with a Datadog application key"
                        + " (Organization Settings > Application Keys)\n"
                        + "  - PAGERDUTY_TOKEN is not set: export it with a PagerDuty REST API token"
                        + " (Integrations > API Access Keys)\n"
                        + "  - PULUMI_CONFIG_PASSPHRASE is not set: export it (or PULUMI_CONFIG_PASSPHRASE_FILE with its"
                        + " path) to decrypt the stack's secrets, or set `secretsprovider:` in Pulumi.qa.yaml"
                        + " (`pulumi stack change-secrets-provider`)")
                .satisfies(e -> {
                    for (String secret : Environments.SEEDED_SECRETS) {
                        assertThat(e.getMessage()).doesNotContain(secret);
                    }
                });
        verify(factory, never()).open(any(), any());
    }

    @Test
    void aMissingPolicyPackOrConfigIsReportedBeforeAnythingRuns() throws Exception {
        Path pack = project.resolve("elsewhere");
        RedeployTimer t = timer(RedeployOptions.builder().stack("prod").policyPack(pack)
                .policyPackConfig(project.resolve("policy/config/none.json")), Ticker.atSeconds());

        assertThatThrownBy(t::run).isInstanceOf(PreconditionFailure.class)
                .satisfies(e -> assertThat(((PreconditionFailure) e).problems()).containsExactly(
                        "policy pack not found at " + pack + " (no PulumiPolicy.yaml): build it with"
                                + " `cd policy && npm ci && npm run build`, or pass --policy-pack DIR",
                        "policy pack config not found at " + project.resolve("policy/config/none.json")
                                + ": add it, or pass --policy-pack-config FILE"));
        verify(factory, never()).open(any(), any());
    }

    @Test
    void aBrokenStackFileIsBadInputNamingTheFile() throws Exception {
        Files.writeString(project.resolve("Pulumi.qa.yaml"), "config: [unclosed\n");
        RedeployTimer t = timer(RedeployOptions.builder(), Ticker.atSeconds());

        assertThatThrownBy(t::run).isInstanceOf(PreconditionFailure.class)
                .hasMessageContaining("stack file " + project.resolve("Pulumi.qa.yaml") + " is not valid YAML");
    }

    @Test
    void aRecordFileCanBeChosen() throws Exception {
        when(ops.up()).thenReturn(SAME, SAME);
        Path file = project.resolve("elsewhere/timing.json");

        timer(RedeployOptions.builder().recordFile(file), Ticker.atSeconds(0, 1, 1, 2)).run();

        assertThat(RedeployRecord.read(file)).isPresent();
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void aRunWithDebugAttachedProvidersSaysSoAndNamesTheBackendWithoutItsCredentials() throws Exception {
        when(ops.up()).thenReturn(FIRST, SAME);
        when(ops.backendUrl()).thenReturn(Optional.of("https://ci-user:hunter2@state.example.com/pulumi?sig=s3cr3t"));
        env = new HashMap<>(env);
        env.put("PULUMI_DEBUG_PROVIDERS", "azure-native:40001,datadog:40002,pagerduty:40003");

        RedeployRecord r = timer(RedeployOptions.builder(), Ticker.atSeconds(0, 10, 10, 12)).run();

        assertThat(r.provenance()).isEqualTo(new RedeployProvenance("https://state.example.com/pulumi",
                List.of("azure-native", "datadog", "pagerduty")));
        String written = Files.readString(project.resolve("target/prr/qa/redeploy.json"));
        assertThat(written).contains("\"providers\" : \"debug-attached\"", "\"backend\" : \"https://state.example.com/pulumi\"")
                .doesNotContain("hunter2", "s3cr3t", "40001");
        assertThat(r.verdict()).as("the run itself is judged as usual").isEqualTo(Verdict.PASS);
        assertThat(r.assess(CLOCK, RedeployRecord.DEFAULT_MAX_AGE).status()).isEqualTo(RedeployItemStatus.NOT_MEASURED);
    }

    @Test
    void aRunThatCannotReadTheBackendRecordsItAsUnknown() throws Exception {
        when(ops.up()).thenReturn(FIRST, SAME);
        when(ops.backendUrl()).thenReturn(Optional.empty());

        RedeployRecord r = timer(RedeployOptions.builder(), Ticker.atSeconds(0, 10, 10, 12)).run();

        assertThat(r.provenance()).isEqualTo(new RedeployProvenance(null, List.of()));
        assertThat(new ObjectMapper().readTree(project.resolve("target/prr/qa/redeploy.json").toFile()).get("backend").isNull()).isTrue();
    }

    @Test
    void anAnalyzerExecutableIsAcceptedAsThePolicyPack() throws Exception {
        when(ops.up()).thenReturn(FIRST, SAME);
        Path analyzer = Files.writeString(project.resolve("pulumi-analyzer-policy-nodejs"), "#!/bin/sh\n");
        Path notExecutable = Files.writeString(project.resolve("not-a-pack"), "text\n");
        assertThat(analyzer.toFile().setExecutable(true)).isTrue();

        assertThat(timer(RedeployOptions.builder().policyPack(analyzer), Ticker.atSeconds(0, 1, 1, 2)).run().verdict())
                .isEqualTo(Verdict.PASS);
        assertThatThrownBy(() -> timer(RedeployOptions.builder().policyPack(notExecutable), Ticker.atSeconds(0, 1, 1, 2)).run())
                .isInstanceOf(PreconditionFailure.class).hasMessageContaining("policy pack not found at " + notExecutable);
    }
}
