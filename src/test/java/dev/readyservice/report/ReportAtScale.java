package dev.readyservice.report;

import dev.readyservice.analyzer.Analysis;
import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.analyzer.Finding;
import dev.readyservice.analyzer.JudgedEnvironment;
import dev.readyservice.analyzer.Outcome;
import dev.readyservice.analyzer.PackInfo;
import dev.readyservice.analyzer.PolicyDescriptor;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.evidence.qaenv.QaParity;
import dev.readyservice.report.rules.PrrCatalogue;
import dev.readyservice.report.rules.ReportBuilder;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A synthetic preview of an N-component product shaped like the bench product's (15
 * resources a component, with inputs of the size the reference program sets), a pack with one
 * policy per infra item (one of them about the whole stack, so every resource is its evidence),
 * and {@code failing} storage accounts that violate the TLS floor.
 */
final class ReportAtScale {
    static final String PREFIX = "urn:pulumi:bench::bench::";
    static final String SERVICE = PREFIX + "readiness:index:ReadyService::bench";
    private static final List<String> SIGNALS = List.of("latency", "errors", "traffic", "saturation");
    private static final String STORAGE = "azure-native:storage:StorageAccount";
    private static final String WEB_APP = "azure-native:web:WebApp";
    private static final String AUTOSCALE = "azure-native:insights:AutoscaleSetting";
    private static final String MONITOR = "datadog:index/monitor:Monitor";
    private static final String SLO = "datadog:index/serviceLevelObjective:ServiceLevelObjective";
    private static final String SERVICE_DEFINITION = "datadog:index/serviceDefinitionYaml:ServiceDefinitionYaml";
    private static final String PD_SERVICE = "pagerduty:index/service:Service";
    private static final String PD_INTEGRATION = "pagerduty:index/serviceIntegration:ServiceIntegration";
    private static final List<String> TYPES = List.of(STORAGE, WEB_APP, AUTOSCALE, MONITOR, SLO, SERVICE_DEFINITION, PD_SERVICE, PD_INTEGRATION);

    private ReportAtScale() {
    }

    /** The URN of component {@code i}'s storage account. */
    static String storageUrn(int i) {
        return urn(STORAGE, "bench-c" + i + "-data");
    }

