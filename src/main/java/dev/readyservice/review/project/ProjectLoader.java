package dev.readyservice.review.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.review.ReviewException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code Pulumi.yaml}: the project name, the Java runtime and its optional program jar, and
 * the project-level config defaults.
 */
public final class ProjectLoader {
    /** The file every Pulumi project has at its root. */
    public static final String PROJECT_FILE = "Pulumi.yaml";

    private ProjectLoader() {
    }

    /**
     * Loads the project in {@code directory}.
     *
     * @throws ReviewException ({@code BAD_INPUT}) when the file is missing or malformed, the
     *     runtime is not {@code java}, or the configured binary does not exist
     */
    public static PulumiProject load(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        Path file = dir.resolve(PROJECT_FILE);
        if (!YamlFiles.exists(file)) {
            throw ReviewException.badInput("no " + PROJECT_FILE + " in " + dir + ": give the directory of a Pulumi project");
        }
        JsonNode root = YamlFiles.read(file);
        if (!root.isObject()) {
            throw ReviewException.badInput(file + " must be a YAML mapping with at least 'name' and 'runtime'");
        }
        String name = text(root.path("name"));
        if (name.isBlank()) {
            throw ReviewException.badInput(file + ": 'name' is missing or empty; it names the project");
        }
        Optional<Path> binary = binary(file, root.path("runtime"), dir);
        Path programDirectory = programDirectory(file, root.path("main"), dir);
        Map<String, String> defaults = configDefaults(file, name, root.path("config"));
        return new PulumiProject(name, dir, programDirectory, binary, defaults);
    }

    private static Path programDirectory(Path file, JsonNode main, Path dir) {
        if (main.isMissingNode() || main.isNull()) {
            return dir;
        }
        Path programDirectory = dir.resolve(text(main)).normalize();
        if (!Files.isDirectory(programDirectory)) {
            throw ReviewException.badInput(file + ": 'main' is '" + text(main) + "' but " + programDirectory
                    + " is not a directory; 'main' names the directory of the program's sources");
        }
        return programDirectory;
    }

    private static Optional<Path> binary(Path file, JsonNode runtime, Path dir) {
        String runtimeName = runtime.isObject() ? text(runtime.path("name")) : text(runtime);
        if (!"java".equals(runtimeName)) {
            throw ReviewException.badInput(file + ": 'runtime' is '" + (runtime.isMissingNode() ? "" : runtimeName)
                    + "'; the offline review runs only 'java' programs (runtime: java, or runtime: {name: java, options: {binary: <jar>}})");
        }
        JsonNode binaryNode = runtime.path("options").path("binary");
        if (binaryNode.isMissingNode() || binaryNode.isNull()) {
            return Optional.empty();
        }
        String binary = text(binaryNode);
        Path jar = dir.resolve(binary).normalize();
        if (binary.isBlank() || !Files.isRegularFile(jar)) {
            throw ReviewException.badInput(file + ": 'runtime.options.binary' is '" + binary + "' but " + jar
                    + " does not exist; build the program first (run `mvn package`)");
        }
        return Optional.of(jar);
    }

    private static Map<String, String> configDefaults(Path file, String project, JsonNode config) {
        Map<String, String> defaults = new LinkedHashMap<>();
        if (config.isMissingNode() || config.isNull()) {
            return defaults;
        }
        if (!config.isObject()) {
            throw ReviewException.badInput(file + ": 'config' must be a mapping of keys to values or to {default: value}");
        }
        config.fields().forEachRemaining(entry -> {
            String key = ConfigKeys.qualify(file, project, entry.getKey());
            JsonNode value = entry.getValue();
            if (value.isObject() && value.has("default")) {
                defaults.put(key, ConfigValues.encode(file, key, value.get("default")).value());
            } else if (value.isObject() && value.has("type")) {
                // A declared key without a default: the stack must give the value, if the program needs it.
                return;
            } else {
                defaults.put(key, ConfigValues.encode(file, key, value).value());
            }
        });
        return defaults;
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : "";
    }
}
