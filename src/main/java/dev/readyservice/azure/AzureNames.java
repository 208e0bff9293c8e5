package dev.readyservice.azure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Deterministic Azure names for the resources whose names other resources must know in advance
 * (Application Gateway sub-resource ids) or that Azure requires to be globally unique with strict
 * rules (storage accounts, Key Vaults, PostgreSQL servers). Same product and environment, same
 * names, so a redeploy updates rather than replaces.
 */
public final class AzureNames {

    /** Length of the hash suffix that makes global names unique per product and environment. */
    static final int HASH_LENGTH = 8;

    private AzureNames() {
    }

    /** @return {@code rg-<product>-<environment>} */
    public static String resourceGroupName(AzureProduct product) {
        return resourceGroupName(product.product(), product.environment());
    }

    /**
     * @param product     product slug
     * @param environment environment
     * @return {@code rg-<product>-<environment>}
     */
    public static String resourceGroupName(String product, String environment) {
        return "rg-" + product + "-" + environment;
    }

    /**
     * A component's web app, named exactly (not a Pulumi auto-name) because its Datadog metrics are
     * filtered on it before the first deploy; it is also the app's host name, so globally unique.
     *
     * @param product     product slug
     * @param environment environment
     * @param component   component name
     * @return {@code <product>-<environment>-<component>}
     */
    public static String webAppName(String product, String environment, String component) {
        return product + "-" + environment + "-" + component;
    }

    /**
     * A component's App Service plan, named exactly because its CPU (the saturation signal) is
     * filtered on it.
     *
     * @param product     product slug
     * @param environment environment
     * @param component   component name
     * @return {@code plan-<product>-<environment>-<component>}
     */
    public static String planName(String product, String environment, String component) {
        return "plan-" + product + "-" + environment + "-" + component;
    }

    /** @return {@code agw-<product>-<environment>} */
    public static String applicationGatewayName(AzureProduct product) {
        return "agw-" + product.product() + "-" + product.environment();
    }

    /**
     * A storage account name: 3-24 lower-case letters and digits, globally unique. Built from the
     * product and environment (letters and digits only, cut to 16) and an 8-character hash of both,
     * so two products whose slugs differ only by hyphens or length still get different names.
     *
     * @param product the product
     * @return a name that satisfies {@link #isValidStorageAccountName(String)}
     */
    public static String storageAccountName(AzureProduct product) {
        return storageAccountName(product.product(), product.environment());
    }

    /**
     * Same as {@link #storageAccountName(AzureProduct)} for raw strings (any characters).
     *
     * @param product     product slug
     * @param environment environment
     * @return a valid storage account name
     */
    public static String storageAccountName(String product, String environment) {
        String base = alphanumeric(product + environment);
        return truncate(base, 24 - HASH_LENGTH) + hash(product + "/" + environment);
    }

    /**
     * A Key Vault name: 3-24 letters, digits and hyphens, starting with a letter, globally unique
     * (and reserved for the soft-delete period after deletion). {@code kv} + letters and digits of
     * the product and environment, cut to 14, + an 8-character hash.
     *
     * @param product the product
     * @return a name that satisfies {@link #isValidKeyVaultName(String)}
     */
    public static String keyVaultName(AzureProduct product) {
        String base = alphanumeric(product.product() + product.environment());
        return "kv" + truncate(base, 24 - 2 - HASH_LENGTH) + hash("kv/" + product.product() + "/" + product.environment());
    }

    /**
     * A PostgreSQL flexible server name: 3-63 lower-case letters, digits and hyphens, globally
     * unique (it becomes {@code <name>.postgres.database.azure.com}).
     *
     * @param product the product
     * @return {@code psql-<product>-<environment>-<hash>}
     */
    public static String postgresServerName(AzureProduct product) {
        return "psql-" + product.product() + "-" + product.environment() + "-"
                + hash("psql/" + product.product() + "/" + product.environment());
    }

    /** @return the vault's data-plane URI, {@code https://<name>.vault.azure.net/} */
    public static String keyVaultUri(String vaultName) {
        return "https://" + vaultName + ".vault.azure.net/";
    }

    /**
     * Azure's storage account name rule.
     *
     * @param name candidate
     * @return true for 3-24 lower-case letters and digits
     */
    public static boolean isValidStorageAccountName(String name) {
        return name != null && name.matches("[a-z0-9]{3,24}");
    }

    /**
     * Azure's Key Vault name rule.
     *
     * @param name candidate
     * @return true for 3-24 letters, digits and single hyphens, starting with a letter and ending
     *         with a letter or digit
     */
    public static boolean isValidKeyVaultName(String name) {
        return name != null && name.length() >= 3 && name.length() <= 24
                && name.matches("[a-zA-Z](-?[a-zA-Z0-9])*");
    }

    private static String alphanumeric(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest Javadoc).
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
