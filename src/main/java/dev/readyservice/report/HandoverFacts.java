package dev.readyservice.report;

import java.util.List;
import java.util.Optional;

/**
 * What the SRE handover pack shows, read once from the preview by {@code report.rules.ReportBuilder}:
 * per kind of resource the inputs the pack renders, so the renderers never read a preview or a type
 * token. Each list is ordered by component (product-wide last) then resource name: the SDK
 * registers concurrently, so registration order would change from run to run.
 *
 * <p>Input values stay in Pulumi's wire form (numbers as text, unknowns and secrets as their markers):
 * the handover pack says when a value is known after deploy and never reads past a secret marker.
 * {@code component} is the report's component of the resource, "" for product-wide. Not part of
 * {@code prr-report.json}, which lists every resource's inputs as evidence already.
 *
 * @param monitors every Datadog monitor
 * @param slos every Datadog service level objective
 * @param escalationPolicies every PagerDuty escalation policy
 * @param services every PagerDuty service
 * @param autoscaleSettings every Azure autoscale setting
 * @param backupVaults every Azure Backup vault
 * @param backupPolicies every Azure Backup policy
 * @param backupInstances every Azure Backup instance
 * @param storageAccounts every Azure storage account
 * @param blobServices every blob service's properties
 * @param postgresServers every Azure PostgreSQL flexible server
 */
public record HandoverFacts(List<Monitor> monitors, List<Slo> slos, List<EscalationPolicy> escalationPolicies,
        List<PagerDutyService> services, List<AutoscaleSetting> autoscaleSettings, List<BackupVault> backupVaults,
        List<BackupPolicy> backupPolicies, List<BackupInstance> backupInstances, List<StorageAccount> storageAccounts,
        List<BlobService> blobServices, List<PostgresServer> postgresServers) {

    /** A stack with nothing the handover pack shows. */
    public static final HandoverFacts NONE = new HandoverFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of());

    public HandoverFacts {
        monitors = List.copyOf(monitors);
        slos = List.copyOf(slos);
        escalationPolicies = List.copyOf(escalationPolicies);
        services = List.copyOf(services);
        autoscaleSettings = List.copyOf(autoscaleSettings);
        backupVaults = List.copyOf(backupVaults);
        backupPolicies = List.copyOf(backupPolicies);
        backupInstances = List.copyOf(backupInstances);
        storageAccounts = List.copyOf(storageAccounts);
        blobServices = List.copyOf(blobServices);
        postgresServers = List.copyOf(postgresServers);
    }

    /**
     * A Datadog monitor.
     *
     * @param urn its URN, which ties it to its node in the product diagram
     * @param title its {@code name} input when that is known text, else the resource name
     */
    public record Monitor(String urn, String component, String title, Object tags, Object type, Object monitorThresholds, Object message) {
    }

    /**
     * A Datadog SLO.
     *
     * @param title its {@code name} input when that is known text, else the resource name
     */
    public record Slo(String component, String title, Object tags, Object type, Object thresholds) {
    }

    /**
     * A PagerDuty escalation policy.
     *
     * @param title its {@code name} input when that is known text, else the resource name
     */
    public record EscalationPolicy(String title, Object numLoops, Object rules) {
    }

    /**
     * A PagerDuty service.
     *
     * @param title its {@code name} input when that is known text, else the resource name
     * @param policyTitle the title of the escalation policy of this stack its {@code escalationPolicy} input refers to
     * @param escalationPolicy that input as sent, for a policy defined elsewhere
     */
    public record PagerDutyService(String component, String title, Optional<String> policyTitle, Object escalationPolicy,
            Object incidentUrgencyRule, Object supportHours) {
    }

    /** An Azure autoscale setting: its capacity tags and its profiles. */
    public record AutoscaleSetting(String component, String name, Object tags, Object profiles) {
    }

    /** An Azure Backup vault. */
    public record BackupVault(String name, Object properties) {
    }

    /** An Azure Backup policy. */
    public record BackupPolicy(String name, Object properties) {
    }

    /**
     * An Azure Backup instance.
     *
     * @param policyName the resource name of the backup policy of this stack its {@code properties} refer to
     */
    public record BackupInstance(String name, Object properties, Optional<String> policyName) {
    }

    /** An Azure storage account. */
    public record StorageAccount(String component, String name, Object sku) {
    }

    /** The blob service of a storage account: its data protection settings. */
    public record BlobService(String name, Object deleteRetentionPolicy, Object containerDeleteRetentionPolicy,
            Object isVersioningEnabled, Object restorePolicy, Object changeFeed) {
    }

    /** An Azure PostgreSQL flexible server. */
    public record PostgresServer(String component, String name, Object backup, Object highAvailability) {
    }
}
