package dev.readyservice.azure;

import com.pulumi.core.Output;
import java.util.ArrayList;
import java.util.List;

/**
 * The product's data policy as the storage, backup, Key Vault and PostgreSQL factories need it.
 *
 * @param backupRetentionDays    days backups are kept: blob operational backup retention, blob
 *                               point-in-time restore window (soft delete keeps one day more) and,
 *                               when {@code postgres}, the server's own backup retention (7-35)
 * @param redundancy             {@code LRS}, {@code ZRS}, {@code GRS} or {@code GZRS}; when null, prod
 *                               uses {@code GZRS} and qa {@code LRS} (see {@link StorageDefaults})
 * @param customerManagedKey     true to encrypt storage (and PostgreSQL) with an RSA key of our Key
 *                               Vault; the component sets it for prod. False uses platform keys
 * @param postgres               true to create a PostgreSQL flexible server
 * @param postgresAdminPassword  administrator password, a secret read from stack config; required
 *                               when {@code postgres}, ignored otherwise, never logged
 * @param tlsCertificateSecretId Key Vault secret id of the certificate the gateway's HTTPS listener
 *                               serves; required when any component is customer-facing
 * @param storageAccountName     the storage account's Azure name, 3 to 24 lower-case letters and
 *                               digits; null derives it from the product and environment
 *                               ({@link AzureNames#storageAccountName(AzureProduct)})
 */
public record AzureData(int backupRetentionDays, String redundancy, boolean customerManagedKey, boolean postgres,
        Output<String> postgresAdminPassword, String tlsCertificateSecretId, String storageAccountName) {

    /** Storage redundancy values we accept. */
    public static final List<String> REDUNDANCIES = List.of("LRS", "ZRS", "GRS", "GZRS");

    /** Longest blob restore window: restore days must stay below soft-delete days, which stop at 365. */
    public static final int MAX_BLOB_RETENTION_DAYS = 364;

    /** PostgreSQL flexible server backup retention range. */
    public static final int MIN_POSTGRES_RETENTION_DAYS = 7;

    /** PostgreSQL flexible server backup retention range. */
    public static final int MAX_POSTGRES_RETENTION_DAYS = 35;

    /**
     * Checks every field and reports all problems at once; values are never clamped.
     *
     * @throws IllegalArgumentException naming each field, its value and what is allowed
     */
    public AzureData {
        List<String> problems = new ArrayList<>();
        if (backupRetentionDays < 1 || backupRetentionDays > MAX_BLOB_RETENTION_DAYS) {
            problems.add("backupRetentionDays " + backupRetentionDays + " must be between 1 and " + MAX_BLOB_RETENTION_DAYS);
        }
        if (redundancy != null && !REDUNDANCIES.contains(redundancy)) {
            problems.add("redundancy '" + redundancy + "' must be one of " + REDUNDANCIES + " or unset");
        }
        if (postgres && (backupRetentionDays < MIN_POSTGRES_RETENTION_DAYS || backupRetentionDays > MAX_POSTGRES_RETENTION_DAYS)) {
            problems.add("backupRetentionDays " + backupRetentionDays + " must be between " + MIN_POSTGRES_RETENTION_DAYS
                    + " and " + MAX_POSTGRES_RETENTION_DAYS + " when postgres is enabled");
        }
        if (postgres && postgresAdminPassword == null) {
            problems.add("postgresAdminPassword must be set when postgres is enabled");
        }
        if (storageAccountName != null && !AzureNames.isValidStorageAccountName(storageAccountName)) {
            problems.add("storageAccountName '" + storageAccountName + "' must be 3 to 24 lower-case letters and digits");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid AzureData: " + String.join("; ", problems));
        }
    }

    /** Data with the storage account name derived from the product and environment. */
    public AzureData(int backupRetentionDays, String redundancy, boolean customerManagedKey, boolean postgres,
            Output<String> postgresAdminPassword, String tlsCertificateSecretId) {
        this(backupRetentionDays, redundancy, customerManagedKey, postgres, postgresAdminPassword, tlsCertificateSecretId, null);
    }

    /** The storage account's Azure name: the one given, else the derived one. */
    public String storageAccountName(AzureProduct product) {
        return storageAccountName != null ? storageAccountName : AzureNames.storageAccountName(product);
    }

    /** Hides the password, which an auto-generated record string would otherwise print. */
    @Override
    public String toString() {
        return "AzureData[backupRetentionDays=" + backupRetentionDays + ", redundancy=" + redundancy
                + ", customerManagedKey=" + customerManagedKey + ", postgres=" + postgres
                + ", postgresAdminPassword=" + (postgresAdminPassword == null ? "unset" : "***")
                + ", tlsCertificateSecretId=" + tlsCertificateSecretId + ", storageAccountName=" + storageAccountName + "]";
    }
}
