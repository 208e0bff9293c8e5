package dev.readyservice.report.handover;

import dev.readyservice.analyzer.Analysis;
import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.analyzer.PackInfo;
import dev.readyservice.analyzer.PolicyDescriptor;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.report.PrrReport;
import dev.readyservice.report.rules.ReportBuilder;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.WireValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hand-made preview of a two-component product ("shop": customer-facing api, internal worker)
 * with every kind of resource the handover pack reads, some values unknown and some secret.
 */
final class HandoverFixtures {
    static final String SECRET = "pa55-never-print-ZX81";
    static final String PREFIX = "urn:pulumi:qa::shop::";
    static final String STACK = PREFIX + "pulumi:pulumi:Stack::shop-qa";
    static final String SERVICE = PREFIX + "readiness:index:ReadyService::shop";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

    private HandoverFixtures() {
    }

    static Map<String, Object> secret(Object value) {
        return Map.of(WireValues.SIG_KEY, WireValues.SECRET_SIG, "value", value);
    }

    static String urn(String type, String name) {
        return PREFIX + "readiness:index:ReadyService$" + type + "::" + name;
    }

    static RecordedResource custom(String type, String name, Map<String, Object> inputs) {
        return custom(type, name, inputs, Map.of());
    }

    static RecordedResource custom(String type, String name, Map<String, Object> inputs, Map<String, List<String>> deps) {
        return new RecordedResource(urn(type, name), type, name, true, SERVICE, inputs, List.of(), deps, "", false, false, "", "");
    }

    static List<String> ddTags(String component, String... more) {
        List<String> tags = new ArrayList<>(List.of("service:shop-" + component, "env:qa", "component:" + component));
        tags.addAll(List.of(more));
        return tags;
    }

