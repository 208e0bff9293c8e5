package dev.readyservice.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.StructValues;
import dev.readyservice.review.WireValues;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.AnalyzerOuterClass;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerResource;

class AnalyzerClientTest {
    private final FakeAnalyzer fake = new FakeAnalyzer();
    private Server server;
    private AnalyzerClient client;

    @BeforeEach
    void start() throws IOException {
        name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name).directExecutor().addService(fake.withTrailers()).build().start();
        client = new AnalyzerClient(InProcessChannelBuilder.forName(name).directExecutor().build(), Duration.ofSeconds(5));
    }

    private final List<AnalyzerClient> more = new java.util.ArrayList<>();
    private String name;

    /** Another client of the same fake pack (a fresh cache of answers sent ahead). */
    private AnalyzerClient newClient() {
        AnalyzerClient another = new AnalyzerClient(InProcessChannelBuilder.forName(name).directExecutor().build(), Duration.ofSeconds(5));
        more.add(another);
        return another;
    }

    @AfterEach
    void stop() {
        more.forEach(AnalyzerClient::close);
        client.close();
        server.shutdownNow();
    }

    private PackInfo pack() {
        return new PackInfo("readyservice-prr", "0.1.0", AnalyzerFixtures.manifest());
    }

    @Test
    void configuresEveryPolicyWithTheConfigLevelOrThePacksOwn() {
        PolicyConfig config = new PolicyConfig(Path.of("qa.json"), Map.of("enable-storage-encryption",
                new PolicyConfig.Entry(Optional.of(EnforcementLevel.MANDATORY), Map.of("requireCmk", true))));

        Map<String, EnforcementLevel> levels = client.configure(client.info(), config);

        assertThat(levels).containsExactly(Map.entry("enable-storage-encryption", EnforcementLevel.MANDATORY),
                Map.entry("missing-golden-signal-monitors", EnforcementLevel.MANDATORY));
        Map<String, AnalyzerOuterClass.PolicyConfig> sent = fake.configures.get(0).getPolicyConfigMap();
        assertThat(sent.get("enable-storage-encryption").getEnforcementLevel()).isEqualTo(AnalyzerOuterClass.EnforcementLevel.MANDATORY);
        assertThat(sent.get("enable-storage-encryption").getProperties().getFieldsOrThrow("requireCmk").getBoolValue()).isTrue();
        // A policy the file does not name keeps the pack's initial config, as the CLI sends it.
        assertThat(sent.get("missing-golden-signal-monitors").getProperties().getFieldsOrThrow("kind").getStringValue()).isEqualTo("threshold");
    }

    @Test
    void allGivesEveryPolicyItsLevelUnlessThePolicyHasItsOwnAndIsSentAsTheCliSendsIt() {
        PolicyConfig config = new PolicyConfig(Path.of("qa.json"), Map.of("enable-storage-encryption",
                new PolicyConfig.Entry(Optional.of(EnforcementLevel.MANDATORY), Map.of())), Optional.of(EnforcementLevel.DISABLED));

        Map<String, EnforcementLevel> levels = client.configure(client.info(), config);

        assertThat(levels).containsExactly(Map.entry("enable-storage-encryption", EnforcementLevel.MANDATORY),
                Map.entry("missing-golden-signal-monitors", EnforcementLevel.DISABLED));
        Map<String, AnalyzerOuterClass.PolicyConfig> sent = fake.configures.get(0).getPolicyConfigMap();
        assertThat(sent.get("missing-golden-signal-monitors").getEnforcementLevel()).isEqualTo(AnalyzerOuterClass.EnforcementLevel.DISABLED);
        assertThat(sent.get("all").getEnforcementLevel()).isEqualTo(AnalyzerOuterClass.EnforcementLevel.DISABLED);
        assertThat(sent.get("all").hasProperties()).as("@pulumi/policy fails on an entry without properties").isTrue();
    }

    @Test
    void configOverlaysThePacksInitialProperties() {
        PolicyConfig config = new PolicyConfig(Path.of("qa.json"), Map.of("missing-golden-signal-monitors",
                new PolicyConfig.Entry(Optional.of(EnforcementLevel.ADVISORY), Map.of("kind", "anomaly"))));

        client.configure(client.info(), config);

        AnalyzerOuterClass.PolicyConfig sent = fake.configures.get(0).getPolicyConfigMap().get("missing-golden-signal-monitors");
        assertThat(sent.getEnforcementLevel()).isEqualTo(AnalyzerOuterClass.EnforcementLevel.ADVISORY);
        assertThat(sent.getProperties().getFieldsOrThrow("kind").getStringValue()).isEqualTo("anomaly");
        assertThat(sent.getProperties().getFieldsOrThrow("signals").getNumberValue()).isEqualTo(4.0);
    }

    @Test
    void aConfigNamingAnUnknownPolicyFailsBeforeConfigure() {
        PolicyConfig config = new PolicyConfig(Path.of("prod.json"), Map.of("no-such-policy",
                new PolicyConfig.Entry(Optional.empty(), Map.of())));

        assertThatThrownBy(() -> client.configure(client.info(), config))
                .isInstanceOf(PolicyConfigException.class)
                .hasMessageContaining("prod.json").hasMessageContaining("no-such-policy").hasMessageContaining("enable-storage-encryption");
        assertThat(fake.configures).isEmpty();
    }

    @Test
    void aConfigBreakingThePolicySchemaFailsBeforeConfigure() {
        fake.info = fake.info.toBuilder().setPolicies(0, fake.info.getPolicies(0).toBuilder().setConfigSchema(
                AnalyzerOuterClass.PolicyConfigSchema.newBuilder().setProperties(StructValues.toStruct(Map.of("requireCmk", Map.of("type", "boolean"))))))
                .build();
        PolicyConfig config = new PolicyConfig(Path.of("qa.json"), Map.of("enable-storage-encryption",
                new PolicyConfig.Entry(Optional.empty(), Map.of("requireCmk", "yes"))));

        assertThatThrownBy(() -> client.configure(client.info(), config))
                .isInstanceOf(PolicyConfigException.class)
                .hasMessage("policy config qa.json: policy 'enable-storage-encryption': property 'requireCmk' is \"yes\"; allowed: boolean");
        assertThat(fake.configures).isEmpty();
    }

    @Test
    void aConfigThePackRejectsNamesTheFile() {
        fake.rejectConfigure = "property requireCmk must be boolean";

        assertThatThrownBy(() -> client.configure(client.info(), PolicyConfig.none()))
                .isInstanceOf(PolicyConfigException.class)
                .hasMessageContaining("rejected").hasMessageContaining("requireCmk must be boolean")
                .satisfies(e -> assertThat(((PolicyPackException) e).exitCode()).isEqualTo(2));
    }

    @Test
    void analysesEveryResourceWithOptionsAndProvider() {
        client.analyze(AnalyzerFixtures.preview(), pack());

        // The engine analyses every registration it steps on: the stack and components too, and the
        // default provider it registers itself, before its first user.
        String defaultDatadog = "urn:pulumi:qa::shop::pulumi:providers:datadog::default_3_40_0";
        assertThat(fake.analyzed).extracting(AnalyzeRequest::getUrn).containsExactly(AnalyzerFixtures.STACK_URN,
                AnalyzerFixtures.COMPONENT_URN, AnalyzerFixtures.PROVIDER_URN, AnalyzerFixtures.STORAGE_URN, defaultDatadog,
                AnalyzerFixtures.MONITOR_URN);
        assertThat(fake.analyzed.get(4).getProperties().getFieldsOrThrow("version").getStringValue()).isEqualTo("3.40.0");
        assertThat(fake.analyzed.get(4).hasProvider()).isFalse();
        assertThat(fake.analyzed.get(1).getProperties().getFieldsOrThrow("product").getStringValue()).isEqualTo("shop");
        assertThat(fake.analyzed.get(1).hasProvider()).isFalse();
        AnalyzeRequest storage = fake.analyzed.get(3);
        assertThat(storage.hasOptions()).isTrue();
        assertThat(storage.getOptions().getProtect()).isTrue();
        assertThat(storage.getOptions().getParent()).isEqualTo(AnalyzerFixtures.COMPONENT_URN);
        assertThat(storage.getProvider().getUrn()).isEqualTo(AnalyzerFixtures.PROVIDER_URN);
        assertThat(storage.getProvider().getProperties().getFieldsOrThrow("location").getStringValue()).isEqualTo("westeurope");
        // Secrets and unknowns travel in wire form, as the engine sends them.
        assertThat(storage.getProperties().getFieldsOrThrow("accessKey").getStructValue().getFieldsOrThrow(WireValues.SIG_KEY)
                .getStringValue()).isEqualTo(WireValues.SECRET_SIG);
        assertThat(storage.getProperties().getFieldsOrThrow("id").getStringValue()).isEqualTo(WireValues.UNKNOWN);
        AnalyzeRequest monitor = fake.analyzed.get(5);
        assertThat(monitor.getProvider().getUrn()).isEqualTo("urn:pulumi:qa::shop::pulumi:providers:datadog::default_3_40_0");
        assertThat(monitor.getProperties().getFieldsOrThrow("priority").getNumberValue()).isEqualTo(2.0);
        assertThat(fake.analyzed.get(2).hasProvider()).isFalse();
    }

    @Test
    void analyseStackCarriesEveryResourceIncludingComponents() {
        client.analyze(AnalyzerFixtures.preview(), pack());

        List<AnalyzerResource> resources = fake.stacks.get(0).getResourcesList();
        assertThat(resources).extracting(AnalyzerResource::getType).containsExactly("pulumi:pulumi:Stack",
                "readiness:index:ReadyService", "pulumi:providers:azure-native", "azure-native:storage:StorageAccount",
                "pulumi:providers:datadog", "datadog:index/monitor:Monitor");
        AnalyzerResource storage = resources.get(3);
        assertThat(storage.getParent()).isEqualTo(AnalyzerFixtures.COMPONENT_URN);
        assertThat(storage.getDependenciesList()).containsExactly(AnalyzerFixtures.PROVIDER_URN);
        assertThat(storage.getPropertyDependenciesMap().get("location").getUrnsList()).containsExactly(AnalyzerFixtures.PROVIDER_URN);
        assertThat(resources.get(1).hasOptions()).isTrue();
        assertThat(resources.get(1).hasProvider()).isFalse();
    }

    @Test
    void analyzeGetsInputsButAnalyzeStackGetsThePreviewsOutputs() {
        client.analyze(AnalyzerFixtures.preview(), pack());

        Map<String, AnalyzerResource> stack = new java.util.HashMap<>();
        fake.stacks.get(0).getResourcesList().forEach(r -> stack.put(r.getUrn(), r));
        AnalyzeRequest analyzedStorage = fake.analyzed.stream().filter(r -> r.getUrn().equals(AnalyzerFixtures.STORAGE_URN)).findFirst().orElseThrow();
        // Analyze: the inputs as the program gave them, path parameter included.
        assertThat(analyzedStorage.getProperties().getFieldsMap()).containsKey("accountName");
        // AnalyzeStack: the response shape; the path parameter is gone, an unset output is unknown.
        var storageOutputs = stack.get(AnalyzerFixtures.STORAGE_URN).getProperties().getFieldsMap();
        assertThat(storageOutputs).doesNotContainKey("accountName");
        assertThat(storageOutputs.get("minimumTlsVersion").getStringValue()).isEqualTo("TLS1_2");
        assertThat(storageOutputs.get("primaryEndpoints").getStringValue()).isEqualTo(WireValues.UNKNOWN);
        // A component: only what it registered; a bridged resource: its inputs and an unknown id.
        assertThat(stack.get(AnalyzerFixtures.COMPONENT_URN).getProperties().getFieldsMap()).containsOnlyKeys("resourceGroupName");
        var monitorOutputs = stack.get(AnalyzerFixtures.MONITOR_URN).getProperties().getFieldsMap();
        assertThat(monitorOutputs.get("priority").getNumberValue()).isEqualTo(2.0);
        assertThat(monitorOutputs.get("id").getStringValue()).isEqualTo(WireValues.UNKNOWN);
    }

    @Test
    void turnsDiagnosticsIntoFindingsWithItemsAndOutcomes() {
        fake.diagnosticsByType.put("azure-native:storage:StorageAccount", List.of(FakeAnalyzer.diagnostic("enable-storage-encryption",
                AnalyzerOuterClass.EnforcementLevel.MANDATORY, "[waived] no CMK in qa; approver: a@b; expires 2027-01-01", "")));
        fake.stackDiagnostics.add(FakeAnalyzer.diagnostic("missing-golden-signal-monitors",
                AnalyzerOuterClass.EnforcementLevel.ADVISORY, "component api has no saturation monitor", ""));
        fake.stackDiagnostics.add(FakeAnalyzer.diagnostic("not-in-manifest",
                AnalyzerOuterClass.EnforcementLevel.REMEDIATE, "[undecided] unknown", AnalyzerFixtures.MONITOR_URN));

        List<Finding> findings = client.analyze(AnalyzerFixtures.preview(), pack()).findings();

        assertThat(findings).containsExactly(
                new Finding("enable-storage-encryption", List.of("security.encryption-at-rest"), EnforcementLevel.MANDATORY,
                        Outcome.WAIVED, "no CMK in qa; approver: a@b; expires 2027-01-01", AnalyzerFixtures.STORAGE_URN),
                new Finding("missing-golden-signal-monitors", List.of("monitoring.golden-signals", "monitoring.anomaly-alerts"),
                        EnforcementLevel.ADVISORY, Outcome.VIOLATION, "component api has no saturation monitor", ""),
                new Finding("not-in-manifest", List.of(), EnforcementLevel.REMEDIATE, Outcome.UNDECIDED, "unknown",
                        AnalyzerFixtures.MONITOR_URN));
    }

    @Test
    void answersSentAheadAreReusedOnlyForTheSameRequestSoTheAnalysisIsTheSame() {
        fake.diagnosticsByType.put("azure-native:storage:StorageAccount", List.of(FakeAnalyzer.diagnostic("enable-storage-encryption",
                AnalyzerOuterClass.EnforcementLevel.MANDATORY, "no CMK", "")));
        fake.stackDiagnostics.add(FakeAnalyzer.diagnostic("missing-golden-signal-monitors",
                AnalyzerOuterClass.EnforcementLevel.ADVISORY, "component api has no saturation monitor", ""));
        Preview whole = AnalyzerFixtures.preview();
        Analysis alone = client.analyze(whole, pack());
        int requests = fake.analyzed.size();
        fake.analyzed.clear();
        fake.stacks.clear();

        // Ahead with the whole preview: analyze() sends nothing again.
        AnalyzerClient ahead = newClient();
        ahead.analyzeAhead(() -> whole);
        assertThat(fake.analyzed).hasSize(requests);
        assertThat(fake.stacks).hasSize(1);
        assertThat(ahead.analyze(whole, pack())).isEqualTo(alone);
        assertThat(fake.analyzed).hasSize(requests);
        assertThat(fake.stacks).hasSize(1);
        ahead.close();

        // Ahead with the first resources only: the rest, and the stack, are sent again.
        fake.analyzed.clear();
        fake.stacks.clear();
        Preview partial = new Preview(whole.project(), whole.stack(), whole.resources().subList(0, 2), List.of(), java.util.Set.of(),
                Duration.ZERO);
        AnalyzerClient early = newClient();
        early.analyzeAhead(() -> partial);
        int sentAhead = fake.analyzed.size();
        assertThat(sentAhead).isPositive().isLessThan(requests);
        assertThat(early.analyze(whole, pack())).isEqualTo(alone);
        assertThat(fake.analyzed).extracting(AnalyzeRequest::getUrn).doesNotHaveDuplicates().hasSize(requests);
        assertThat(fake.stacks).hasSize(2);
        assertThat(fake.stacks.get(1).getResourcesCount()).isGreaterThan(fake.stacks.get(0).getResourcesCount());
        early.close();
    }

    @Test
    void sendsNoStackAheadWhileTheProgramStillRegisters() {
        Preview whole = AnalyzerFixtures.preview();
        Analysis alone = client.analyze(whole, pack());
        fake.analyzed.clear();
        fake.stacks.clear();
        Preview partial = new Preview(whole.project(), whole.stack(), whole.resources().subList(0, 2), List.of(), java.util.Set.of(),
                Duration.ZERO);
        java.util.Iterator<Preview> registering = List.of(partial, whole).iterator();

        AnalyzerClient ahead = newClient();
        ahead.analyzeAhead(() -> registering.hasNext() ? registering.next() : whole);

        assertThat(fake.stacks).isEmpty();
        assertThat(ahead.analyze(whole, pack())).isEqualTo(alone);
        assertThat(fake.stacks).hasSize(1);
        assertThat(fake.analyzed).extracting(AnalyzeRequest::getUrn).doesNotHaveDuplicates();
        ahead.close();
    }

    @Test
    void outputsRegisteredWhileTheAheadRanAreAnalysedNotTheStackSentBeforeThem() {
        Preview whole = AnalyzerFixtures.preview();
        // The stack registers its outputs while the ahead's Analyze calls are answered: as many
        // registrations as before, one of them changed.
        List<RecordedResource> withOutputs = new java.util.ArrayList<>(whole.resources());
        withOutputs.set(0, withOutputs.get(0).withOutputs(java.util.Map.of("endpoint", "https://shop.example.com")));
        Preview later = new Preview(whole.project(), whole.stack(), withOutputs, List.of(), java.util.Set.of(), Duration.ZERO);
        Analysis alone = client.analyze(later, pack());
        fake.analyzed.clear();
        fake.stacks.clear();
        java.util.Iterator<Preview> registering = List.of(whole, later).iterator();

        AnalyzerClient ahead = newClient();
        ahead.analyzeAhead(() -> registering.hasNext() ? registering.next() : later);
        assertThat(ahead.analyze(later, pack())).isEqualTo(alone);

        assertThat(fake.stacks).isNotEmpty();
        assertThat(fake.stacks.get(fake.stacks.size() - 1).getResources(0).getProperties().getFieldsMap()).containsKey("endpoint");
        assertThat(fake.stacks).allSatisfy(stack -> assertThat(stack.getResources(0).getProperties().getFieldsMap()).containsKey("endpoint"));
        ahead.close();
    }

    @Test
    void theSameRegistrationsAheadAreAnsweredWithoutAnyRequestAgain() {
        Preview whole = AnalyzerFixtures.preview();
        Analysis alone = client.analyze(whole, pack());
        int requests = fake.analyzed.size();
        fake.analyzed.clear();
        fake.stacks.clear();
        // Equal registrations, not the same objects (a caller other than the engine may build its own).
        AnalyzerClient ahead = newClient();
        ahead.analyzeAhead(() -> new Preview(whole.project(), whole.stack(), whole.resources().stream()
                .map(r -> r.custom() ? r : r.withOutputs(r.outputs())).toList(), List.of(), java.util.Set.of(), Duration.ZERO));

        assertThat(ahead.analyze(whole, pack())).isEqualTo(alone);
        assertThat(fake.analyzed).hasSize(requests);
        assertThat(fake.stacks).hasSize(1);
        // Another stack is another preview: nothing is reused.
        Preview other = new Preview(whole.project(), "prod", whole.resources(), List.of(), java.util.Set.of(), Duration.ZERO);
        ahead.analyze(other, pack());
        assertThat(fake.stacks).hasSize(2);
        ahead.close();
    }

    /** What the pack sends for a web app tagged internal that the internet reaches, beside one it does not. */
    static final String JUDGEMENT = """
            [{"name":"batch","customerFacing":false},
             {"name":"web","customerFacing":true,"exposure":{"undecided":false,
              "why":"web app 'shop-web' (publicNetworkAccess 'Enabled', and its access restrictions do not deny the internet)"}}]""";

    @Test
    void carriesThePacksJudgementOfTheComponentsFromTheAnalyzeStackTrailer() {
        fake.stackJudgement = JUDGEMENT;

        Analysis analysis = client.analyze(AnalyzerFixtures.preview(), pack());

        assertThat(analysis.components()).contains(List.of(
                new JudgedComponent("batch", false, "", false),
                new JudgedComponent("web", true,
                        "web app 'shop-web' (publicNetworkAccess 'Enabled', and its access restrictions do not deny the internet)", false)));
        assertThat(analysis.components().get().get(1).raisedByReachability()).isTrue();
        assertThat(analysis.components().get().get(0).raisedByReachability()).isFalse();
        // Sent ahead, the stack's answer keeps its trailer.
        AnalyzerClient ahead = newClient();
        ahead.analyzeAhead(AnalyzerFixtures::preview);
        fake.stackJudgement = null;
        assertThat(ahead.analyze(AnalyzerFixtures.preview(), pack())).isEqualTo(analysis);
    }

    @Test
    void anAnswerWithoutTheTrailerCarriesNoJudgement() {
        assertThat(client.analyze(AnalyzerFixtures.preview(), pack()).components()).isEmpty();
    }

    @Test
    void aMalformedJudgementIsAPackFailure() {
        fake.stackJudgement = "[{\"name\":\"web\"}]";
        assertThatThrownBy(() -> client.analyze(AnalyzerFixtures.preview(), pack())).isInstanceOf(PolicyPackException.class)
                .hasMessageContaining("malformed judgement of the components").hasMessageContaining("customerFacing");
    }

    @Test
    void aFailureAheadIsReportedByAnalyzeOnly() {
        fake.failAnalyze = true;
        client.analyzeAhead(AnalyzerFixtures::preview);
        assertThatThrownBy(() -> client.analyze(AnalyzerFixtures.preview(), pack())).isInstanceOf(PolicyPackException.class);
    }

    @Test
    void keepsOnlyTheNotApplicableReasonsAPolicyGaveItself() {
        fake.notApplicableByType.put("azure-native:storage:StorageAccount", List.of(
                FakeAnalyzer.notApplicable("missing-golden-signal-monitors", "Policy only applies to resources of type 'datadog:index/monitor:Monitor'"),
                FakeAnalyzer.notApplicable("enable-storage-encryption", "Policy does not implement validateResource"),
                FakeAnalyzer.notApplicable("enable-storage-encryption", "queue-only account holds no data")));
        fake.stackNotApplicable.add(FakeAnalyzer.notApplicable("enable-backups", "no stateful resource in this stack"));

        Analysis analysis = client.analyze(AnalyzerFixtures.preview(), pack());

        assertThat(analysis.notApplicable()).containsExactly(
                new NotApplicable("enable-storage-encryption", "queue-only account holds no data", AnalyzerFixtures.STORAGE_URN),
                new NotApplicable("enable-backups", "no stateful resource in this stack", ""));
        assertThat(analysis.notApplicableFor("enable-backups")).hasSize(1);
        assertThat(analysis.notApplicableFor("missing-golden-signal-monitors")).isEmpty();
    }

    @Test
    void configuresTheStackAsTheEngineDoes() {
        client.configureStack(AnalyzerFixtures.preview());

        AnalyzerOuterClass.AnalyzerStackConfigureRequest sent = fake.stackConfigures.get(0);
        assertThat(sent.getStack()).isEqualTo("qa");
        assertThat(sent.getProject()).isEqualTo("shop");
        assertThat(sent.getDryRun()).isTrue();
        assertThat(sent.getTagsMap()).containsEntry("pulumi:project", "shop");
    }

    @Test
    void sendsTheStackConfigAndItsSecretKeysAsTheCliDoes() {
        StackUnderReview stack = new StackUnderReview("shop", "dev", "organization",
                Map.of("readyservice:environment", "qa", "shop:token", "[secret: not decrypted offline]"), java.util.Set.of("shop:token"));

        client.configureStack(stack);

        AnalyzerOuterClass.AnalyzerStackConfigureRequest sent = fake.stackConfigures.get(0);
        assertThat(sent.getStack()).isEqualTo("dev");
        assertThat(sent.getOrganization()).isEqualTo("organization");
        assertThat(sent.getConfigMap()).containsEntry("readyservice:environment", "qa").hasSize(2);
        assertThat(sent.getConfigSecretKeysList()).containsExactly("shop:token");
        assertThat(stack.launchEnvironment()).containsEntry("PULUMI_NODEJS_STACK", "dev").containsEntry("PULUMI_STACK", "dev")
                .containsEntry("PULUMI_NODEJS_PROJECT", "shop").containsEntry("PULUMI_DRY_RUN", "true")
                .containsEntry("PULUMI_CONFIG", "{\"readyservice:environment\":\"qa\",\"shop:token\":\"[secret: not decrypted offline]\"}");
    }

    @Test
    void anOlderPackWithoutConfigureStackIsFineButAFailingOneIsNot() {
        fake.implementsConfigureStack = false;
        client.configureStack(AnalyzerFixtures.preview());
        assertThat(fake.stackConfigures).isEmpty();

        fake.implementsConfigureStack = true;
        fake.configureStackError = io.grpc.Status.INTERNAL.withDescription("bad tags");
        assertThatThrownBy(() -> client.configureStack(AnalyzerFixtures.preview()))
                .isInstanceOf(PolicyPackException.class).hasMessageContaining("ConfigureStack").hasMessageContaining("bad tags");
    }

    @Test
    void severalAnalyzeCallsAreInFlightButFindingsKeepThePreviewsOrder() {
        List<RecordedResource> monitors = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String urn = AnalyzerFixtures.MONITOR_URN + "-" + i;
            monitors.add(new RecordedResource(urn, "test:index:Monitor" + i, "m" + i, true, AnalyzerFixtures.COMPONENT_URN,
                    Map.of("type", "metric alert"), List.of(), Map.of(), "", false, false, "", "3.40.0"));
            fake.diagnosticsByType.put("test:index:Monitor" + i, List.of(FakeAnalyzer.diagnostic("missing-golden-signal-monitors",
                    AnalyzerOuterClass.EnforcementLevel.MANDATORY, "finding " + i, urn)));
        }
        fake.answerAfterMillis = 60;

        Analysis analysis = client.analyze(new Preview("shop", "qa", monitors, List.of(), Set.of(), Duration.ZERO), pack());

        assertThat(analysis.findings()).extracting(Finding::message)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 40).mapToObj(i -> "finding " + i).toList());
        assertThat(fake.mostInFlight.get()).isGreaterThan(1).isLessThanOrEqualTo(AnalyzerClient.ANALYZE_WINDOW);
    }

    @Test
    void aFailingAnalyzeIsAPackFailureNamingTheResource() {
        fake.failAnalyze = true;

        assertThatThrownBy(() -> client.analyze(AnalyzerFixtures.preview(), pack()))
                .isInstanceOf(PolicyPackException.class)
                .hasMessageContaining("Analyze of " + AnalyzerFixtures.STACK_URN).hasMessageContaining("policy threw: boom")
                .satisfies(e -> assertThat(((PolicyPackException) e).exitCode()).isEqualTo(3));
    }

    @Test
    void runnerAppliesConfiguredLevelsToThePackInfo() {
        PolicyConfig config = new PolicyConfig(Path.of("qa.json"), Map.of("enable-storage-encryption",
                new PolicyConfig.Entry(Optional.of(EnforcementLevel.DISABLED), Map.of())));

        Analysis analysis = PolicyPackSession.analyze(client, AnalyzerFixtures.manifest(), EnvironmentRule.unstated(), config,
                StackUnderReview.of("shop", "qa"), AnalyzerFixtures.preview());

        assertThat(analysis.pack().name()).isEqualTo("readyservice-prr");
        assertThat(analysis.pack().version()).isEqualTo("0.1.0");
        assertThat(analysis.pack().policy("enable-storage-encryption").orElseThrow().enforcementLevel()).isEqualTo(EnforcementLevel.DISABLED);
        assertThat(analysis.pack().policy("missing-golden-signal-monitors").orElseThrow().enforcementLevel())
                .isEqualTo(EnforcementLevel.MANDATORY);
        assertThat(analysis.findings()).isEmpty();
        assertThat(analysis.pack().levelSettings()).containsExactly(
                Map.entry("enable-storage-encryption", "qa.json sets \"enable-storage-encryption\": enforcementLevel disabled"));
        // The fixture manifest states no environment rule, so even a stack named qa is judged the strictest.
        assertThat(analysis.pack().environment().name()).isEqualTo("prod");
    }

    @Test
    void aLevelTheConfigGaveWithoutAnEntryOfItsOwnIsNamedAsTheAllKey() {
        PolicyConfig config = new PolicyConfig(Path.of("prod.json"), Map.of());
        Map<String, EnforcementLevel> levels = Map.of("enable-storage-encryption", EnforcementLevel.DISABLED,
                "missing-golden-signal-monitors", EnforcementLevel.MANDATORY);

        assertThat(PolicyPackSession.levelSettings(AnalyzerFixtures.manifest(), config, levels)).containsExactly(
                Map.entry("enable-storage-encryption", "prod.json gives it enforcementLevel disabled (no entry of its own: the \"all\" key)"));
    }

    @Test
    void anUnavailableAnalyzerIsAPackFailure() {
        server.shutdownNow();

        assertThatThrownBy(() -> client.info()).isInstanceOf(PolicyPackException.class).hasMessageContaining("GetAnalyzerInfo");
        assertThatThrownBy(() -> client.analyze(new dev.readyservice.review.Preview("shop", "qa", List.of(), List.of(), java.util.Set.of(), Duration.ZERO), pack()))
                .isInstanceOf(PolicyPackException.class).hasMessageContaining("AnalyzeStack");
    }

    @Test
    void aFindingOfAMultiItemPolicyAffectsOnlyTheItemsItsMessageNames() {
        List<String> items = List.of("customer.onboarding", "customer.first-line");
        assertThat(AnalyzerClient.itemsOf(items, "customer.first-line has no sign-off")).containsExactly("customer.first-line");
        assertThat(AnalyzerClient.itemsOf(items, "sign-offs are stale")).isEqualTo(items);
        assertThat(AnalyzerClient.itemsOf(List.of("a.b"), "nothing named")).containsExactly("a.b");
    }

    @Test
    void readsTheMessageAfterThePolicyDescription() {
        pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic withMessage = pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic.newBuilder()
                .setDescription("TLS floor").setMessage("TLS floor\n[platform-limit] TLS1_2 is the highest").build();
        pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic descriptionOnly = withMessage.toBuilder().setMessage("TLS floor").build();
        pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic objectForm = withMessage.toBuilder().setMessage("[waived] ok").build();

        assertThat(AnalyzerClient.reportedMessage(withMessage)).isEqualTo("[platform-limit] TLS1_2 is the highest");
        assertThat(AnalyzerClient.reportedMessage(descriptionOnly)).isEqualTo("TLS floor");
        assertThat(AnalyzerClient.reportedMessage(objectForm)).isEqualTo("[waived] ok");
        assertThat(AnalyzerClient.reportedMessage(withMessage.toBuilder().setDescription("").build()))
                .isEqualTo("TLS floor\n[platform-limit] TLS1_2 is the highest");
    }
}
