package dev.readyservice.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The policy configuration the Pulumi CLI reads from {@code --policy-pack-config}: per policy an
 * optional enforcement level and its properties. Both forms of the file are accepted, as the CLI
 * accepts them: {@code {"<policy>": {"enforcementLevel": "mandatory", "<prop>": ...}}} and the
 * shorthand {@code {"<policy>": "mandatory"}}.
 *
 * <p>The key {@value #ALL} sets the enforcement level of every policy, as the CLI applies it
 * (pulumi/pulumi {@code pkg/resource/analyzer/config.go}, {@code applyConfig}): first to every
 * policy, then each policy's own entry overrides it. Only its level reaches the policies: the CLI
 * passes properties under {@value #ALL} to no policy, so the review refuses them rather than let a
 * waiver or a setting put there silently do nothing.
 *
 * @param file the file read, named in every error
 * @param policies per policy name, its configuration, in file order ({@value #ALL} is not among them)
 * @param all the level {@value #ALL} gives every policy, if the file has one
 */
public record PolicyConfig(Path file, Map<String, Entry> policies, Optional<EnforcementLevel> all) {
    /** The key that configures every policy at once. */
    public static final String ALL = "all";

    public PolicyConfig {
        policies = Collections.unmodifiableMap(new LinkedHashMap<>(policies));
        all = all == null ? Optional.empty() : all;
    }

    /** A configuration without an {@value #ALL} level. */
    public PolicyConfig(Path file, Map<String, Entry> policies) {
        this(file, policies, Optional.empty());
    }

    /**
     * The level {@code policy} runs at under this config, as the CLI reconciles it: the policy's own
     * entry, else {@value #ALL}, else {@code packDefault}.
     */
    public EnforcementLevel effectiveLevel(String policy, EnforcementLevel packDefault) {
        Entry entry = policies.get(policy);
        if (entry != null && entry.level().isPresent()) {
            return entry.level().get();
        }
        return all.orElse(packDefault);
    }

    /**
     * One policy's configuration.
     *
     * @param level the enforcement level, empty to keep the pack's
     * @param properties the policy's properties as JSON-compatible Java values
     */
    public record Entry(Optional<EnforcementLevel> level, Map<String, Object> properties) {
        public Entry {
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }

    /** No configuration: every policy runs at the pack's level with its defaults. */
    public static PolicyConfig none() {
        return new PolicyConfig(Path.of(""), Map.of(), Optional.empty());
    }

    /**
     * Reads and validates {@code file}. Every problem is listed in one exception.
     *
     * @throws PolicyConfigException naming the file, the policy, the value and what is allowed
     */
    public static PolicyConfig read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // The problem and where it is; the parser's own message also quotes the text around it.
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String problem = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new PolicyConfigException(file, "is not valid JSON" + where + ": " + problem, e);
        } catch (IOException e) {
            throw new PolicyConfigException(file, "cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new PolicyConfigException(file, "must be a JSON object mapping policy names to a config object or an enforcement level", null);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Optional<EnforcementLevel> all = Optional.empty();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            Optional<Entry> entry = parseEntry(field.getKey(), field.getValue(), problems);
            if (!field.getKey().equals(ALL)) {
                entry.ifPresent(e -> entries.put(field.getKey(), e));
            } else if (entry.isPresent()) {
                all = entry.get().level();
                if (!entry.get().properties().isEmpty()) {
                    problems.add("'" + ALL + "' has properties " + entry.get().properties().keySet() + "; allowed: only an enforcementLevel"
                            + " (the CLI gives every policy the level of '" + ALL + "' and its properties to none: put them under each policy)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyConfigException(file, String.join("; ", problems), null);
        }
        return new PolicyConfig(file, entries, all);
    }

    private static Optional<Entry> parseEntry(String policy, JsonNode node, List<String> problems) {
        if (node.isTextual()) {
            return level(policy, node, problems).map(level -> new Entry(Optional.of(level), Map.of()));
        }
        if (!node.isObject()) {
            problems.add("policy '" + policy + "' must be an enforcement level string or an object, got " + node.getNodeType().name().toLowerCase(Locale.ROOT));
            return Optional.empty();
        }
        Optional<EnforcementLevel> level = Optional.empty();
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("enforcementLevel")) {
                level = level(policy, field.getValue(), problems);
                if (level.isEmpty()) {
                    return Optional.empty();
                }
            } else {
                properties.put(field.getKey(), new ObjectMapper().convertValue(field.getValue(), Object.class));
            }
        }
        return Optional.of(new Entry(level, properties));
    }

    private static Optional<EnforcementLevel> level(String policy, JsonNode node, List<String> problems) {
        try {
            return Optional.of(EnforcementLevel.parse(node.asText()));
        } catch (IllegalArgumentException e) {
            problems.add("policy '" + policy + "': " + e.getMessage());
            return Optional.empty();
        }
    }
}
