package dev.readyservice.report.handover;

import dev.readyservice.report.HandoverFacts;
import dev.readyservice.report.MarkdownTable;
import dev.readyservice.review.WireValues;
import java.util.List;
import java.util.Map;

/** The backup policy of every stateful resource, and how to restore each kind. */
final class BackupSection {
    private BackupSection() {
    }

    static void appendTo(StringBuilder out, HandoverFacts facts) {
        out.append("## Backups and restore\n\n");
        List<HandoverFacts.StorageAccount> storage = facts.storageAccounts();
        List<HandoverFacts.BlobService> blobs = facts.blobServices();
        List<HandoverFacts.PostgresServer> postgres = facts.postgresServers();
        List<HandoverFacts.BackupPolicy> policies = facts.backupPolicies();
        List<HandoverFacts.BackupVault> vaults = facts.backupVaults();
        if (storage.isEmpty() && postgres.isEmpty() && policies.isEmpty() && vaults.isEmpty()) {
            out.append("This stack defines no storage account, database or backup vault: there is nothing to back up or restore.\n\n");
            return;
        }
        appendVaults(out, vaults, policies, facts.backupInstances());
        appendStorage(out, storage, blobs);
        appendPostgres(out, postgres);
        RestoreSteps.appendTo(out, !storage.isEmpty() || !blobs.isEmpty(), !postgres.isEmpty());
    }

    private static void appendVaults(StringBuilder out, List<HandoverFacts.BackupVault> vaults, List<HandoverFacts.BackupPolicy> policies,
            List<HandoverFacts.BackupInstance> instances) {
        MarkdownTable table = new MarkdownTable("Backup vault", "Redundancy", "Soft delete", "Immutability");
        for (HandoverFacts.BackupVault vault : vaults) {
            Object settings = vault.properties();
            Object softDelete = InputValues.at(settings, "securitySettings", "softDeleteSettings");
            table.row(vault.name(), storageSettings(InputValues.at(settings, "storageSettings")),
                    InputValues.text(InputValues.at(softDelete, "state")) + ", "
                            + InputValues.number(InputValues.at(softDelete, "retentionDurationInDays")).map(d -> InputValues.plain(d) + " days")
                            .orElse(InputValues.text(InputValues.at(softDelete, "retentionDurationInDays"))),
                    InputValues.text(InputValues.at(settings, "securitySettings", "immutabilitySettings", "state")));
        }
        if (!table.isEmpty()) {
            table.appendTo(out).append('\n');
        }
        MarkdownTable rules = new MarkdownTable("Backup policy", "Data source", "Rule", "Data store", "Retention");
        for (HandoverFacts.BackupPolicy policy : policies) {
            Object properties = policy.properties();
            List<?> types = InputValues.list(InputValues.at(properties, "datasourceTypes"));
            String sources = types.isEmpty() ? InputValues.text(InputValues.at(properties, "datasourceTypes"))
                    : String.join(", ", types.stream().map(InputValues::text).toList());
            for (Object rule : InputValues.list(InputValues.at(properties, "policyRules"))) {
                for (Object lifecycle : InputValues.list(InputValues.at(rule, "lifecycles"))) {
                    rules.row(policy.name(), sources, InputValues.text(InputValues.at(rule, "name")),
                            InputValues.text(InputValues.at(lifecycle, "sourceDataStore", "dataStoreType")),
                            retention(InputValues.at(lifecycle, "deleteAfter", "duration")));
                }
            }
        }
        if (!rules.isEmpty()) {
            rules.appendTo(out).append('\n');
        }
        MarkdownTable protectedBy = new MarkdownTable("Backup instance", "Protects", "Policy");
        for (HandoverFacts.BackupInstance instance : instances) {
            Object properties = instance.properties();
            protectedBy.row(instance.name(), InputValues.text(InputValues.at(properties, "friendlyName")),
                    instance.policyName()
                            .orElse(InputValues.text(InputValues.at(properties, "policyInfo", "policyId"))));
        }
        if (!protectedBy.isEmpty()) {
            protectedBy.appendTo(out).append('\n');
        }
    }

    private static void appendStorage(StringBuilder out, List<HandoverFacts.StorageAccount> storage, List<HandoverFacts.BlobService> blobs) {
        if (storage.isEmpty() && blobs.isEmpty()) {
            return;
        }
        MarkdownTable accounts = new MarkdownTable("Storage account", "Component", "Redundancy (SKU)");
        storage.forEach(s -> accounts.row(s.name(), HandoverDocument.component(s.component()), InputValues.text(InputValues.at(s.sku(), "name"))));
        if (!accounts.isEmpty()) {
            accounts.appendTo(out).append('\n');
        }
        MarkdownTable protection = new MarkdownTable("Blob protection", "Blob soft delete", "Container soft delete", "Versioning",
                "Point-in-time restore", "Change feed");
        for (HandoverFacts.BlobService blob : blobs) {
            protection.row(blob.name(), days(blob.deleteRetentionPolicy()), days(blob.containerDeleteRetentionPolicy()),
                    InputValues.text(blob.isVersioningEnabled()), days(blob.restorePolicy()), days(blob.changeFeed()));
        }
        if (!protection.isEmpty()) {
            protection.appendTo(out).append('\n');
        }
    }

    private static void appendPostgres(StringBuilder out, List<HandoverFacts.PostgresServer> servers) {
        MarkdownTable table = new MarkdownTable("PostgreSQL server", "Component", "Backup retention", "Geo-redundant backup", "High availability");
        for (HandoverFacts.PostgresServer server : servers) {
            Object retention = InputValues.at(server.backup(), "backupRetentionDays");
            table.row(server.name(), HandoverDocument.component(server.component()),
                    InputValues.number(retention).map(d -> InputValues.plain(d) + " days (point-in-time restore window)")
                            .orElse(retention == null ? "not set (Azure default: 7 days)" : InputValues.text(retention)),
                    InputValues.text(InputValues.at(server.backup(), "geoRedundantBackup")),
                    InputValues.text(InputValues.at(server.highAvailability(), "mode")));
        }
        if (!table.isEmpty()) {
            table.appendTo(out).append('\n');
        }
    }

    /** An ISO-8601 duration such as {@code P7D}, read for a person. */
    static String retention(Object duration) {
        if (duration instanceof String d && d.matches("P\\d+D")) {
            return d.substring(1, d.length() - 1) + " days (" + d + ")";
        }
        return InputValues.text(duration);
    }

    /** An Azure {@code {enabled, days}} policy (change feed calls it {@code retentionInDays}). */
    static String days(Object policy) {
        if (policy == null) {
            return "off (not set)";
        }
        if (!(policy instanceof Map<?, ?>) || WireValues.isSecret(policy)) {
            return InputValues.text(policy);
        }
        Object enabled = InputValues.at(policy, "enabled");
        if (Boolean.FALSE.equals(enabled)) {
            return "off";
        }
        Object days = InputValues.at(policy, "days");
        Object value = days != null ? days : InputValues.at(policy, "retentionInDays");
        String when = Boolean.TRUE.equals(enabled) ? "on" : InputValues.text(enabled);
        return value == null ? when : when + ", " + InputValues.number(value).map(d -> InputValues.plain(d) + " days").orElse(InputValues.text(value));
    }

    private static String storageSettings(Object settings) {
        List<?> list = InputValues.list(settings);
        return list.isEmpty() ? InputValues.text(settings)
                : String.join(", ", list.stream().map(s -> InputValues.text(InputValues.at(s, "type"))).toList());
    }
}
