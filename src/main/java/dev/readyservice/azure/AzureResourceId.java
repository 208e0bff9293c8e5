package dev.readyservice.azure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An Azure resource ID taken apart: {@code /subscriptions/<sub>/resourceGroups/<group>/providers/
 * <Namespace>/<type>/<name>[/<child type>/<child name>...]}.
 *
 * @param subscriptionId the subscription
 * @param resourceGroup  the resource group
 * @param type           the full resource type, e.g. {@code Microsoft.Web/sites} or
 *                       {@code Microsoft.Sql/servers/databases}, as written in the ID
 * @param names          the resource's names, outermost first (a SQL database: server, database)
 */
public record AzureResourceId(String subscriptionId, String resourceGroup, String type, List<String> names) {

    public AzureResourceId {
        names = List.copyOf(names);
    }

    /**
     * @param id the text of an ID
     * @return the parts, or empty when {@code id} is no resource ID of a resource in a resource group
     */
    public static Optional<AzureResourceId> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String[] parts = id.split("/", -1);
        // "", subscriptions, sub, resourceGroups, group, providers, namespace, (type, name)+
        if (parts.length < 9 || (parts.length - 7) % 2 != 0 || !parts[0].isEmpty()
                || !parts[1].equalsIgnoreCase("subscriptions") || !parts[3].equalsIgnoreCase("resourceGroups")
                || !parts[5].equalsIgnoreCase("providers")) {
            return Optional.empty();
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isBlank()) {
                return Optional.empty();
            }
        }
        StringBuilder type = new StringBuilder(parts[6]);
        List<String> names = new ArrayList<>();
        for (int i = 7; i < parts.length; i += 2) {
            type.append('/').append(parts[i]);
            names.add(parts[i + 1]);
        }
        return Optional.of(new AzureResourceId(parts[2], parts[4], type.toString(), names));
    }

    /** @return true when this is a resource of {@code expectedType} (Azure compares types case-insensitively) */
    public boolean isOfType(String expectedType) {
        return type.toLowerCase(Locale.ROOT).equals(expectedType.toLowerCase(Locale.ROOT));
    }

    /** @return the innermost name, e.g. the database's for a SQL database */
    public String name() {
        return names.get(names.size() - 1);
    }
}
