package dev.readyservice.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the manifest a pack's build writes ({@code bin/manifest.json}): every policy with its
 * checklist items, enforcement level, prod waivability and evidence types.
 */
public final class PackManifest {
    /** Where the manifest sits in a built pack. */
    public static final String PATH = "bin/manifest.json";

    private PackManifest() {
    }

    /**
     * The policies of the pack in {@code packDir}.
     *
     * @throws PolicyPackException when the manifest is absent or malformed
     */
    public static List<PolicyDescriptor> read(Path packDir) {
        Path file = packDir.resolve(PATH);
        if (!Files.isRegularFile(file)) {
            throw new PolicyPackException(file + " is missing: build the pack with `npm ci && npm run build` in " + packDir);
        }
        try {
            JsonNode manifest = new ObjectMapper().readTree(file.toFile());
            if (!manifest.path("policies").isArray()) {
                throw new PolicyPackException(file + " has no `policies` array");
            }
            return policies(manifest, file);
        } catch (IOException | IllegalArgumentException e) {
            throw new PolicyPackException(file + " is not a valid manifest: " + e.getMessage(), "", e);
        }
    }

    /**
     * How the pack in {@code packDir} decides a stack's environment ({@code environments} in the
     * manifest); a manifest that states none judges every stack as the strictest.
     *
     * @throws PolicyPackException when the manifest is absent or malformed
     */
    public static EnvironmentRule environmentRule(Path packDir) {
        Path file = packDir.resolve(PATH);
        if (!Files.isRegularFile(file)) {
            throw new PolicyPackException(file + " is missing: build the pack with `npm ci && npm run build` in " + packDir);
        }
        try {
            return environmentRule(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new PolicyPackException(file + " is not a valid manifest: " + e.getMessage(), "", e);
        }
    }

    /** The environment rule of a manifest already parsed (the pack's evidence folder carries one too). */
    static EnvironmentRule environmentRule(JsonNode manifest) {
        JsonNode environments = manifest.path("environments");
        if (!environments.isObject()) {
            return EnvironmentRule.unstated();
        }
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        environments.path("stackNames").fields().forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
        return new EnvironmentRule(environments.path("configKey").asText(""), names,
                environments.path("strictest").asText(JudgedEnvironment.STRICTEST));
    }

    /**
     * The policies of a manifest already parsed (the pack's evidence folder carries one too).
     *
     * @throws IllegalArgumentException naming what is missing or wrong
     */
    static List<PolicyDescriptor> policies(JsonNode manifest, Path file) {
        List<PolicyDescriptor> result = new ArrayList<>();
        for (JsonNode p : manifest.path("policies")) {
            result.add(new PolicyDescriptor(
                    required(file, p, "name"),
                    strings(p.path("items")),
                    EnforcementLevel.parse(required(file, p, "enforcementLevel")),
                    p.path("waivableInProd").asBoolean(false),
                    strings(p.path("evidenceTypes")),
                    p.path("description").asText("")));
        }
        return List.copyOf(result);
    }

    private static String required(Path file, JsonNode policy, String field) {
        JsonNode value = policy.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("a policy has no `" + field + "` in " + file.getFileName());
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
