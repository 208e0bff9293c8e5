package dev.readyservice.report;

import dev.readyservice.analyzer.Analysis;
import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.analyzer.Finding;
import dev.readyservice.analyzer.JudgedComponent;
import dev.readyservice.analyzer.JudgedEnvironment;
import dev.readyservice.analyzer.NotApplicable;
import dev.readyservice.analyzer.Outcome;
import dev.readyservice.analyzer.PackInfo;
import dev.readyservice.analyzer.PolicyDescriptor;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.evidence.qaenv.ConfigDifference;
import dev.readyservice.evidence.qaenv.QaParity;
import dev.readyservice.report.rules.ReportBuilder;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.WireValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A hand-made preview of a two-component product, its pack's findings and project artefacts. */
public final class ReportFixtures {
    static final String SECRET = "s3cr3t-ZX81-never-print";
    static final String PREFIX = "urn:pulumi:qa::shop::";
    static final String STACK = PREFIX + "pulumi:pulumi:Stack::shop-qa";
    static final String SERVICE = PREFIX + "readiness:index:ReadyService::shop";
    static final String RG = PREFIX + "readiness:index:ReadyService$azure-native:resources:ResourceGroup::shop-rg";
    static final String STORAGE = PREFIX + "readiness:index:ReadyService$azure-native:storage:StorageAccount::shop-api-data";
    static final String AUTOSCALE = PREFIX + "readiness:index:ReadyService$azure-native:insights:AutoscaleSetting::shop-worker-autoscale";
    static final String MONITOR = PREFIX + "readiness:index:ReadyService$datadog:index/monitor:Monitor::shop-api-latency";
    static final String PD_SERVICE = PREFIX + "readiness:index:ReadyService$pagerduty:index/service:Service::shop-api";
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

    private ReportFixtures() {
    }

    static Map<String, Object> secret(Object value) {
        return Map.of(WireValues.SIG_KEY, WireValues.SECRET_SIG, "value", value);
    }

    private static RecordedResource custom(String urn, String type, String name, String parent, Map<String, Object> inputs) {
        return new RecordedResource(urn, type, name, true, parent, inputs, List.of(), Map.of(), "", false, false, "", "");
    }

    static Preview preview() {
        return new Preview("shop", "qa", List.of(
                new RecordedResource(STACK, "pulumi:pulumi:Stack", "shop-qa", false, "", Map.of(), List.of(), Map.of(), "", false, false, "", ""),
                new RecordedResource(SERVICE, "readiness:index:ReadyService", "shop", false, STACK, Map.of(
                        "product", "shop",
                        "components", List.of(Map.of("name", "api", "criticality", "customer-facing"),
                                Map.of("name", "worker", "criticality", "internal")),
                        "datadogApiKey", secret(SECRET),
                        "signOffs", Map.of("customer.onboarding", Map.of("by", "ana@example.com", "date", "2026-11-01",
                                "link", "https://wiki.example.com/onboarding"))),
                        List.of(), Map.of(), "", false, false, "", ""),
                custom(RG, "azure-native:resources:ResourceGroup", "shop-rg", SERVICE,
                        Map.of("location", "westeurope", "tags", Map.of("product", "shop", "environment", "qa"))),
                custom(STORAGE, "azure-native:storage:StorageAccount", "shop-api-data", SERVICE, Map.of(
                        "minimumTlsVersion", "TLS1_2",
                        "encryption", Map.of("requireInfrastructureEncryption", true, "keyVaultProperties", Map.of("keyName", secret(SECRET))),
                        "primaryKey", WireValues.UNKNOWN,
                        "tags", Map.of("product", "shop", "component", "api", "environment", "qa", "criticality", "customer-facing"))),
                custom(AUTOSCALE, "azure-native:insights:AutoscaleSetting", "shop-worker-autoscale", SERVICE, Map.of(
                        "enabled", true,
                        "profiles", List.of(Map.of("capacity", Map.of("minimum", "2", "maximum", "10", "default", "2"))),
                        "tags", Map.of("component", "worker", "capacity-planned-peak-rps", "400", "capacity-rps-per-instance", "80",
                                "capacity-headroom", "1.5"))),
                custom(MONITOR, "datadog:index/monitor:Monitor", "shop-api-latency", SERVICE, Map.of(
                        "type", "metric alert",
                        "message", "p99 latency high | see <runbook>\nPlaybook: https://runbooks.example.com/api @pagerduty-shop-api",
                        "monitorThresholds", Map.of("critical", "0.5"),
                        "priority", 2.0,
                        "tags", List.of("service:shop-api", "component:api", "golden-signal:latency", "monitor-kind:threshold"))),
                custom(PD_SERVICE, "pagerduty:index/service:Service", "shop-api", SERVICE, Map.of(
                        "name", "shop-api", "incidentUrgencyRule", Map.of("type", "use_support_hours")))),
                List.of(), Set.of("shop:pagerdutyToken", "shop:datadogApiKey"), Duration.ofMillis(1234));
    }

    private static PolicyDescriptor policy(String name, String item, EnforcementLevel level, String... evidenceTypes) {
        return new PolicyDescriptor(name, List.of(item), level, false, List.of(evidenceTypes), "checks " + item);
    }

