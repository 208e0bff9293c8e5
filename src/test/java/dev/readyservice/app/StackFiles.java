package dev.readyservice.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads a stack file's config the way the Pulumi CLI hands it to a program: structured values as JSON text. */
final class StackFiles {
    private StackFiles() {
    }

    static Map<String, String> config(Path stackFile) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(stackFile.toFile());
            Map<String, String> out = new HashMap<>();
            root.path("config").fields().forEachRemaining(e -> out.put(e.getKey(),
                    e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Function<String, Optional<String>> namespace(Map<String, String> config, String namespace) {
        return key -> Optional.ofNullable(config.get(namespace + ":" + key));
    }
}
