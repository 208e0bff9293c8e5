package dev.readyservice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.WireValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code prr init} makes of a preview's resources, without running a program. */
class ReadinessScaffoldTest {

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
        assertThat(scaffold.code())
                .contains(".existing(\"web\", ExistingCompute.webApp(webApp, webPlan).named(\"orders-rg\", \"orders-web\", \"orders-plan\"))")
                // A name unknown in preview is left for the team, never written as the unknown marker.
                .contains(".existing(ExistingData.storageAccount(data).named(\"TODO-resourceGroupName\", \"ordersdata\"))")
                .doesNotContain(WireValues.UNKNOWN);
    }

    @Test
    void aWebAppOnNoPlanOfTheProgramIsLeftForIdsAndNamedByPosition() {
        var app = resource(ReadinessScaffold.WEB_APP, "legacy", Map.of("serverFarmId", "/subscriptions/0/x"), Map.of());
        var scaffold = new ReadinessScaffold("orders", List.of(app));
        assertThat(scaffold.summary()).containsExactly("compute: component 'legacy': azure-native:web:WebApp 'legacy' (on no plan of the program)");
        assertThat(scaffold.code()).contains("TODO: web app 'legacy' refers to no App Service plan of the program").doesNotContain(".existing(\"legacy\"");
        assertThat(ReadinessScaffold.componentName("Shop_API_2", 0)).isEqualTo("component1");
        assertThat(ReadinessScaffold.componentName("shop-api", 3)).isEqualTo("api");
    }
}
