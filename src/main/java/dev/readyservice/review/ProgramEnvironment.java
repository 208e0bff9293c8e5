package dev.readyservice.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readyservice.review.project.PulumiProject;
import dev.readyservice.review.project.StackConfig;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment the Pulumi CLI gives a Java program during {@code pulumi preview}, pointed at the
 * offline engine.
 */
final class ProgramEnvironment {
    /** The organization the CLI assumes when the stack names none. */
    static final String DEFAULT_ORGANIZATION = "organization";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProgramEnvironment() {
    }

    static Map<String, String> of(PulumiProject project, String stack, StackConfig config, String engineAddress) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PULUMI_MONITOR", engineAddress);
        env.put("PULUMI_ENGINE", engineAddress);
        env.put("PULUMI_PROJECT", project.name());
        env.put("PULUMI_STACK", stack);
        env.put("PULUMI_ORGANIZATION", DEFAULT_ORGANIZATION);
        env.put("PULUMI_ROOT_DIRECTORY", project.directory().toString());
        env.put("PULUMI_CONFIG", json(config.values()));
        env.put("PULUMI_CONFIG_SECRET_KEYS", json(config.secretKeys()));
        env.put("PULUMI_DRY_RUN", "true");
        // The CLI's default parallelism scales with the machine; the offline engine has no limit of its own.
        env.put("PULUMI_PARALLEL", String.valueOf(4 * Runtime.getRuntime().availableProcessors()));
        return env;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
