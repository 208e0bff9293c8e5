package dev.readyservice.azure;

import com.pulumi.azurenative.sql.BackupShortTermRetentionPolicy;
import com.pulumi.azurenative.sql.BackupShortTermRetentionPolicyArgs;
import com.pulumi.azurenative.sql.LongTermRetentionPolicy;
import com.pulumi.azurenative.sql.LongTermRetentionPolicyArgs;
import com.pulumi.azurenative.sql.TransparentDataEncryption;
import com.pulumi.azurenative.sql.TransparentDataEncryptionArgs;
import com.pulumi.azurenative.sql.enums.TransparentDataEncryptionState;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.Optional;

/**
 * The backups and encryption setting of an Azure SQL database. Azure backs every database up
 * itself (full weekly, differential every 12 or 24 hours, log every 5 to 10 minutes); what a program
 * decides is how long those backups are kept: 1 to 35 days of point-in-time restore on the database's
 * {@code backupShortTermRetentionPolicies/default}, and beyond that weekly full backups kept by its
 * {@code backupLongTermRetentionPolicies/default}. Transparent data encryption is set on its
 * {@code transparentDataEncryption/current}.
 *
 * <p>Each resource names the server and database by their Azure names, the database's read through
 * its {@code id()}: in a preview of a Java program only {@code id()} carries a reference, so that is
 * how the policy pack relates them to the database (docs/evidence.md).
 */
public final class SqlBackups {
    /** The only retention policy name Azure accepts. */
    public static final String POLICY_NAME = "default";
    /** The only transparent data encryption name Azure accepts. */
    public static final String TDE_NAME = "current";
    /** Hours between differential backups: the shorter of the two Azure allows. */
    public static final int DIFFERENTIAL_BACKUP_HOURS = 12;
    /** Azure SQL keeps point-in-time backups at most this many days. */
    public static final int MAX_SHORT_TERM_DAYS = 35;

    private SqlBackups() {
    }

    /**
     * Where a database and its backups are: its group, its server's and its own Azure name, and its id
     * (the database resource's {@code id()} when it is one of the program, so the resources refer to it).
     */
    public record Database(String resourceGroupName, String serverName, String databaseName, Output<String> databaseId) {
    }

    /** What {@link #keep} created: the point-in-time retention, and the long-term one above 35 days. */
    public record Retention(BackupShortTermRetentionPolicy shortTerm, Optional<LongTermRetentionPolicy> longTerm) {
    }

    /**
     * Keeps the database's backups {@code retentionDays}: point-in-time restore for that long, at most
     * 35 days; above that, also weekly full backups kept the whole number of weeks that covers it.
     *
     * @param parent        owner
     * @param prefix        Pulumi name prefix: {@code <prefix>-backup-retention}, {@code <prefix>-long-term-retention}
     * @param db            the database
     * @param retentionDays days a backup must be kept
     * @return the policies
     */
    public static Retention keep(Resource parent, String prefix, Database db, int retentionDays) {
        var shortTerm = new BackupShortTermRetentionPolicy(prefix + "-backup-retention", BackupShortTermRetentionPolicyArgs.builder()
                .resourceGroupName(db.resourceGroupName())
                .serverName(db.serverName())
                .databaseName(nameThroughId(db))
                .policyName(POLICY_NAME)
                .retentionDays(Math.min(retentionDays, MAX_SHORT_TERM_DAYS))
                .diffBackupIntervalInHours(DIFFERENTIAL_BACKUP_HOURS)
                .build(), AzureResourceOptions.child(parent));
        if (retentionDays <= MAX_SHORT_TERM_DAYS) {
            return new Retention(shortTerm, Optional.empty());
        }
        var longTerm = new LongTermRetentionPolicy(prefix + "-long-term-retention", LongTermRetentionPolicyArgs.builder()
                .resourceGroupName(db.resourceGroupName())
                .serverName(db.serverName())
                .databaseName(nameThroughId(db))
                .policyName(POLICY_NAME)
                .weeklyRetention(weeksCovering(retentionDays))
                .build(), AzureResourceOptions.child(parent));
        return new Retention(shortTerm, Optional.of(longTerm));
    }

    /** The ISO 8601 weeks that keep a weekly backup at least {@code days}: {@code P6W} for 40 days. */
    static String weeksCovering(int days) {
        return "P" + ((days + 6) / 7) + "W";
    }

    /**
     * Turns transparent data encryption on for the database, stating it rather than relying on the
     * default for new databases (which the policy pack does not take as evidence).
     *
     * @param parent owner
     * @param prefix Pulumi name prefix: {@code <prefix>-tde}
     * @param db     the database
     * @return the setting
     */
    public static TransparentDataEncryption encrypt(Resource parent, String prefix, Database db) {
        return new TransparentDataEncryption(prefix + "-tde", TransparentDataEncryptionArgs.builder()
                .resourceGroupName(db.resourceGroupName())
                .serverName(db.serverName())
                .databaseName(nameThroughId(db))
                .tdeName(TDE_NAME)
                .state(TransparentDataEncryptionState.Enabled)
                .build(), AzureResourceOptions.child(parent));
    }

    /** The database's name read through its id, so the resource depends on the database by property. */
    private static Output<String> nameThroughId(Database db) {
        return db.databaseId().applyValue(id -> db.databaseName());
    }
}
