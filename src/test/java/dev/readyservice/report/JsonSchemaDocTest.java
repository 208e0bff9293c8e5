package dev.readyservice.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README documents the JSON report's schema; every field the report writes must be named there. */
class JsonSchemaDocTest {
    private static final Pattern NAME = Pattern.compile("`([A-Za-z]+)(?:\\[])?`");

    @Test
    void everyFieldOfTheJsonReportIsNamedInTheReadme() throws IOException {
        Set<String> documented = documentedNames();
        JsonNode report = new ObjectMapper().readTree(JsonReport.render(ReportFixtures.report()));
        Set<String> written = new LinkedHashSet<>();
        collect(report, written);

        assertThat(written).isNotEmpty().contains("items", "evidence", "findings", "resources", "timings");
        assertThat(documented).as("names in the README's prr-report.json paragraph").containsAll(written);
    }

    /** The backticked names of the README paragraph that starts with {@code `prr-report.json` holds}. */
    private static Set<String> documentedNames() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("`prr-report.json` holds");
        assertThat(start).as("README documents prr-report.json").isNotNegative();
        int end = readme.indexOf("\n\n", start);
        Matcher m = NAME.matcher(readme.substring(start, end));
        Set<String> names = new LinkedHashSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Field names of objects, recursively; the keys of {@code summary} and {@code properties} are data, not schema. */
    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                names.add(field.getKey());
                if (!field.getKey().equals("summary") && !field.getKey().equals("properties")) {
                    collect(field.getValue(), names);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, names));
        }
    }
}
