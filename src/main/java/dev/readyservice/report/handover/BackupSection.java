package dev.readyservice.report.handover;

import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.WireValues;
import java.util.List;
import java.util.Map;

/** The backup policy of every stateful resource, and how to restore each kind. */
final class BackupSection {
    static final String VAULT = "azure-native:dataprotection:BackupVault";
    static final String POLICY = "azure-native:dataprotection:BackupPolicy";
    static final String INSTANCE = "azure-native:dataprotection:BackupInstance";
    static final String STORAGE = "azure-native:storage:StorageAccount";
    static final String BLOB_SERVICE = "azure-native:storage:BlobServiceProperties";
    static final String POSTGRES = "azure-native:dbforpostgresql:Server";

    private BackupSection() {
    }

    static void appendTo(StringBuilder out, HandoverContext context) {
        out.append("## Backups and restore\n\n");
        List<RecordedResource> storage = context.ofType(STORAGE);
        List<RecordedResource> blobs = context.ofType(BLOB_SERVICE);
        List<RecordedResource> postgres = context.ofType(POSTGRES);
        List<RecordedResource> policies = context.ofType(POLICY);
        List<RecordedResource> vaults = context.ofType(VAULT);
        if (storage.isEmpty() && postgres.isEmpty() && policies.isEmpty() && vaults.isEmpty()) {
            out.append("This stack defines no storage account, database or backup vault: there is nothing to back up or restore.\n\n");
            return;
        }
        appendVaults(out, vaults, policies, context.ofType(INSTANCE), context);
        appendStorage(out, storage, blobs, context);
        appendPostgres(out, postgres, context);
        RestoreSteps.appendTo(out, !storage.isEmpty() || !blobs.isEmpty(), !postgres.isEmpty());
    }

    private static void appendVaults(StringBuilder out, List<RecordedResource> vaults, List<RecordedResource> policies,
            List<RecordedResource> instances, HandoverContext context) {
        MarkdownTable table = new MarkdownTable("Backup vault", "Redundancy", "Soft delete", "Immutability");
        for (RecordedResource vault : vaults) {
            Object settings = InputValues.at(vault.inputs(), "properties");
            Object softDelete = InputValues.at(settings, "securitySettings", "softDeleteSettings");
            table.row(vault.name(), storageSettings(InputValues.at(settings, "storageSettings")),
                    InputValues.text(InputValues.at(softDelete, "state")) + ", "
                            + InputValues.number(InputValues.at(softDelete, "retentionDurationInDays")).map(d -> InputValues.plain(d) + " days")
                            .orElse(InputValues.text(InputValues.at(softDelete, "retentionDurationInDays"))),
                    InputValues.text(InputValues.at(settings, "securitySettings", "immutabilitySettings", "state")));
        }
        if (!table.isEmpty()) {
            table.appendTo(out);
        }
        MarkdownTable rules = new MarkdownTable("Backup policy", "Data source", "Rule", "Data store", "Retention");
        for (RecordedResource policy : policies) {
            Object properties = InputValues.at(policy.inputs(), "properties");
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
            rules.appendTo(out);
        }
        MarkdownTable protectedBy = new MarkdownTable("Backup instance", "Protects", "Policy");
        for (RecordedResource instance : instances) {
            Object properties = InputValues.at(instance.inputs(), "properties");
            protectedBy.row(instance.name(), InputValues.text(InputValues.at(properties, "friendlyName")),
                    context.dependency(instance, "properties", POLICY).map(RecordedResource::name)
                            .orElse(InputValues.text(InputValues.at(properties, "policyInfo", "policyId"))));
        }
        if (!protectedBy.isEmpty()) {
            protectedBy.appendTo(out);
        }
    }

    private static void appendStorage(StringBuilder out, List<RecordedResource> storage, List<RecordedResource> blobs, HandoverContext context) {
        if (storage.isEmpty() && blobs.isEmpty()) {
            return;
        }
        MarkdownTable accounts = new MarkdownTable("Storage account", "Component", "Redundancy (SKU)");
        storage.forEach(s -> accounts.row(s.name(), context.component(s), InputValues.text(InputValues.at(s.inputs(), "sku", "name"))));
        if (!accounts.isEmpty()) {
            accounts.appendTo(out);
        }
        MarkdownTable protection = new MarkdownTable("Blob protection", "Blob soft delete", "Container soft delete", "Versioning",
                "Point-in-time restore", "Change feed");
        for (RecordedResource blob : blobs) {
            protection.row(blob.name(), days(InputValues.at(blob.inputs(), "deleteRetentionPolicy")),
                    days(InputValues.at(blob.inputs(), "containerDeleteRetentionPolicy")),
                    InputValues.text(blob.inputs().get("isVersioningEnabled")),
                    days(InputValues.at(blob.inputs(), "restorePolicy")), days(InputValues.at(blob.inputs(), "changeFeed")));
        }
        if (!protection.isEmpty()) {
            protection.appendTo(out);
        }
    }

    private static void appendPostgres(StringBuilder out, List<RecordedResource> servers, HandoverContext context) {
        MarkdownTable table = new MarkdownTable("PostgreSQL server", "Component", "Backup retention", "Geo-redundant backup", "High availability");
        for (RecordedResource server : servers) {
            Object retention = InputValues.at(server.inputs(), "backup", "backupRetentionDays");
            table.row(server.name(), context.component(server),
                    InputValues.number(retention).map(d -> InputValues.plain(d) + " days (point-in-time restore window)")
                            .orElse(retention == null ? "not set (Azure default: 7 days)" : InputValues.text(retention)),
                    InputValues.text(InputValues.at(server.inputs(), "backup", "geoRedundantBackup")),
                    InputValues.text(InputValues.at(server.inputs(), "highAvailability", "mode")));
        }
        if (!table.isEmpty()) {
            table.appendTo(out);
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
