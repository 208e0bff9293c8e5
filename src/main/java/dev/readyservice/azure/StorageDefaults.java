package dev.readyservice.azure;

import java.util.Map;

/**
 * Storage redundancy and retention rules, in one place so docs and tests can pin them.
 */
public final class StorageDefaults {

    /** Prod redundancy when none is given: geo-zone-redundant, surviving a zone and a region loss. */
    public static final String PROD_REDUNDANCY = "GZRS";

    /** QA redundancy when none is given: locally redundant, the cheapest. */
    public static final String QA_REDUNDANCY = "LRS";

    private static final Map<String, String> SKU_BY_REDUNDANCY = Map.of(
            "LRS", "Standard_LRS",
            "ZRS", "Standard_ZRS",
            "GRS", "Standard_GRS",
            "GZRS", "Standard_GZRS");

    private StorageDefaults() {
    }

    /**
     * @param redundancy one of {@link AzureData#REDUNDANCIES}, or null for the environment's default
     * @param prod       true in prod
     * @return the storage SKU name, e.g. {@code Standard_GZRS}
     */
    public static String skuName(String redundancy, boolean prod) {
        String effective = redundancy != null ? redundancy : (prod ? PROD_REDUNDANCY : QA_REDUNDANCY);
        return SKU_BY_REDUNDANCY.get(effective);
    }

    /**
     * Blob and container soft-delete days: one more than the restore window, because Azure
     * requires point-in-time restore days to be strictly less than soft-delete days.
     *
     * @param backupRetentionDays the data policy's retention
     * @return soft-delete days
     */
    public static int softDeleteDays(int backupRetentionDays) {
        return backupRetentionDays + 1;
    }
}
