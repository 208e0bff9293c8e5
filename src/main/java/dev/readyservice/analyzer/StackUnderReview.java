package dev.readyservice.analyzer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureRequest;

/**
 * The stack a policy pack is told about, as the Pulumi CLI tells it: in the pack's launch
 * environment (pulumi/pulumi {@code analyzer_plugin.go}, {@code constructEnv}) and in
 * {@code ConfigureStack}. The pack judges the stack's environment from its name and config, so the
 * offline review must send both exactly as a real {@code pulumi preview} does.
 *
 * @param project the Pulumi project
 * @param stack the stack name
 * @param organization the organization
 * @param config the stack config, {@code ns:key} to its string value, as the program receives it
 * @param secretKeys the config keys whose values are secrets
 */
public record StackUnderReview(String project, String stack, String organization, Map<String, String> config, Set<String> secretKeys) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public StackUnderReview {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(stack, "stack");
        organization = organization == null ? "" : organization;
        config = Collections.unmodifiableMap(new TreeMap<>(config == null ? Map.of() : config));
        secretKeys = Collections.unmodifiableSet(new TreeSet<>(secretKeys == null ? Set.of() : secretKeys));
    }

    /** A stack without config (tests, and callers that know only the names). */
    public static StackUnderReview of(String project, String stack) {
        return new StackUnderReview(project, stack, "", Map.of(), Set.of());
    }

    /**
     * The variables the CLI adds to a policy pack's environment: the config as JSON and the
     * project, stack, organization and dry-run flag, in their Node.js and general forms.
     */
    public Map<String, String> launchEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        if (!config.isEmpty()) {
            env.put("PULUMI_CONFIG", json(config));
        }
        put(env, "ORGANIZATION", organization);
        put(env, "PROJECT", project);
        put(env, "STACK", stack);
        put(env, "DRY_RUN", "true");
        return env;
    }

    /** {@code ConfigureStack} as the engine sends it before analysis. */
    AnalyzerStackConfigureRequest configureStackRequest() {
        return AnalyzerStackConfigureRequest.newBuilder()
                .setStack(stack)
                .setProject(project)
                .setOrganization(organization)
                .setDryRun(true)
                .putAllConfig(config)
                .addAllConfigSecretKeys(secretKeys)
                .putTags("pulumi:project", project)
                .build();
    }

    private static void put(Map<String, String> env, String name, String value) {
        if (!value.isEmpty()) {
            env.put("PULUMI_NODEJS_" + name, value);
            env.put("PULUMI_" + name, value);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
