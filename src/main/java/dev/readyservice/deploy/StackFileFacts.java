package dev.readyservice.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.review.ReviewException;
import dev.readyservice.review.project.StackFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The two facts a redeploy run needs from {@code Pulumi.<stack>.yaml}: its {@code secretsprovider}
 * and whether its config says it is production. Values of config keys are never kept or printed.
 *
 * @param secretsProvider the {@code secretsprovider} setting, empty when the file has none
 * @param productionByConfig true when a config key ending in {@code environment} (such as
 *     {@code readyservice:product.environment}) says {@code prod} or {@code production}
 */
public record StackFileFacts(Optional<String> secretsProvider, boolean productionByConfig) {

    /** The stack file of {@code stack} in {@code projectDir}. */
    public static Path stackFile(Path projectDir, String stack) {
        return StackFile.path(projectDir, stack);
    }

    /**
     * Reads the facts; a missing file has neither setting (Pulumi creates it on first use).
     *
     * @throws IllegalArgumentException naming the file when it is not valid YAML
     */
    public static StackFileFacts read(Path file) {
        if (!Files.exists(file)) {
            return new StackFileFacts(Optional.empty(), false);
        }
        StackFile stackFile;
        try {
            stackFile = StackFile.read(file);
        } catch (ReviewException e) {
            // The message names the file and says "is not valid YAML", as the reader writes it.
            throw new IllegalArgumentException("stack file " + e.getMessage(), e);
        }
        if (!stackFile.root().isObject()) {
            return new StackFileFacts(Optional.empty(), false);
        }
        Optional<String> provider = stackFile.secretsProvider();
        return new StackFileFacts(provider, saysProduction(stackFile.root().get("config")));
    }

    /** True when the stack file names a secrets provider other than the passphrase one. */
    public boolean hasNonPassphraseSecretsProvider() {
        return secretsProvider.filter(p -> !p.equals("passphrase")).isPresent();
    }

    private static boolean saysProduction(JsonNode node) {
        if (node == null || !node.isObject()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey().toLowerCase(Locale.ROOT);
            JsonNode v = e.getValue();
            if (v.isTextual() && (key.equals("environment") || key.endsWith(":environment"))
                    && isProductionName(v.asText())) {
                return true;
            }
            if (saysProduction(v)) {
                return true;
            }
        }
        return false;
    }

    /** True for {@code prod}, {@code production} and names containing {@code prod} such as {@code checkout-prod}. */
    static boolean isProductionName(String name) {
        return name.toLowerCase(Locale.ROOT).contains("prod");
    }
}
