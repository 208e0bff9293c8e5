package dev.readyservice.azure;

import dev.readyservice.model.Environment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The product-wide facts every Azure factory needs.
 *
 * @param product        product slug, e.g. {@code checkout}; lower-case letters, digits and
 *                       hyphens, starting with a letter; used in names and the {@code product} tag
 * @param environment    {@code qa} or {@code prod}; prod turns on locks, {@code protect},
 *                       geo-redundancy, zone redundancy and high availability
 * @param location       Azure region, e.g. {@code westeurope}
 * @param subscriptionId subscription that receives the resources; needed for the full ids of
 *                       Application Gateway sub-resources and role definitions
 * @param tenantId       Azure AD tenant of the Key Vault and its access policies
 */
public record AzureProduct(String product, String environment, String location, String subscriptionId,
        String tenantId) {

    /** The environments a product is deployed to. */
    public static final List<String> ENVIRONMENTS = Arrays.stream(Environment.values()).map(Environment::id).toList();

    /**
     * Checks every field and reports all problems at once.
     *
     * @throws IllegalArgumentException naming each field, its value and what is allowed
     */
    public AzureProduct {
        List<String> problems = new ArrayList<>();
        requireSlug(problems, "product", product, 2, 31);
        requireOneOf(problems, "environment", environment, ENVIRONMENTS);
        requireText(problems, "location", location);
        requireText(problems, "subscriptionId", subscriptionId);
        requireText(problems, "tenantId", tenantId);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid AzureProduct: " + String.join("; ", problems));
        }
        location = location.toLowerCase(Locale.ROOT);
    }

    /** @return true for the production environment */
    public boolean prod() {
        return Environment.PROD.id().equals(environment);
    }

    /**
     * A slug goes into Azure resource names and tags: {@code min} to {@code max} lower-case letters,
     * digits or hyphens, starting with a letter.
     */
    static void requireSlug(List<String> problems, String field, String value, int min, int max) {
        if (value == null || !value.matches("[a-z][a-z0-9-]{" + (min - 1) + "," + (max - 1) + "}")) {
            problems.add(field + " '" + value + "' must be " + min + "-" + max
                    + " lower-case letters, digits or hyphens, starting with a letter");
        }
    }

    static void requireOneOf(List<String> problems, String field, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            problems.add(field + " '" + value + "' must be one of " + allowed);
        }
    }

    static void requireText(List<String> problems, String field, String value) {
        if (Objects.requireNonNullElse(value, "").isBlank()) {
            problems.add(field + " must not be blank");
        }
    }
}
