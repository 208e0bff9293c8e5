package dev.readyservice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.WireValues;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.readyservice.component.ExistingCompute;
import dev.readyservice.component.InvalidSpecException;
import dev.readyservice.component.ReadyServiceArgs;
import dev.readyservice.component.SpecValidator;
import dev.readyservice.component.StackConfigReader;
import dev.readyservice.component.Violation;
import dev.readyservice.review.project.PulumiYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code prr init} makes of a preview's resources, without running a program. */
class ReadinessScaffoldTest {
    @TempDir
    Path dir;

    private static RecordedResource resource(String type, String name, Map<String, Object> inputs, Map<String, List<String>> deps) {
        return new RecordedResource("urn:" + name, type, name, true, "", inputs, List.of(), deps, "", false, false, "", "");
    }

    @Test
    void aWebAppJoinsThePlanItsServerFarmIdRefersToAndDataIsListedWithItsNames() {
        var plan = resource(ReadinessScaffold.PLAN, "web-plan", Map.of("name", "orders-plan", "resourceGroupName", "orders-rg"), Map.of());
        var app = resource(ReadinessScaffold.WEB_APP, "web-app", Map.of("name", "orders-web", "resourceGroupName", "orders-rg"),
                Map.of("serverFarmId", List.of("urn:web-plan")));
        var account = resource(ReadinessScaffold.STORAGE, "data", Map.of("accountName", "ordersdata", "resourceGroupName", WireValues.UNKNOWN), Map.of());
        var other = resource("azure-native:network:VirtualNetwork", "vnet", Map.of(), Map.of());
        var scaffold = new ReadinessScaffold("orders", List.of(plan, app, account, other));
        assertThat(scaffold.summary()).containsExactly(
                "compute: component 'web': azure-native:web:WebApp 'web-app' on azure-native:web:AppServicePlan 'web-plan'",
                "stateful: azure-native:storage:StorageAccount 'data'");
        assertThat(scaffold.code("Pulumi.qa.yaml")).isEqualTo("""
                // Written by ./prr init from the preview of 'orders'. The readiness values are in Pulumi.qa.yaml
                // (the readyservice:* keys, read by ReadyServiceArgs.fromStackConfig); this code hands ReadyService your
                // own resources. Add it to your program after they exist (each variable is your resource of that Pulumi name),
                // write each TODO_ name (the preview could not tell it: it is another resource's output), and run ./prr review.
                // Imports: dev.readyservice.component.*
                var readiness = ReadyServiceArgs.fromStackConfig(ctx)
                        .existing("web", ExistingCompute.webApp(webApp, webPlan).named("orders-rg", "orders-web", "orders-plan"))
                        .existing(ExistingData.storageAccount(data).named(TODO_resourceGroupName, "ordersdata"));
                new ReadyService("orders", readiness.build());
                """);
        // A name unknown in preview is left for the team as an identifier that does not compile, never as the unknown marker.
        assertThat(scaffold.code("Pulumi.qa.yaml")).doesNotContain(WireValues.UNKNOWN);
    }

