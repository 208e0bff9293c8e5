package dev.readyservice.analyzer;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How the policy pack decides a stack's environment, read from its manifest so that the review
 * judges every stack as the pack does (the rule and its reasons: {@code policy/lib/environment.ts}
 * and {@code policy/README.md}, "Environment"): a stack name that names an environment decides it;
 * otherwise the stack config key does; otherwise the strictest. The key never lowers a stack whose
 * name decides.
 *
 * @param configKey the stack config key that names the environment of a stack whose name does not
 * @param stackNames stack names (lower case) that name an environment
 * @param strictest what a stack is judged as when nothing names its environment
 */
public record EnvironmentRule(String configKey, Map<String, String> stackNames, String strictest) {

    public EnvironmentRule {
        configKey = configKey == null ? "" : configKey;
        stackNames = stackNames == null ? Map.of() : Map.copyOf(stackNames);
        Objects.requireNonNull(strictest, "strictest");
    }

    /** The rule of a pack whose manifest states none: every stack is judged as the strictest. */
    public static EnvironmentRule unstated() {
        return new EnvironmentRule("", Map.of(), JudgedEnvironment.STRICTEST);
    }

    /** The environment of {@code stack} with {@code config} ({@code ns:key} to its value). */
    public JudgedEnvironment judge(String stack, Map<String, String> config) {
        String raw = configKey.isEmpty() ? null : config.get(configKey);
        String configured = named(raw);
        String fromName = named(stack);
        if (fromName != null) {
            String source = "stack name '" + stack + "'";
            if (raw == null || fromName.equals(configured)) {
                return new JudgedEnvironment(fromName, raw == null ? source : source + " (" + configKey + " agrees)");
            }
            return new JudgedEnvironment(stricter(fromName, configured == null ? strictest : configured),
                    source + ", raised by the conflicting " + configKey);
        }
        if (configured != null) {
            return new JudgedEnvironment(configured, "stack config " + configKey + " = " + raw);
        }
        String named = stack == null || stack.isEmpty() ? "the review gave no stack name" : "stack name '" + stack + "' names no environment";
        String key = configKey.isEmpty() ? "the policy pack names no config key" : configKey + " is " + (raw == null ? "not set" : "invalid");
        return new JudgedEnvironment(strictest, "assumed (" + named + " and " + key + ")");
    }

    private String named(String label) {
        return label == null ? null : stackNames.get(label.trim().toLowerCase(Locale.ROOT));
    }

    private String stricter(String a, String b) {
        return a.equals(strictest) || b.equals(strictest) ? strictest : a;
    }
}