    /** The pack as a review of the stack {@code qa} configures it. */
    static PackInfo pack() {
        return packOnly().judging(new JudgedEnvironment("qa", "stack name 'qa'"), Map.of());
    }

    private static PackInfo packOnly() {
        return new PackInfo("readyservice-prr", "0.1.0", List.of(
                policy("enable-storage-encryption", "security.encryption-at-rest", EnforcementLevel.MANDATORY, "azure-native:storage:StorageAccount"),
                policy("enforce-tls-floor", "security.tls-in-transit", EnforcementLevel.MANDATORY, "azure-native:storage:StorageAccount"),
                policy("missing-golden-signal-monitors", "monitoring.golden-signals", EnforcementLevel.MANDATORY, "datadog:index/monitor:Monitor"),
                policy("missing-anomaly-monitors", "monitoring.anomaly-alerts", EnforcementLevel.ADVISORY, "datadog:index/monitor:Monitor"),
                policy("missing-pagerduty-service", "pagerduty.technical-services", EnforcementLevel.MANDATORY, "pagerduty:index/service:Service"),
                policy("configure-autoscaling", "capacity.autoscaling", EnforcementLevel.ADVISORY, "azure-native:insights:AutoscaleSetting"),
                policy("configure-capacity-plan", "capacity.plan", EnforcementLevel.MANDATORY, "azure-native:insights:AutoscaleSetting"),
                policy("configure-capacity-headroom", "capacity.headroom", EnforcementLevel.MANDATORY, "azure-native:web:WebApp"),
                policy("configure-slo", "slo.objectives", EnforcementLevel.MANDATORY, "datadog:index/serviceLevelObjective:ServiceLevelObjective"),
                policy("enable-backups", "security.backups", EnforcementLevel.MANDATORY, "azure-native:dataprotection:BackupInstance"),
                policy("missing-escalation-policy", "pagerduty.escalation", EnforcementLevel.DISABLED, "pagerduty:index/escalationPolicy:EscalationPolicy"),
                new PolicyDescriptor("missing-sign-off", List.of("customer.onboarding", "customer.first-line"), EnforcementLevel.MANDATORY,
                        false, List.of(), "sign-offs are recorded and fresh")));
    }

    static List<Finding> findings() {
        return List.of(
                new Finding("enable-storage-encryption", List.of("security.encryption-at-rest"), EnforcementLevel.MANDATORY, Outcome.WAIVED,
                        "no customer-managed key in qa; reason: qa holds no customer data; approver: sre-lead@example.com; expires 2027-03-01",
                        STORAGE),
                new Finding("enforce-tls-floor", List.of("security.tls-in-transit"), EnforcementLevel.MANDATORY, Outcome.PLATFORM_LIMIT,
                        "storage accounts allow at most TLS1_2 as minimum; TLS1_2 is set", STORAGE),
                new Finding("missing-golden-signal-monitors", List.of("monitoring.golden-signals"), EnforcementLevel.MANDATORY, Outcome.VIOLATION,
                        "component worker has no monitor for: latency | traffic <errors> *saturation*", ""),
                new Finding("missing-anomaly-monitors", List.of("monitoring.anomaly-alerts"), EnforcementLevel.ADVISORY, Outcome.VIOLATION,
                        "component api has no anomaly monitor for traffic", ""),
                new Finding("configure-autoscaling", List.of("capacity.autoscaling"), EnforcementLevel.ADVISORY, Outcome.STAGED,
                        "scale-in rule missing; mandatory from 2027-01-01", AUTOSCALE),
                new Finding("configure-slo", List.of("slo.objectives"), EnforcementLevel.MANDATORY, Outcome.UNDECIDED,
                        "SLO target is unknown in preview", ""),
                new Finding("missing-sign-off", List.of("customer.first-line"), EnforcementLevel.MANDATORY,
                        Outcome.VIOLATION, "customer.first-line has no sign-off in signOffs", ""),
                new Finding("legacy-check", List.of(), EnforcementLevel.ADVISORY, Outcome.VIOLATION, "a policy the manifest does not know", RG));
    }

    static Analysis analysis() {
        return new Analysis(pack(), findings(), List.of(
                new NotApplicable("enable-backups", "the only stateful resource is exempt by policy config (backupExempt: shop-api-data)", "")),
                // The pack's judgement: api customer-facing as its spec and tags declare, worker internal.
                Optional.of(List.of(new JudgedComponent("api", true, "", false), new JudgedComponent("worker", false, "", false))));
    }

    static ProjectArtefacts artefacts() {
        return new ProjectArtefacts("qa", Optional.of(new ProjectArtefacts.Coverage(850, 150)),
                Optional.of(new ProjectArtefacts.TestRun(120, 8, 0, 0, 2)), Optional.empty(),
                QaParity.compared(List.of(new ConfigDifference("readyservice:components[api].capacity.maxInstances", "4", "30", true,
                        "capacity is sized per environment"))), Map.of());
    }

    static PrrReport report() {
        return ReportBuilder.build(preview(), analysis(), artefacts(), CLOCK);
    }
}
