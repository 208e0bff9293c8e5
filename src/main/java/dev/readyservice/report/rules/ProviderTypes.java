package dev.readyservice.report.rules;

/**
 * The type tokens whose inputs the report reads, spelled once. Only this package reads a preview's
 * inputs by type; the renderers get typed facts ({@link dev.readyservice.report.HandoverFacts},
 * {@link dev.readyservice.report.ProductView}). The report may not import the provider bindings
 * (ImportRulesTest), so their own token constants cannot be used here.
 */
public final class ProviderTypes {
    public static final String READY_SERVICE = "readiness:index:ReadyService";
    /** The building block whose {@code webAppId} and {@code planId} name its component's compute. */
    public static final String MONITORING_BLOCK = "readiness:index:Monitoring";
    public static final String MONITOR = "datadog:index/monitor:Monitor";
    public static final String SLO = "datadog:index/serviceLevelObjective:ServiceLevelObjective";
    public static final String ESCALATION_POLICY = "pagerduty:index/escalationPolicy:EscalationPolicy";
    public static final String PAGERDUTY_SERVICE = "pagerduty:index/service:Service";
    public static final String AUTOSCALE_SETTING = "azure-native:insights:AutoscaleSetting";
    public static final String BACKUP_VAULT = "azure-native:dataprotection:BackupVault";
    public static final String BACKUP_POLICY = "azure-native:dataprotection:BackupPolicy";
    public static final String BACKUP_INSTANCE = "azure-native:dataprotection:BackupInstance";
    public static final String STORAGE_ACCOUNT = "azure-native:storage:StorageAccount";
    public static final String BLOB_SERVICE = "azure-native:storage:BlobServiceProperties";
    public static final String POSTGRES_SERVER = "azure-native:dbforpostgresql:Server";

    private ProviderTypes() {
    }
}