    @Test
    void aFunctionAppIsGivenAsOneAndDeclaredPlatformScaledOnlyWhenItsPlanSkuSaysSo() {
        java.util.function.BiFunction<Map<String, Object>, Map<String, Object>, String> chainOf = (sku, appConfig) -> {
            var plan = resource(ReadinessScaffold.PLAN, "fn-plan", Map.of("name", "fn-plan", "resourceGroupName", "fn-rg", "sku", sku), Map.of());
            var inputs = new java.util.HashMap<String, Object>(Map.of("name", "fn-app", "resourceGroupName", "fn-rg", "kind", "functionapp,linux"));
            inputs.putAll(appConfig);
            var app = resource(ReadinessScaffold.WEB_APP, "fn-app", inputs, Map.of("serverFarmId", List.of("urn:fn-plan")));
            String code = new ReadinessScaffold("orders", List.of(plan, app)).code("Pulumi.qa.yaml");
            return code.lines().filter(l -> l.contains(".existing(")).findFirst().orElseThrow().trim().replaceFirst(";$", "");
        };
        Function<Map<String, Object>, String> chainFor = sku -> chainOf.apply(sku, Map.of());
        String onPlan = ".existing(\"app\", ExistingCompute.functionApp(fnApp, fnPlan).named(\"fn-rg\", \"fn-app\", \"fn-plan\")";
        // One instance's memory, which the saturation monitor's percentage divides by: by the Elastic Premium sku, 1.5 GB on Consumption.
        assertThat(chainFor.apply(Map.of("name", "EP1"))).isEqualTo(onPlan + ".platformScaled(3584))");
        assertThat(chainFor.apply(Map.of("name", "ep3", "tier", "ElasticPremium"))).isEqualTo(onPlan + ".platformScaled(14336))");
        assertThat(chainFor.apply(Map.of("name", "Y1", "tier", "Dynamic"))).isEqualTo(onPlan + ".platformScaled(1536))");
        // Flex Consumption: the app's own instance memory; not stated, the team writes it.
        assertThat(chainOf.apply(Map.of("name", "FC1"), Map.of("functionAppConfig", Map.of("scaleAndConcurrency", Map.of("instanceMemoryMB", 4096)))))
                .isEqualTo(onPlan + ".platformScaled(4096))");
        assertThat(chainFor.apply(Map.of("tier", "FlexConsumption"))).isEqualTo(onPlan + ".platformScaled(TODO_instanceMemoryMb))");
        assertThat(chainOf.apply(Map.of("name", "FC1"), Map.of("functionAppConfig", Map.of("scaleAndConcurrency", Map.of("instanceMemoryMB", WireValues.UNKNOWN)))))
                .isEqualTo(onPlan + ".platformScaled(TODO_instanceMemoryMb))");
        // A dedicated plan (a P sku is not Elastic Premium) and a sku unknown in preview get the autoscale setting.
        assertThat(chainFor.apply(Map.of("name", "P1v2", "tier", "ElasticPremium"))).isEqualTo(onPlan + ")");
        assertThat(chainFor.apply(Map.of("name", WireValues.UNKNOWN))).isEqualTo(onPlan + ")");
    }

    @Test
    void aWebAppOnNoPlanOfTheProgramIsLeftForIdsAndNamedByPosition() {
        var app = resource(ReadinessScaffold.WEB_APP, "legacy", Map.of("serverFarmId", "/subscriptions/0/x"), Map.of());
        var scaffold = new ReadinessScaffold("orders", List.of(app));
        assertThat(scaffold.summary()).containsExactly("compute: component 'legacy': azure-native:web:WebApp 'legacy' (on no plan of the program)");
        assertThat(scaffold.code("Pulumi.qa.yaml")).contains("// TODO: web app 'legacy' refers to no App Service plan of the program")
                .contains("var readiness = ReadyServiceArgs.fromStackConfig(ctx);\n").doesNotContain("        .existing(\"legacy\"");
        assertThat(ReadinessScaffold.componentName("Shop_API_2", 0)).isEqualTo("component1");
        assertThat(ReadinessScaffold.componentName("shop-api", 3)).isEqualTo("api");
    }

    private static ReadinessScaffold shop() {
        var plan = resource(ReadinessScaffold.PLAN, "shop-plan", Map.of("name", "shop-plan"), Map.of());
        var app = resource(ReadinessScaffold.WEB_APP, "shop-api", Map.of("name", "shop-api"), Map.of("serverFarmId", List.of("urn:shop-plan")));
        return new ReadinessScaffold("shop", List.of(plan, app));
    }

    /** The config block as the program gets it: each key's value as JSON text, read by the one reader. */
    private Function<String, Optional<String>> asProgramConfig(String block) throws Exception {
        Path file = Files.writeString(dir.resolve("Pulumi.qa.yaml"), "config:\n" + block.lines().map(l -> "  " + l + "\n").collect(Collectors.joining()));
        var tree = PulumiYaml.read(file);
        return key -> Optional.ofNullable(tree.path("config").get(StackConfigReader.NAMESPACE + ":" + key)).map(Object::toString);
    }

    @Test
    void theStackConfigHoldsTheValuesTheStackTellsAndATodoForEachOnlyTheTeamKnows() {
        var config = new ObjectMapper().createObjectNode().put("azure-native:location", "westeurope");
        config.putObject("azure-native:tenantId").put("secure", "AAAB-never-shown");
        String block = shop().configBlock("qa", config);
        assertThat(block).contains("readyservice:product:\n  name: shop\n  team: TODO")
                .contains("  environment: qa\n").contains("  location: westeurope\n").contains("  tenantId: TODO")
                .contains("  - name: api").contains("    kind: api").contains("      plannedPeakRps: TODO")
                .contains("readyservice:data:\n  backupRetentionDays: 7")
                .contains("# readyservice:signOffs:")
                .doesNotContain("AAAB-never-shown");
        assertThat(shop().configBlock("prod", MissingNode.getInstance())).contains("  environment: prod\n").contains("  location: TODO")
                .contains("  backupRetentionDays: 30");
        assertThat(shop().configBlock("dev", MissingNode.getInstance())).contains("  environment: TODO");
    }

