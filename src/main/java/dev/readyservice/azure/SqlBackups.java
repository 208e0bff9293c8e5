package dev.readyservice.azure;

import com.pulumi.azurenative.sql.BackupShortTermRetentionPolicy;
import com.pulumi.azurenative.sql.BackupShortTermRetentionPolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;

/**
 * The point-in-time backup retention of an Azure SQL database. Azure backs every database up
 * itself (full weekly, differential every 12 or 24 hours, log every 5 to 10 minutes); what a program
 * decides is how long those backups are kept, 1 to 35 days, on the database's
 * {@code backupShortTermRetentionPolicies/default}.
 */
public final class SqlBackups {
    /** The only policy name Azure accepts. */
    public static final String POLICY_NAME = "default";
    /** Hours between differential backups: the shorter of the two Azure allows. */
    public static final int DIFFERENTIAL_BACKUP_HOURS = 12;

    private SqlBackups() {
    }

    /**
     * Creates {@code <prefix>-backup-retention}.
     *
     * @param parent            owner
     * @param prefix            Pulumi name prefix
     * @param resourceGroupName the database's group
     * @param serverName        the server's Azure name
     * @param databaseName      the database's Azure name
     * @param databaseId        the database's id; built from the database resource's {@code id()} when it is
     *                          one of the program, so the policy refers to it
     * @param retentionDays     days the backups are kept, 1 to 35
     * @return the policy
     */
    public static BackupShortTermRetentionPolicy retention(Resource parent, String prefix, String resourceGroupName, String serverName,
            String databaseName, Output<String> databaseId, int retentionDays) {
        return new BackupShortTermRetentionPolicy(prefix + "-backup-retention", BackupShortTermRetentionPolicyArgs.builder()
                .resourceGroupName(resourceGroupName)
                .serverName(serverName)
                // Read through the database's id, so the policy depends on the database by property.
                .databaseName(databaseId.applyValue(id -> databaseName))
                .policyName(POLICY_NAME)
                .retentionDays(retentionDays)
                .diffBackupIntervalInHours(DIFFERENTIAL_BACKUP_HOURS)
                .build(), AzureResourceOptions.child(parent));
    }
}
