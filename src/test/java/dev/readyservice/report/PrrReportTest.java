package dev.readyservice.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.analyzer.Analysis;
import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.report.rules.ProductComponents;
import dev.readyservice.report.rules.ProviderTypes;
import dev.readyservice.report.rules.ReportBuilder;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.WireValues;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrrReportTest {
    private final PrrReport report = ReportFixtures.report();

    private ItemResult item(String id) {
        return report.items().stream().filter(i -> i.item().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void decidesEachItemOfTheFixture() {
        assertThat(report.items()).hasSize(27);
        assertThat(item("security.encryption-at-rest").status()).isEqualTo(ItemStatus.WAIVED);
        assertThat(item("security.tls-in-transit").status()).isEqualTo(ItemStatus.PASS);
        assertThat(item("security.tls-in-transit").platformLimits()).hasSize(1);
        assertThat(item("monitoring.anomaly-alerts").status()).isEqualTo(ItemStatus.FAIL);
        assertThat(item("customer.onboarding").status()).isEqualTo(ItemStatus.SIGNED_OFF);
        assertThat(item("customer.first-line").status()).isEqualTo(ItemStatus.MISSING_SIGN_OFF);
        assertThat(item("quality.redeploy-time").status()).isEqualTo(ItemStatus.NOT_MEASURED);
        assertThat(item("security.backups").status()).isEqualTo(ItemStatus.NOT_APPLICABLE);
        assertThat(item("pagerduty.escalation").reason()).isEqualTo("every policy that proves this item is disabled by the policy config");
        assertThat(item("capacity.autoscaling").isOpenAction()).isTrue();
        assertThat(item("capacity.plan").isOpenAction()).isFalse();
        assertThat(report.verdict()).isEqualTo(Verdict.NOT_READY);
        assertThat(report.generatedAt()).isEqualTo(ReportFixtures.CLOCK.instant());
        assertThat(report.unassignedFindings()).extracting(f -> f.policy()).containsExactly("legacy-check");
    }

    @Test
    void evidenceMasksSecretsAndMarksUnknowns() {
        Evidence storage = item("security.encryption-at-rest").evidence().get(0);

        assertThat(storage.urn()).isEqualTo(ReportFixtures.STORAGE);
        assertThat(storage.component()).isEqualTo("api");
        assertThat(storage.properties().get("encryption")).isEqualTo("{keyVaultProperties: {keyName: [secret]}, requireInfrastructureEncryption: true}");
        assertThat(storage.properties().get("primaryKey")).isEqualTo("[unknown]");
        assertThat(report.toString()).doesNotContain(ReportFixtures.SECRET);
    }

    @Test
    void notesTheSecretConfigTheReviewCouldNotDecryptByKeyOnly() {
        assertThat(report.notes()).singleElement().asString()
                .startsWith("2 secure config key(s) could not be decrypted offline")
                .contains("shop:datadogApiKey, shop:pagerdutyToken");
        Preview noSecrets = new Preview("s", "p", List.of(), List.of(), Set.of(), java.time.Duration.ZERO);
        assertThat(ReportBuilder.build(noSecrets, ReportFixtures.analysis(), ProjectArtefacts.none("p"), ReportFixtures.CLOCK).notes()).isEmpty();
    }

    @Test
    void notesTheAzureNativeTypesWhosePreviewOutputsCouldNotBeDerived() {
        Preview preview = new Preview("s", "p", List.of(
                new RecordedResource("urn:pulumi:p::s::azure-native:nosuchmodule:Thing::t", "azure-native:nosuchmodule:Thing", "t", true, "",
                        Map.of(), List.of(), Map.of(), "", false, false, "", ""),
                new RecordedResource("urn:pulumi:p::s::azure-native:storage:StorageAccount::a", "azure-native:storage:StorageAccount", "a", true,
                        "", Map.of(), List.of(), Map.of(), "", false, false, "", "")), List.of(), Set.of(), java.time.Duration.ZERO);

        assertThat(ReportBuilder.build(preview, ReportFixtures.analysis(), ProjectArtefacts.none("p"), ReportFixtures.CLOCK).notes())
                .singleElement().asString().startsWith("model: not derived for azure-native:nosuchmodule:Thing:")
                .doesNotContain("StorageAccount");
    }

    @Test
    void listsTheResourcesOfProvidersThePackDoesNotJudgeInEveryFormat() {
        List<RecordedResource> resources = new java.util.ArrayList<>(ReportFixtures.preview().resources());
        resources.add(new RecordedResource("urn:pulumi:p::s::aws:s3/bucket:Bucket::logs", "aws:s3/bucket:Bucket", "logs", true, "",
                Map.of(), List.of(), Map.of(), "", false, false, "", ""));
        resources.add(new RecordedResource("urn:pulumi:p::s::random:index/randomId:RandomId::suffix", "random:index/randomId:RandomId", "suffix",
                true, "", Map.of(), List.of(), Map.of(), "", false, false, "", ""));
        resources.add(new RecordedResource("urn:pulumi:p::s::shop:index:Api::api", "shop:index:Api", "api", false, "",
                Map.of(), List.of(), Map.of(), "", false, false, "", ""));
        Preview preview = new Preview("s", "p", resources, List.of(), Set.of(), java.time.Duration.ZERO);
        PrrReport withOthers = ReportBuilder.build(preview, ReportFixtures.analysis(), ProjectArtefacts.none("p"), ReportFixtures.CLOCK);

        // Providers the fixture pack judges (azure-native, datadog, ...) and components are never listed.
        assertThat(withOthers.notAssessed()).extracting(ResourceSummary::type)
                .containsExactly("aws:s3/bucket:Bucket", "random:index/randomId:RandomId");
        assertThat(JsonReport.render(withOthers)).contains("\"notAssessed\" : [ {").contains("\"provider\" : \"aws\"");
        assertThat(MarkdownReport.render(withOthers)).contains("## Not assessed").contains("`urn:pulumi:p::s::random:index/randomId:RandomId::suffix` (provider `random`)");
        assertThat(HtmlReport.render(withOthers)).contains("<h2>Not assessed</h2>");
        assertThat(MarkdownReport.render(report)).doesNotContain("## Not assessed");
    }

    @Test
    void listsWhatTheVerdictRestsOnInEveryFormatAndWarnsOfApplyOnUnknownsOnlyWhenAnAnswerWasUnknown() {
        var fromConfig = new dev.readyservice.review.Assumption(dev.readyservice.review.Assumption.Kind.FUNCTION,
                "azure-native:authorization:getClientConfig", "", dev.readyservice.review.Assumption.Source.CONFIG, "from config");
        var unknown = new dev.readyservice.review.Assumption(dev.readyservice.review.Assumption.Kind.STACK_REFERENCE,
                "pulumi:pulumi:StackReference", "acme/net/qa", dev.readyservice.review.Assumption.Source.UNKNOWN, "outputs unknown");
        Preview base = ReportFixtures.preview();
        Preview known = new Preview(base.project(), base.stack(), base.resources(), base.logs(), Set.of(), base.programTime(), List.of(fromConfig));
        Preview withUnknown = new Preview(base.project(), base.stack(), base.resources(), base.logs(), Set.of(), base.programTime(),
                List.of(unknown, fromConfig, unknown, fromConfig));

        PrrReport quiet = ReportBuilder.build(known, ReportFixtures.analysis(), ProjectArtefacts.none("p"), ReportFixtures.CLOCK);
        PrrReport warned = ReportBuilder.build(withUnknown, ReportFixtures.analysis(), ProjectArtefacts.none("p"), ReportFixtures.CLOCK);

        assertThat(quiet.assumptions()).containsExactly(fromConfig);
        assertThat(quiet.notes()).isEmpty();
        assertThat(warned.notes()).containsExactly(ReportBuilder.UNKNOWN_ANSWERS_NOTE);
        assertThat(warned.assumptions()).as("each distinct answer once, in a fixed order").containsExactly(fromConfig, unknown);
        assertThat(JsonReport.render(warned)).contains("\"kind\" : \"stack-reference\"").contains("\"answer\" : \"unknown\"");
        assertThat(MarkdownReport.render(warned)).contains("| stack-reference | `pulumi:pulumi:StackReference` | acme/net/qa | **unknown** | outputs unknown |");
        assertThat(HtmlReport.render(warned)).contains("<h2>What the verdict rests on</h2>").contains("acme/net/qa");
        assertThat(MarkdownReport.render(ReportBuilder.build(new Preview(base.project(), base.stack(), base.resources(), base.logs(), Set.of(),
                base.programTime()), ReportFixtures.analysis(), ProjectArtefacts.none("p"), ReportFixtures.CLOCK)))
                .doesNotContain("What the verdict rests on");
    }

    @Test
    void inProdAnItemWithAPolicyTheConfigDisablesIsNotCheckedAndFailsWhateverItsOtherPoliciesFound() {
        Preview base = ReportFixtures.preview();
        Preview prod = new Preview(base.project(), "prod", base.resources(), base.logs(), Set.of(), base.programTime());
        var levels = Map.of("missing-sign-off", EnforcementLevel.DISABLED, "missing-escalation-policy", EnforcementLevel.DISABLED);
        Analysis disabledInProd = new Analysis(ReportFixtures.pack().withLevels(levels)
                .judging(new dev.readyservice.analyzer.JudgedEnvironment("prod", "stack name 'prod'"), Map.of()), List.of(), List.of());
        Analysis disabledInQa = new Analysis(ReportFixtures.pack().withLevels(levels), List.of(), List.of());

        PrrReport inProd = ReportBuilder.build(prod, disabledInProd, ProjectArtefacts.none("prod"), ReportFixtures.CLOCK);
        PrrReport inQa = ReportBuilder.build(base, disabledInQa, ProjectArtefacts.none("qa"), ReportFixtures.CLOCK);

        ItemResult onboarding = inProd.items().stream().filter(i -> i.item().id().equals("customer.onboarding")).findFirst().orElseThrow();
        assertThat(onboarding.status()).isEqualTo(ItemStatus.FAIL);
        assertThat(onboarding.reason()).startsWith("not checked as prod requires: missing-sign-off runs disabled");
        assertThat(inProd.items()).filteredOn(i -> i.item().id().equals("pagerduty.escalation")).singleElement()
                .satisfies(i -> assertThat(i.reason()).startsWith("not checked as prod requires: missing-escalation-policy runs disabled"));
        assertThat(inQa.items()).filteredOn(i -> i.item().id().equals("customer.onboarding")).singleElement()
                .satisfies(i -> assertThat(i.reason()).doesNotStartWith("not checked"));
        assertThat(inProd.items()).filteredOn(i -> i.item().id().equals("security.tls-in-transit")).singleElement()
                .satisfies(i -> assertThat(i.reason()).doesNotStartWith("not checked"));
    }

    @Test
    void groupsItemsBySection() {
        assertThat(report.sections().keySet()).containsExactly(Section.values());
        assertThat(report.sections().get(Section.CUSTOMER)).extracting(i -> i.item().id())
                .containsExactly("customer.onboarding", "customer.first-line", "customer.success");
    }

    @Test
    void derivesComponentsFromTagsSpecNamesAndParents() {
        ProductView product = report.product();

        assertThat(product.components()).extracting(ProductView.Component::name).containsExactly("api", "worker", "");
        ProductView.Component api = product.components().get(0);
        assertThat(api.customerFacing()).isTrue();
        assertThat(api.pagerduty()).extracting(ResourceSummary::name).containsExactly("shop-api");
        assertThat(api.datadog()).extracting(ResourceSummary::name).containsExactly("shop-api-latency");
        assertThat(product.components().get(1).customerFacing()).isFalse();
        assertThat(report.resources()).filteredOn(r -> r.urn().equals(ReportFixtures.RG)).extracting(ResourceSummary::component)
                .containsExactly("");
    }

    @Test
    void aChildWithoutTagsBelongsToItsParentsComponent() {
        String parent = "urn:p::s::azure-native:web:WebApp::api-app";
        Preview preview = new Preview("s", "p", List.of(
                new RecordedResource(parent, "azure-native:web:WebApp", "api-app", true, "",
                        Map.of("tags", Map.of("component", "api", "criticality", "customer-facing")), null, null, null, false, false, null, null),
                new RecordedResource("urn:p::s::azure-native:web:WebAppSlot::api-slot", "azure-native:web:WebAppSlot", "api-slot", true, parent,
                        Map.of(), null, null, null, false, false, null, null),
                new RecordedResource("urn:p::s::datadog:index/monitor:Monitor::m", "datadog:index/monitor:Monitor", "m", true, "",
                        Map.of("tags", List.of("component:ui", "criticality:internal")), null, null, null, false, false, null, null),
                new RecordedResource("urn:p::s::random:index:RandomId::r", "random:index:RandomId", "r", true, "",
                        Map.of(), null, null, null, false, false, null, null)),
                List.of(), Set.of(), java.time.Duration.ZERO);

        ProductView product = ProductComponents.of(preview);

        assertThat(product.components()).extracting(ProductView.Component::name).containsExactly("api", "ui");
        assertThat(product.components().get(0).azure()).extracting(ResourceSummary::name).containsExactly("api-app", "api-slot");
        assertThat(product.components().get(0).customerFacing()).isTrue();
    }

    @Test
    void theTeamsOwnAppAndPlanBelongToTheComponentWhoseMonitoringBlockRefersToThem() {
        String app = "urn:p::s::azure-native:web:WebApp::shop-api";
        String plan = "urn:p::s::azure-native:web:AppServicePlan::shop-plan";
        String other = "urn:p::s::azure-native:web:WebApp::shop-admin";
        RecordedResource block = new RecordedResource("urn:p::s::readiness:index:Monitoring::shop-api", ProviderTypes.MONITORING_BLOCK,
                "shop-api", false, "", Map.of("component", "api", "webAppId", WireValues.UNKNOWN, "planId", WireValues.UNKNOWN),
                null, Map.of("webAppId", List.of(app), "planId", List.of(plan)), null, false, false, null, null);
        // Named by a literal ID, an app is not referred to: it stays product-wide, as the policy pack sees it.
        RecordedResource literal = new RecordedResource("urn:p::s::readiness:index:Monitoring::admin", ProviderTypes.MONITORING_BLOCK,
                "admin", false, "", Map.of("component", "admin", "webAppId", "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Web/sites/shop-admin"),
                null, Map.of(), null, false, false, null, null);
        Preview preview = new Preview("s", "p", List.of(
                new RecordedResource(plan, "azure-native:web:AppServicePlan", "shop-plan", true, "", Map.of(), null, null, null, false, false, null, null),
                new RecordedResource(app, "azure-native:web:WebApp", "shop-api", true, "", Map.of(), null, null, null, false, false, null, null),
                new RecordedResource(other, "azure-native:web:WebApp", "shop-admin", true, "", Map.of(), null, null, null, false, false, null, null),
                block, literal),
                List.of(), Set.of(), java.time.Duration.ZERO);

        ProductView product = ProductComponents.of(preview);

        assertThat(product.components()).extracting(ProductView.Component::name).containsExactly("api", "");
        assertThat(product.components().get(0).azure()).extracting(ResourceSummary::name).containsExactly("shop-plan", "shop-api");
        assertThat(product.components().get(1).azure()).extracting(ResourceSummary::name).containsExactly("shop-admin");
    }

    @Test
    void aContainerAppBelongsToTheComponentWhoseMonitoringBlockRefersToItByContainerAppId() {
        String app = "urn:p::s::azure-native:app:ContainerApp::shop-api";
        String other = "urn:p::s::azure-native:app:ContainerApp::shop-admin";
        RecordedResource block = new RecordedResource("urn:p::s::readiness:index:Monitoring::shop-api", ProviderTypes.MONITORING_BLOCK,
                "shop-api", false, "", Map.of("component", "api", "containerAppId", WireValues.UNKNOWN),
                null, Map.of("containerAppId", List.of(app)), null, false, false, null, null);
        Preview preview = new Preview("s", "p", List.of(
                new RecordedResource(app, "azure-native:app:ContainerApp", "shop-api", true, "", Map.of(), null, null, null, false, false, null, null),
                new RecordedResource(other, "azure-native:app:ContainerApp", "shop-admin", true, "", Map.of(), null, null, null, false, false, null, null),
                block),
                List.of(), Set.of(), java.time.Duration.ZERO);

        ProductView product = ProductComponents.of(preview);

        assertThat(product.components()).extracting(ProductView.Component::name).containsExactly("api", "");
        assertThat(product.components().get(0).azure()).extracting(ResourceSummary::name).containsExactly("shop-api");
        assertThat(product.components().get(1).azure()).as("referred to by no block").extracting(ResourceSummary::name).containsExactly("shop-admin");
    }

    @Test
    void readsComponentsGivenAsAMapInTheSpec() {
        Preview preview = new Preview("s", "p", List.of(new RecordedResource("urn:rs", ProviderTypes.READY_SERVICE, "rs", false, "",
                Map.of("components", Map.of("ui", Map.of("customerFacing", true))), null, null, null, false, false, null, null)),
                List.of(), Set.of(), java.time.Duration.ZERO);

        assertThat(ProductComponents.of(preview).components()).containsExactly(new ProductView.Component("ui", true, List.of(), List.of(), List.of()));
    }

    @Test
    void rendersValuesForReading() {
        assertThat(DisplayValues.render(2.50)).isEqualTo("2.5");
        assertThat(DisplayValues.render(Map.of(dev.readyservice.review.WireValues.SIG_KEY, dev.readyservice.review.WireValues.RESOURCE_REFERENCE_SIG,
                "urn", "urn:x"))).isEqualTo("ref(urn:x)");
        assertThat(DisplayValues.render("x".repeat(500))).hasSize(DisplayValues.MAX_LENGTH).endsWith("…");
        assertThat(DisplayValues.render(null)).isEqualTo("null");
    }

    private static ProjectArtefacts withPlainCredential(String stack) {
        ProjectArtefacts a = ReportFixtures.artefacts();
        return new ProjectArtefacts(stack, a.coverage(), a.tests(), a.redeploy(), a.qaEnvironment(), a.problems(), a.playbooks(),
                a.redeployMaxAge(), List.of(new dev.readyservice.review.secrets.ConfigSecrets.PlainCredential("Pulumi." + stack + ".yaml",
                        "datadog:apiKey")));
    }

    @Test
    void aCredentialInPlainConfigFailsEncryptionAtRestNamingTheKeyAdvisoryOutsideProd() {
        PrrReport qa = ReportBuilder.build(ReportFixtures.preview(), ReportFixtures.analysis(), withPlainCredential("qa"), ReportFixtures.CLOCK);

        ItemResult item = qa.items().stream().filter(i -> i.item().id().equals("security.encryption-at-rest")).findFirst().orElseThrow();
        assertThat(item.status()).isEqualTo(ItemStatus.FAIL);
        assertThat(item.reason()).isEqualTo("1 credential is kept in plain stack config (Pulumi.qa.yaml: datadog:apiKey); store them with"
                + " `pulumi config set --secret`");
        assertThat(item.findings()).filteredOn(f -> f.policy().equals("disallow-plain-config-credentials")).singleElement()
                .satisfies(f -> {
                    assertThat(f.level()).isEqualTo(dev.readyservice.analyzer.EnforcementLevel.ADVISORY);
                    assertThat(f.message()).contains("Pulumi.qa.yaml keeps datadog:apiKey in plain config")
                            .contains("pulumi config set --secret datadog:apiKey");
                });
        assertThat(qa.findings()).extracting(dev.readyservice.analyzer.Finding::policy).contains("disallow-plain-config-credentials");
    }

    @Test
    void aCredentialInPlainConfigIsMandatoryInProdAndNoCredentialChangesNothing() {
        PrrReport prod = ReportBuilder.build(ReportFixtures.preview(), ReportFixtures.analysis(), withPlainCredential("prod"),
                ReportFixtures.CLOCK);
        assertThat(prod.findings()).filteredOn(f -> f.policy().equals("disallow-plain-config-credentials"))
                .extracting(dev.readyservice.analyzer.Finding::level).containsExactly(dev.readyservice.analyzer.EnforcementLevel.MANDATORY);

        ItemResult clean = report.items().stream().filter(i -> i.item().id().equals("security.encryption-at-rest")).findFirst().orElseThrow();
        assertThat(clean.findings()).noneMatch(f -> f.policy().equals("disallow-plain-config-credentials"));
    }
}
