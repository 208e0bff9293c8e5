package dev.readyservice.review.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.review.ReviewException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code Pulumi.<stack>.yaml} and merges its {@code config:} over the project defaults,
 * giving what the CLI would pass in {@code PULUMI_CONFIG} and {@code PULUMI_CONFIG_SECRET_KEYS}.
 */
public final class StackConfigLoader {
    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern STACK_FILE = Pattern.compile("Pulumi\\.([A-Za-z0-9_.-]+)\\.yaml");

    private StackConfigLoader() {
    }

    /**
     * The configuration of {@code stack} in {@code project}.
     *
     * @throws ReviewException ({@code BAD_INPUT}) when the stack has no settings file (the message
     *     lists the stacks that have one) or the file is malformed
     */
    public static StackConfig load(PulumiProject project, String stack) {
        if (stack == null || !STACK_NAME.matcher(stack).matches()) {
            throw ReviewException.badInput("stack name '" + stack + "' is not valid; use letters, digits, '-', '_' or '.'");
        }
        Path file = project.stackFile(stack);
        if (!YamlFiles.exists(file)) {
            List<String> stacks = stacksIn(project.directory());
            throw ReviewException.badInput("unknown stack '" + stack + "': there is no " + file.getFileName() + " in "
                    + project.directory() + "; stacks found: " + (stacks.isEmpty() ? "none" : String.join(", ", stacks)));
        }
        SortedMap<String, String> values = new TreeMap<>(project.configDefaults());
        SortedSet<String> secrets = new TreeSet<>();
        JsonNode config = StackFile.read(file).config();
        if (config.isMissingNode()) {
            return new StackConfig(values, secrets, secrets);
        }
        if (!config.isObject()) {
            throw ReviewException.badInput(file + ": 'config' must be a mapping of '<namespace>:<name>' keys to values");
        }
        config.fields().forEachRemaining(entry -> {
            String key = ConfigKeys.qualify(file, project.name(), entry.getKey());
            ConfigValues.Encoded encoded = ConfigValues.encode(file, key, entry.getValue());
            values.put(key, encoded.value());
            if (encoded.secret()) {
                secrets.add(key);
            }
        });
        // Every secret here came from a secure: value, so all of them are undecrypted offline.
        return new StackConfig(values, secrets, secrets);
    }

    /** The stacks that have a settings file in {@code directory}, sorted. */
    static List<String> stacksIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> STACK_FILE.matcher(p.getFileName().toString()))
                    .filter(java.util.regex.Matcher::matches)
                    .map(m -> m.group(1))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
