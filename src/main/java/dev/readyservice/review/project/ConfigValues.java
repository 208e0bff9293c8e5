package dev.readyservice.review.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readyservice.review.ReviewException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Turns a YAML config value into the string a Pulumi program receives in {@code PULUMI_CONFIG}.
 *
 * <p>Scalars become their text; lists and maps (structured config) become compact JSON with
 * sorted keys, as the CLI encodes them. A {@code {secure: <ciphertext>}} value, alone or nested in
 * structured config, becomes {@link StackConfig#SECRET_PLACEHOLDER}: it cannot be decrypted offline
 * and the ciphertext must not reach the program.
 */
final class ConfigValues {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** The string to pass, and whether a {@code secure:} value was replaced by the placeholder. */
    record Encoded(String value, boolean secret) {
    }

    private ConfigValues() {
    }

    static Encoded encode(Path file, String key, JsonNode value) {
        if (isSecure(value)) {
            return new Encoded(StackConfig.SECRET_PLACEHOLDER, true);
        }
        if (value.isNull()) {
            return new Encoded("", false);
        }
        if (value.isValueNode()) {
            return new Encoded(value.asText(), false);
        }
        boolean[] secret = {false};
        JsonNode plain = replaceSecure(value, secret);
        try {
            Object tree = JSON.convertValue(plain, Object.class);
            return new Encoded(JSON.writeValueAsString(tree), secret[0]);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ReviewException.badInput(file + ": config key '" + key + "' cannot be encoded as JSON: " + e.getMessage());
        }
    }

    private static boolean isSecure(JsonNode value) {
        return value.isObject() && value.size() == 1 && value.has("secure");
    }

    private static JsonNode replaceSecure(JsonNode value, boolean[] secret) {
        if (isSecure(value)) {
            secret[0] = true;
            return JsonNodeFactory.instance.textNode(StackConfig.SECRET_PLACEHOLDER);
        }
        if (value.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
                copy.set(e.getKey(), replaceSecure(e.getValue(), secret));
            }
            return copy;
        }
        if (value.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            value.forEach(item -> copy.add(replaceSecure(item, secret)));
            return copy;
        }
        return value;
    }
}