    static PrrReport report(int components, int failing) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < failing; i++) {
            findings.add(new Finding("enforce-tls-floor", List.of("security.tls-in-transit"), EnforcementLevel.MANDATORY, Outcome.VIOLATION,
                    "minimumTlsVersion is TLS1_0; set TLS1_2", storageUrn(i)));
        }
        PackInfo pack = pack().judging(new JudgedEnvironment("qa", "stack name 'qa'"), Map.of());
        ProjectArtefacts artefacts = new ProjectArtefacts("bench", Optional.of(new ProjectArtefacts.Coverage(900, 100)),
                Optional.of(new ProjectArtefacts.TestRun(500, 40, 0, 0, 0)), Optional.empty(), QaParity.noProdStack(), Map.of());
        return ReportBuilder.build(preview(components), new Analysis(pack, findings, List.of()), artefacts, ReportFixtures.CLOCK);
    }

    private static PackInfo pack() {
        List<PolicyDescriptor> policies = new ArrayList<>();
        List<PrrItem> infra = PrrCatalogue.items().stream().filter(i -> i.kind() == ItemKind.INFRA).toList();
        for (int i = 0; i < infra.size(); i++) {
            String id = infra.get(i).id();
            // quality.pulumi is about the stack as a whole, as configure-stack-environment is.
            List<String> types = id.equals("quality.pulumi") ? List.of()
                    : id.equals("security.tls-in-transit") ? List.of(STORAGE, WEB_APP) : List.of(TYPES.get(i % TYPES.size()));
            policies.add(new PolicyDescriptor("policy-" + id, List.of(id), EnforcementLevel.MANDATORY, false, types, "checks " + id));
        }
        return new PackInfo("readyservice-prr", "0.1.0", policies);
    }

    static Preview preview(int components) {
        List<RecordedResource> resources = new ArrayList<>();
        resources.add(new RecordedResource(PREFIX + "pulumi:pulumi:Stack::bench-bench", "pulumi:pulumi:Stack", "bench-bench", false, "",
                Map.of(), List.of(), Map.of(), "", false, false, "", ""));
        List<Map<String, Object>> spec = new ArrayList<>();
        for (int i = 0; i < components; i++) {
            spec.add(Map.of("name", "c" + i, "criticality", i % 3 == 0 ? "customer-facing" : "internal", "availabilityTarget", 99.9));
        }
        resources.add(new RecordedResource(SERVICE, "readiness:index:ReadyService", "bench", false, PREFIX + "pulumi:pulumi:Stack::bench-bench",
                Map.of("product", "bench", "components", spec), List.of(), Map.of(), "", false, false, "", ""));
        for (int i = 0; i < components; i++) {
            String c = "c" + i;
            Map<String, Object> azureTags = Map.of("product", "bench", "component", c, "environment", "qa", "criticality", "internal");
            resources.add(custom(STORAGE, "bench-" + c + "-data", Map.of("minimumTlsVersion", "TLS1_2", "allowBlobPublicAccess", false,
                    "encryption", Map.of("requireInfrastructureEncryption", true), "sku", Map.of("name", "Standard_ZRS"), "tags", azureTags)));
            resources.add(custom(WEB_APP, "bench-" + c + "-app", Map.of("httpsOnly", true, "siteConfig",
                    Map.of("minTlsVersion", "1.2", "ftpsState", "Disabled", "alwaysOn", true, "healthCheckPath", "/health"), "tags", azureTags)));
            resources.add(custom(AUTOSCALE, "bench-" + c + "-autoscale", Map.of("enabled", true, "profiles",
                    List.of(Map.of("capacity", Map.of("minimum", "1", "maximum", "4", "default", "1"))), "tags", azureTags)));
            for (String signal : SIGNALS) {
                for (String kind : List.of("threshold", "anomaly")) {
                    resources.add(custom(MONITOR, "bench-" + c + "-" + signal + "-" + kind, Map.of(
                            "type", kind.equals("anomaly") ? "query alert" : "metric alert",
                            "query", "avg(last_5m):avg:trace.http.request." + signal + "{service:bench-" + c + ",env:qa} > 0.4",
                            "message", "{{#is_alert}}" + signal + " of bench-" + c + " is above its threshold{{/is_alert}}\n"
                                    + "Playbook: https://github.com/example/bench/blob/main/docs/playbooks/" + signal + ".md @pagerduty-bench-" + c,
                            "monitorThresholds", Map.of("critical", "0.4", "warning", "0.3"),
                            "priority", 2.0,
                            "tags", List.of("service:bench-" + c, "component:" + c, "golden-signal:" + signal, "monitor-kind:" + kind))));
                }
            }
            resources.add(custom(SLO, "bench-" + c + "-availability", Map.of("type", "metric", "name", "bench-" + c + " availability",
                    "query", Map.of("numerator", "sum:trace.http.request.hits{service:bench-" + c + ",!http.status_class:5xx}.as_count()",
                            "denominator", "sum:trace.http.request.hits{service:bench-" + c + "}.as_count()"),
                    "thresholds", List.of(Map.of("timeframe", "30d", "target", 99.9)), "tags", List.of("component:" + c))));
            resources.add(custom(SERVICE_DEFINITION, "bench-" + c + "-catalog", Map.of("serviceDefinition",
                    "schema-version: v2.2\ndd-service: bench-" + c + "\nteam: payments\ncontacts: [{type: email, contact: payments@example.com}]\n"
                            + "links: [{name: Architecture, type: doc, url: https://wiki.example.com/bench/architecture}]\n")));
            resources.add(custom(PD_SERVICE, "bench-" + c, Map.of("name", "bench-" + c, "escalationPolicy", "PQA0001",
                    "incidentUrgencyRule", Map.of("type", "use_support_hours"), "alertCreation", "create_alerts_and_incidents")));
            resources.add(custom(PD_INTEGRATION, "bench-" + c + "-datadog", Map.of("service", "bench-" + c + "-id",
                    "vendor", "PAM4FGS", "name", "Datadog")));
        }
        return new Preview("bench", "bench", resources, List.of(), Set.of(), Duration.ofSeconds(13));
    }

    private static String urn(String type, String name) {
        return PREFIX + "readiness:index:ReadyService$" + type + "::" + name;
    }

    private static RecordedResource custom(String type, String name, Map<String, Object> inputs) {
        return new RecordedResource(urn(type, name), type, name, true, SERVICE, new LinkedHashMap<>(inputs), List.of(), Map.of(), "",
                false, false, "", "");
    }
}