    static Preview preview() {
        String policyUrn = urn("pagerduty:index/escalationPolicy:EscalationPolicy", "shop-escalation-policy");
        String backupPolicyUrn = urn("azure-native:dataprotection:BackupPolicy", "shop-backup-policy");
        return new Preview("shop", "qa", List.of(
                new RecordedResource(STACK, "pulumi:pulumi:Stack", "shop-qa", false, "", Map.of(), List.of(), Map.of(), "", false, false, "", ""),
                new RecordedResource(SERVICE, "readiness:index:ReadyService", "shop", false, STACK, Map.of(
                        "components", List.of(Map.of("name", "api", "criticality", "customer-facing"), Map.of("name", "worker", "criticality", "internal")),
                        "signOffs", Map.of("tech.change-management", Map.of("by", "rm@example.com", "date", "2026-11-01",
                                "link", "https://wiki.example.com/shop/change"))),
                        List.of(), Map.of(), "", false, false, "", ""),
                custom("datadog:index/monitor:Monitor", "shop-api-latency-threshold", Map.of(
                        "name", "[qa] shop-api latency above threshold", "type", "query alert",
                        "message", "latency high\nRouting: page\nPlaybook: https://git.example.com/shop/docs/playbooks/latency.md\n@pagerduty-shop-api",
                        "monitorThresholds", Map.of("critical", "0.4", "warning", "0.32"),
                        "tags", ddTags("api", "golden-signal:latency", "monitor-kind:threshold", "routing:page"))),
                custom("datadog:index/monitor:Monitor", "shop-api-availability-burn-fast", Map.of(
                        "name", "[qa] shop-api-availability fast burn (1h/5m)", "type", "slo alert", "query", WireValues.UNKNOWN,
                        "message", "burning\nPlaybook: https://git.example.com/shop/docs/playbooks/availability-burn.md",
                        "monitorThresholds", Map.of("critical", "14.4"),
                        "tags", ddTags("api", "monitor-kind:burn-rate", "routing:page", "slo:shop-api-availability", "burn-window:1h-5m"))),
                custom("datadog:index/monitor:Monitor", "shop-worker-traffic-threshold", Map.of(
                        "type", "query alert", "message", secret("Playbook: " + SECRET),
                        "monitorThresholds", Map.of("critical", "10", "warning", WireValues.UNKNOWN),
                        "tags", ddTags("worker", "golden-signal:traffic", "routing:business-hours"))),
                custom("datadog:index/monitor:Monitor", "hand-made-monitor", Map.of("type", "metric alert", "message", "no playbook here")),
                custom("datadog:index/serviceLevelObjective:ServiceLevelObjective", "shop-api-availability-slo", Map.of(
                        "name", "shop-api-availability", "type", "metric",
                        "thresholds", List.of(Map.of("target", 99.9, "timeframe", "30d"), Map.of("target", 99.0, "timeframe", "7d")),
                        "tags", ddTags("api", "sli:availability"))),
                custom("datadog:index/serviceLevelObjective:ServiceLevelObjective", "shop-api-latency-slo", Map.of(
                        "name", "shop-api-latency", "type", "time_slice",
                        "thresholds", List.of(Map.of("target", WireValues.UNKNOWN, "timeframe", "30d")),
                        "tags", ddTags("api", "sli:latency"))),
                custom("pagerduty:index/escalationPolicy:EscalationPolicy", "shop-escalation-policy", Map.of(
                        "name", "shop-escalation", "numLoops", 2.0, "teams", WireValues.UNKNOWN,
                        "rules", List.of(
                                Map.of("escalationDelayInMinutes", 15.0, "targets", List.of(Map.of("type", "schedule_reference", "id", "PSCHED1"))),
                                Map.of("escalationDelayInMinutes", 30.0, "targets", List.of(Map.of("type", "schedule_reference", "id", "PSCHED2"),
                                        Map.of("type", "user_reference", "id", "PUSER3")))))),
                custom("pagerduty:index/service:Service", "shop-api-service", Map.of(
                        "name", "shop-api", "escalationPolicy", WireValues.UNKNOWN,
                        "incidentUrgencyRule", Map.of("type", "constant", "urgency", "high")),
                        Map.of("escalationPolicy", List.of(policyUrn))),
                custom("pagerduty:index/service:Service", "shop-worker-service", Map.of(
                        "name", "shop-worker", "escalationPolicy", WireValues.UNKNOWN,
                        "incidentUrgencyRule", Map.of("type", "use_support_hours",
                                "duringSupportHours", Map.of("type", "constant", "urgency", "high"),
                                "outsideSupportHours", Map.of("type", "constant", "urgency", "low")),
                        "supportHours", Map.of("type", "fixed_time_per_day", "timeZone", "Europe/London", "daysOfWeeks", List.of(1.0, 2.0, 3.0, 4.0, 5.0),
                                "startTime", "09:00:00", "endTime", "17:30:00")),
                        Map.of("escalationPolicy", List.of(policyUrn))),
                custom("azure-native:dataprotection:BackupVault", "shop-backup-vault", Map.of("properties", Map.of(
                        "securitySettings", Map.of("softDeleteSettings", Map.of("state", "On", "retentionDurationInDays", 14.0),
                                "immutabilitySettings", Map.of("state", "Disabled")),
                        "storageSettings", List.of(Map.of("datastoreType", "VaultStore", "type", "ZoneRedundant"))))),
                custom("azure-native:dataprotection:BackupPolicy", "shop-backup-policy", Map.of("vaultName", WireValues.UNKNOWN, "properties", Map.of(
                        "datasourceTypes", List.of("Microsoft.Storage/storageAccounts/blobServices"),
                        "policyRules", List.of(Map.of("name", "Default", "objectType", "AzureRetentionRule", "lifecycles", List.of(Map.of(
                                "deleteAfter", Map.of("duration", "P30D"), "sourceDataStore", Map.of("dataStoreType", "OperationalStore")))))))),
                custom("azure-native:dataprotection:BackupInstance", "shop-backup-instance", Map.of("properties", Map.of(
                        "friendlyName", "shopqadata", "policyInfo", Map.of("policyId", WireValues.UNKNOWN))),
                        Map.of("properties", List.of(backupPolicyUrn))),
                custom("azure-native:storage:StorageAccount", "shop-api-data", Map.of("sku", Map.of("name", "Standard_ZRS"),
                        "primaryKey", WireValues.UNKNOWN, "tags", Map.of("component", "api", "criticality", "customer-facing"))),
                custom("azure-native:storage:BlobServiceProperties", "shop-blob-protection", Map.of("accountName", WireValues.UNKNOWN,
                        "deleteRetentionPolicy", Map.of("enabled", true, "days", 31.0),
                        "containerDeleteRetentionPolicy", Map.of("enabled", false),
                        "isVersioningEnabled", true, "restorePolicy", Map.of("enabled", true, "days", 30.0))),
                custom("azure-native:dbforpostgresql:Server", "shop-postgres", Map.of("administratorLoginPassword", secret(SECRET),
                        "backup", Map.of("backupRetentionDays", 35.0, "geoRedundantBackup", "Enabled"),
                        "highAvailability", Map.of("mode", "ZoneRedundant"), "tags", Map.of("component", "api"))),
                custom("azure-native:insights:AutoscaleSetting", "shop-api-autoscale", Map.of(
                        "profiles", List.of(Map.of("capacity", Map.of("minimum", "2", "maximum", "10", "default", "2"))),
                        "tags", Map.of("component", "api", "capacity-planned-peak-rps", "400", "capacity-rps-per-instance", "80", "capacity-headroom", "1.5"))),
                custom("azure-native:insights:AutoscaleSetting", "shop-worker-autoscale", Map.of(
                        "profiles", List.of(Map.of("capacity", Map.of("minimum", "1", "maximum", "5", "default", "1")),
                                Map.of("capacity", Map.of("minimum", "1", "maximum", "6", "default", "1"))),
                        "tags", Map.of("component", "worker", "capacity-planned-peak-rps", "400", "capacity-rps-per-instance", "80", "capacity-headroom", "1.5")))),
                List.of(), Set.of("shop:postgresPassword"), Duration.ofMillis(900));
    }

    static PrrReport report(Preview preview) {
        PackInfo pack = new PackInfo("readyservice-prr", "0.1.0", List.of(new PolicyDescriptor("missing-sign-off",
                List.of("tech.change-management"), EnforcementLevel.MANDATORY, false, List.of(), "sign-offs are recorded and fresh")));
        return ReportBuilder.build(preview, new Analysis(pack, List.of()), ProjectArtefacts.none("qa"), CLOCK);
    }

    /** The report of {@link #bare()}, from a pack with no policy. */
    static PrrReport bareReport() {
        return ReportBuilder.build(bare(), new Analysis(new PackInfo("empty", "0.0.0", List.of()), List.of()), ProjectArtefacts.none("dev"), CLOCK);
    }

    /** A program that does not use ReadyService and has nothing the pack reads: a lone resource group. */
    static Preview bare() {
        return new Preview("plain", "dev", List.of(
                new RecordedResource(PREFIX + "pulumi:pulumi:Stack::plain-dev", "pulumi:pulumi:Stack", "plain-dev", false, "", Map.of(),
                        List.of(), Map.of(), "", false, false, "", "")),
                List.of(), Set.of(), Duration.ZERO);
    }
}
