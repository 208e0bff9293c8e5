package dev.readyservice.component;

/**
 * How the product's data is kept.
 *
 * @param backupRetentionDays days backups are kept: at least 7 in qa and 30 in prod (the backup
 *     policy floor), at most 35 with PostgreSQL (its limit) and 360 otherwise. Unset: 7 in qa, 30 in prod
 * @param redundancy storage and backup redundancy: {@code LRS}, {@code ZRS}, {@code GRS} or
 *     {@code GZRS}; prod needs a geo-redundant one. Unset: ZRS in qa, GZRS in prod
 * @param customerManagedKey encrypt storage and database with a key in the product's Key Vault.
 *     Unset: true in prod, false in qa. Prod may not turn it off
 * @param postgres whether the product has a PostgreSQL flexible server. Unset: false
 * @param storageAccountName the Azure storage account name, 3 to 24 lower-case letters and digits.
 *     Unset: derived from the product name and environment
 */
public record DataSpec(
        Integer backupRetentionDays,
        String redundancy,
        Boolean customerManagedKey,
        Boolean postgres,
        String storageAccountName) {
}