    /** Every TODO left in the stack config is a listed spec problem, never a pass. */
    @Test
    void everyTodoTheBlockLeavesIsAListedSpecProblem() throws Exception {
        String block = shop().configBlock("qa", new ObjectMapper().createObjectNode().put("azure-native:location", "westeurope"));
        Function<String, Optional<String>> config = asProgramConfig(block);
        // As the wiring code then adds the team's compute: over existing compute no gateway certificate is asked for.
        ReadyServiceArgs args = ReadyServiceArgs.fromStackConfig(config).existing("api", ExistingCompute.ids(
                "/subscriptions/00000000-0000-4000-8000-000000000009/resourceGroups/shop-rg/providers/Microsoft.Web/sites/shop-api",
                "/subscriptions/00000000-0000-4000-8000-000000000009/resourceGroups/shop-rg/providers/Microsoft.Web/serverfarms/shop-plan")).build();
        List<Violation> problems = catchThrowableOfType(() -> SpecValidator.resolveAndCheck(args, null, LocalDate.of(2026, 12, 6)),
                InvalidSpecException.class).violations();
        assertThat(problems).extracting(Violation::field).containsExactlyInAnyOrder(
                "components[0].capacity.plannedPeakRps", "components[0].capacity.rpsPerInstance", "components[0].capacity.maxInstances",
                "product.team", "product.businessService", "product.docsUrl", "product.playbookBaseUrl", "product.subscriptionId",
                "product.tenantId", "product.pagerDutySubdomain", "paging.supportHours.timeZone",
                "paging.escalation.levels[0].targets[0].id", "paging.escalation.levels[1].targets[0].id",
                "paging.escalation.levels[1].targets[1].id",
                // The IDs are judged against the subscription, which is still TODO.
                "existingCompute.api.webAppId", "existingCompute.api.planId");
        assertThat(problems).filteredOn(v -> !v.field().startsWith("existingCompute")).allSatisfy(v -> assertThat(v.value()).contains("TODO"));
    }

    @Test
    void textIsWrittenPlainOnlyWhenItReadsBackAsTheSameText() {
        assertThat(ReadinessScaffold.scalar("shop")).isEqualTo("shop");
        assertThat(ReadinessScaffold.scalar("true")).isEqualTo("\"true\"");
        assertThat(ReadinessScaffold.scalar("12")).isEqualTo("\"12\"");
        assertThat(ReadinessScaffold.scalar("a: b # c")).isEqualTo("\"a: b # c\"");
    }

    /** docs/evidence.md shows, verbatim, what prr init writes for the README's existing program (the shop). */
    @Test
    void theEvidenceDocShowsWhatInitWritesForTheShop() throws Exception {
        var group = resource("azure-native:resources:ResourceGroup", "shop-rg", Map.of("resourceGroupName", "shop-rg"), Map.of());
        var plan = resource(ReadinessScaffold.PLAN, "shop-plan", Map.of("name", "shop-plan", "resourceGroupName", WireValues.UNKNOWN),
                Map.of("resourceGroupName", List.of("urn:shop-rg")));
        var app = resource(ReadinessScaffold.WEB_APP, "shop-api", Map.of("name", "shop-api", "resourceGroupName", WireValues.UNKNOWN),
                Map.of("serverFarmId", List.of("urn:shop-plan")));
        var db = resource(ReadinessScaffold.SQL_DATABASE, "shop-db", Map.of("databaseName", "shop", "resourceGroupName", WireValues.UNKNOWN,
                "serverName", WireValues.UNKNOWN), Map.of());
        var scaffold = new ReadinessScaffold("shop", List.of(group, plan, app, db));
        String block = "config:\n  azure-native:location: westeurope\n"
                + scaffold.configBlock("qa", new ObjectMapper().createObjectNode().put("azure-native:location", "westeurope"))
                        .lines().map(l -> "  " + l + "\n").collect(Collectors.joining());
        String doc = Files.readString(Path.of("docs/evidence.md"));
        assertThat(doc).as("docs/evidence.md shows the stack file:\n" + block).contains("```yaml\n" + block + "```\n");
        assertThat(doc).as("docs/evidence.md shows the code:\n" + scaffold.code("Pulumi.qa.yaml")).contains("```java\n" + scaffold.code("Pulumi.qa.yaml") + "```\n");
    }
}
