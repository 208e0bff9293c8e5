package dev.readyservice.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The provider bindings in {@code src/main/java} are exactly what {@link BindingGenerator} makes of the
 * committed binding lists and trimmed schemas, and the trimmed schemas are exactly the pinned schemas
 * in {@code ../shared/provider-schemas} cut to the lists (checked where {@code ../shared} is present).
 * With {@code -Dbindings.regenerate=true} it rewrites them instead; see {@link BindingGenerator#REGENERATE}.
 */
class GeneratedBindingsTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    /** Where the trimmed schemas live: in the product, because the review reads their outputs too. */
    private static final Path BUNDLED = Path.of("src", "main", "resources", "dev", "readyservice", "providers");
    private static final Path SHARED = Path.of("..", "shared", "provider-schemas");
    private static final boolean REGENERATE = Boolean.getBoolean("bindings.regenerate");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"datadog", "pagerduty"})
    void theTrimmedSchemaIsThePinnedSchemaCutToTheBindingList(String provider) throws IOException {
        Path shared = SHARED.resolve(provider + ".json");
        assumeTrue(Files.isRegularFile(shared), "skipped: " + shared.toAbsolutePath().normalize()
                + " is absent, so the bundled " + provider + ".schema.json cannot be compared with the pinned schema");
        String expected = json(SchemaTrimmer.trim(JSON.readTree(shared.toFile()), BindingList.load(provider)));
        Path bundled = BUNDLED.resolve(provider + ".schema.json");
        if (REGENERATE) {
            Files.writeString(bundled, expected);
        }
        assertThat(Files.isRegularFile(bundled) ? Files.readString(bundled) : "")
                .as("%s is stale: run %s", bundled, BindingGenerator.REGENERATE).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"datadog", "pagerduty"})
    void theCommittedBindingsAreTheGeneratorsOutput(String provider) throws IOException {
        BindingList list = BindingList.load(provider);
        Path trimmed = BUNDLED.resolve(provider + ".schema.json");
        Path shared = SHARED.resolve(provider + ".json");
        if (REGENERATE && Files.isRegularFile(shared)) {
            Files.writeString(trimmed, json(SchemaTrimmer.trim(JSON.readTree(shared.toFile()), list)));
        }
        Map<String, String> generated = BindingGenerator.generate(list, JSON.readTree(trimmed.toFile()));
        List<String> packages = List.of(list.javaPackage(), list.javaPackage() + ".inputs");
        if (REGENERATE) {
            write(SOURCES, generated, packages);
        }
        assertThat(staleFiles(SOURCES, generated, packages))
                .as("the %s bindings in %s differ from the generator's output: run %s", provider, SOURCES,
                        BindingGenerator.REGENERATE)
                .isEmpty();
    }

    @Test
    void staleFilesNamesAChangedAMissingAndAnUnknownFile(@TempDir Path root) throws IOException {
        Map<String, String> generated = new java.util.TreeMap<>(Map.of("p/A.java", "a\n", "p/B.java", "b\n", "p/C.java", "c\n"));
        write(root, generated, List.of("p"));
        assertThat(staleFiles(root, generated, List.of("p"))).isEmpty();

        Files.writeString(root.resolve("p/A.java"), "a edited by hand\n");
        Files.delete(root.resolve("p/B.java"));
        Files.writeString(root.resolve("p/D.java"), "hand-written\n");
        Files.writeString(root.resolve("p/package-info.java"), "package p;\n");

        assertThat(staleFiles(root, generated, List.of("p"))).containsExactly(
                "p/A.java differs", "p/B.java is missing", "p/D.java is not generated (a hand-written class in a"
                        + " generated package, or one left from a binding that was removed)");
    }

    @Test
    void theGeneratorRefusesAListThatDoesNotFitTheSchema() throws IOException {
        BindingList list = BindingList.load("datadog");
        ObjectNode schema = (ObjectNode) JSON.readTree(BUNDLED.resolve("datadog.schema.json").toFile());
        ObjectNode monitorInputs = (ObjectNode) schema.path("resources").path("Monitor").path("inputs");
        monitorInputs.remove("message");
        ((ObjectNode) monitorInputs.path("priority")).put("deprecated", "use something else");
        ((ArrayNode) schema.path("resources").path("Monitor").path("requiredInputs")).add("restrictedRoles");
        ((ObjectNode) schema.path("types").path("ServiceLevelObjectiveThreshold").path("properties").path("target"))
                .put("javaType", "Integer");

        assertThatThrownBy(() -> BindingGenerator.generate(list, schema))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("datadog.bindings.json does not fit the datadog schema")
                .hasMessageContaining("datadog:index/monitor:Monitor: message is not an input of the schema")
                .hasMessageContaining("priority is deprecated (use something else)")
                .hasMessageContaining("required input restrictedRoles is not bound")
                .hasMessageContaining("ServiceLevelObjectiveThreshold: target is Integer in the schema, but the generator"
                        + " derives Double");
    }

    @Test
    void theGeneratorRefusesANestedTypeThatIsUsedButNotListedOrListedButNotUsed() throws IOException {
        BindingList full = BindingList.load("pagerduty");
        var types = new java.util.LinkedHashMap<>(full.types());
        types.remove("EscalationPolicyRuleTarget");
        types.put("ServiceSupportHoursExtra", new BindingList.Type("ServiceSupportHoursExtra", List.of()));
        var list = new BindingList(full.provider(), full.javaPackage(), full.pluginClass(), full.resources(), types);
        ObjectNode schema = (ObjectNode) JSON.readTree(BUNDLED.resolve("pagerduty.schema.json").toFile());
        ((ObjectNode) schema.path("types")).putObject("ServiceSupportHoursExtra").putObject("properties");

        assertThatThrownBy(() -> BindingGenerator.generate(list, schema))
                .hasMessageContaining("EscalationPolicyRule: targets holds schema type EscalationPolicyRuleTarget,"
                        + " which the binding list does not list")
                .hasMessageContaining("type ServiceSupportHoursExtra is listed but no bound input uses it");
    }

    @Test
    void schemaTextIsMadeSafeForJavadoc() {
        assertThat(BindingGenerator.javadoc(" Notify @team-a <b> & end */ here\n"))
                .isEqualTo("Notify &#64;team-a &lt;b&gt; &amp; end *&#47; here");
    }

    /** @return one line per generated file that is missing or differs, and per unknown class in the packages */
    static List<String> staleFiles(Path root, Map<String, String> generated, List<String> packages) throws IOException {
        List<String> stale = new ArrayList<>();
        for (var file : generated.entrySet()) {
            Path path = root.resolve(file.getKey());
            if (!Files.isRegularFile(path)) {
                stale.add(file.getKey() + " is missing");
            } else if (!Files.readString(path).equals(file.getValue())) {
                stale.add(file.getKey() + " differs");
            }
        }
        for (String known : javaFiles(root, packages)) {
            if (!generated.containsKey(known)) {
                stale.add(known + " is not generated (a hand-written class in a generated package, or one left from"
                        + " a binding that was removed)");
            }
        }
        return stale;
    }

    /** Writes the generated files and deletes generated files that the generator no longer makes. */
    private static void write(Path root, Map<String, String> generated, List<String> packages) throws IOException {
        for (String known : javaFiles(root, packages)) {
            Path path = root.resolve(known);
            if (!generated.containsKey(known) && Files.readString(path).startsWith(BindingGenerator.MARK)) {
                Files.delete(path);
            }
        }
        for (var file : generated.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }

    /** @return the {@code .java} files directly in the packages' folders, but {@code package-info.java} */
    private static Set<String> javaFiles(Path root, List<String> packages) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String javaPackage : packages) {
            String folder = javaPackage.replace('.', '/');
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString())
                        .filter(name -> name.endsWith(".java") && !name.equals("package-info.java"))
                        .forEach(name -> out.add(folder + "/" + name));
            }
        }
        return out;
    }

    private static String json(JsonNode node) throws IOException {
        var printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JSON.writer(printer).writeValueAsString(node) + "\n";
    }
}
