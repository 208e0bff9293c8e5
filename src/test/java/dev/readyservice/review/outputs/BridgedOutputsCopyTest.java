package dev.readyservice.review.outputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled copy of the bridged providers' output-only properties says what
 * {@code ../shared/provider-schemas} says, so a clone without {@code ../shared} builds with the same
 * facts. Skipped, saying so, where {@code ../shared} is absent.
 */
class BridgedOutputsCopyTest {
    private static final Path SHARED = Path.of("..", "shared", "provider-schemas");

    @Test
    void theBundledCopyMatchesTheSharedSchemas() throws Exception {
        assumeTrue(Files.isDirectory(SHARED), "skipped: " + SHARED.toAbsolutePath().normalize()
                + " is absent, so the bundled trimmed provider schemas cannot be compared with the provider schemas");
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String provider : List.of("datadog", "pagerduty")) {
            JsonNode schema = new ObjectMapper().readTree(SHARED.resolve(provider + ".json").toFile());
            schema.path("resources").forEach(resource -> {
                assertThat(resource.path("allInputsAreOutputs").asBoolean())
                        .as("%s: the model keeps every input as an output", resource.path("token").asText()).isTrue();
                List<String> names = new ArrayList<>();
                resource.path("outputs").fieldNames().forEachRemaining(names::add);
                expected.put(resource.path("token").asText(), names);
            });
        }

        BridgedOutputs bundled = BridgedOutputs.bundled();

        assertThat(bundled.tokens()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((token, names) -> assertThat(bundled.outputOnly(token)).as(token).hasValueSatisfying(
                actual -> assertThat(actual).containsExactlyInAnyOrderElementsOf(names)));
    }

    @Test
    void readsTheFilesForm() throws Exception {
        BridgedOutputs parsed = BridgedOutputs.parse(List.of(new ObjectMapper().readTree(
                "{\"resources\":{\"A\":{\"token\":\"x:index:A\",\"allInputsAreOutputs\":true,"
                        + "\"outputs\":{\"id\":{\"type\":\"string\"},\"url\":{\"type\":\"string\"}}}}}")));

        assertThat(parsed.outputOnly("x:index:A")).contains(List.of("id", "url"));
        assertThat(parsed.outputOnly("x:index:B")).isEmpty();
    }
}
