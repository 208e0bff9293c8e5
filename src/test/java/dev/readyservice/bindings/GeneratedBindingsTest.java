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
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import dev.readyservice.bindings.BindingGenerator.BindingList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The provider bindings that every build generates (pom.xml, execution {@code generate-bindings}) compile
 * to the public API and wire contract committed in {@code <provider>.api.txt} beside the binding lists;
 * the generator refuses a binding list that does not fit the schema, naming every problem; and the
 * trimmed schemas are exactly the pinned schemas in {@code ../shared/provider-schemas} cut to the
 * lists (checked where {@code ../shared} is present). {@link #REGENERATE} rewrites the trimmed schemas
 * and the API listings instead.
 */
class GeneratedBindingsTest {

    /** The command that rewrites the trimmed schemas (where ../shared is present) and the API listings. */
    static final String REGENERATE = "mvn -B -ntp -q -o test -Dtest=GeneratedBindingsTest -Dbindings.regenerate=true"
            + " -Dpolicy.skip=true -Djacoco.skip=true";

    private static final Path SHARED = Path.of("..", "shared", "provider-schemas");
    private static final boolean REGENERATING = Boolean.getBoolean("bindings.regenerate");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"datadog", "pagerduty"})
    void theTrimmedSchemaIsThePinnedSchemaCutToTheBindingList(String provider) throws IOException {
        Path shared = SHARED.resolve(provider + ".json");
        assumeTrue(Files.isRegularFile(shared), "skipped: " + shared.toAbsolutePath().normalize()
                + " is absent, so the bundled " + provider + ".schema.json cannot be compared with the pinned schema");
        String expected = json(SchemaTrimmer.trim(JSON.readTree(shared.toFile()), list(provider)));
        Path bundled = BindingGenerator.SCHEMAS.resolve(provider + ".schema.json");
        if (REGENERATING) {
            Files.writeString(bundled, expected);
        }
        assertThat(Files.isRegularFile(bundled) ? Files.readString(bundled) : "")
                .as("%s is stale: run %s", bundled, REGENERATE).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"datadog", "pagerduty"})
    void theGeneratedBindingsCompileToTheCommittedApi(String provider) throws Exception {
        BindingList list = list(provider);
        List<String> actual = new ArrayList<>();
        for (String source : generated(list).keySet()) {
            String className = source.substring(0, source.length() - ".java".length()).replace('/', '.');
            actual.addAll(BindingApi.of(Class.forName(className), list.javaPackage()));
        }
        Path listing = BindingGenerator.LISTS.resolve(provider + ".api.txt");
        if (REGENERATING) {
            Files.write(listing, actual);
        }
        List<String> expected = Files.isRegularFile(listing) ? Files.readAllLines(listing) : List.of();
        assertThat(actual.stream().filter(line -> !expected.contains(line)))
                .as("lines of the %s bindings' API that %s lacks (review them, then run %s)", provider, listing, REGENERATE)
                .isEmpty();
        assertThat(expected.stream().filter(line -> !actual.contains(line)))
                .as("lines of %s that the %s bindings no longer have (review them, then run %s)", listing, provider, REGENERATE)
                .isEmpty();
        assertThat(actual).as("the order of the @Import fields (the order inputs are sent in)").isEqualTo(expected);
    }

    /** A binding as a hand-written one would declare it, to show what a listing line holds. */
    @ResourceType(type = "p:index/thing:Thing")
    public static final class Thing {
        /** Declared first, so sent first: the wire fields keep their order in a listing. */
        @Import(name = "zone", required = true)
        private Output<String> zone;
        @Import(name = "sizes")
        private Output<List<Integer>> sizes;
        @Export(name = "url", refs = {String.class}, tree = "[0]")
        private Output<String> url;

        public static final String TYPE = "p:index/thing:Thing";

        public Thing(String name) {}

        public Output<String> url() {
            return url;
        }

        private void hidden() {}

        /** A nested builder, listed after its class. */
        public static final class Builder {
            public Builder zone(String zone) {
                return this;
            }
        }
    }

    @Test
    void aListingNamesTheTokenTheWireFieldsInOrderAndThePublicMembersButNotThePrivateOnes() {
        assertThat(BindingApi.of(Thing.class, "dev.readyservice.bindings")).containsExactly(
                "GeneratedBindingsTest$Thing: public static final class extends Object",
                "GeneratedBindingsTest$Thing: @ResourceType p:index/thing:Thing",
                "GeneratedBindingsTest$Thing: @Import(zone, required) Output<String> zone",
                "GeneratedBindingsTest$Thing: @Import(sizes) Output<List<Integer>> sizes",
                "GeneratedBindingsTest$Thing: @Export(url) Output<String> url",
                "GeneratedBindingsTest$Thing: public Output<String> url()",
                "GeneratedBindingsTest$Thing: public Thing(String)",
                "GeneratedBindingsTest$Thing: public static final String TYPE",
                "GeneratedBindingsTest$Thing$Builder: public static final class extends Object",
                "GeneratedBindingsTest$Thing$Builder: public Builder()",
                "GeneratedBindingsTest$Thing$Builder: public GeneratedBindingsTest$Thing$Builder zone(String)");
    }

    @Test
    void theGeneratorWritesExactlyItsFilesAndLeavesUnchangedOnesAlone(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("p"));
        Files.writeString(root.resolve("p/Left.java"), "from a binding since removed\n");
        Files.writeString(root.resolve("p/Same.java"), "same\n");
        Files.setLastModifiedTime(root.resolve("p/Same.java"), FileTime.fromMillis(0));

        BindingGenerator.write(root, Map.of("p/Same.java", "same\n", "p/New.java", "new\n", "q/Other.java", "other\n"));

        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()))
                    .containsExactlyInAnyOrder("p/Same.java", "p/New.java", "q/Other.java");
        }
        assertThat(Files.getLastModifiedTime(root.resolve("p/Same.java"))).isEqualTo(FileTime.fromMillis(0));
        assertThat(Files.readString(root.resolve("q/Other.java"))).isEqualTo("other\n");
    }

    @Test
    void theGeneratorRefusesBadInputNamingEveryProblemAndWritesNothing(@TempDir Path root) throws IOException {
        Path lists = Files.createDirectories(root.resolve("lists"));
        String datadog = Files.readString(BindingGenerator.LISTS.resolve("datadog.bindings.json"));
        Files.writeString(lists.resolve("datadog.bindings.json"), datadog.replace("\"serviceKey\", ", ""));
        Files.writeString(lists.resolve("pagerduty.bindings.json"), "{ not json");
        Path out = root.resolve("out");
        var err = new ByteArrayOutputStream();

        int status = BindingGenerator.run(new String[] {lists.toString(), BindingGenerator.SCHEMAS.toString(), out.toString()},
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("BindingGenerator: no bindings generated.\n")
                .contains("datadog.bindings.json does not fit the datadog schema:\n"
                        + "  datadog:pagerduty/serviceObject:ServiceObject: required input serviceKey is not bound")
                .contains(lists.resolve("pagerduty.bindings.json") + ": not JSON: ");
        assertThat(out).doesNotExist();
    }

    @Test
    void theGeneratorNamesAMissingFileAndItsCommandLine(@TempDir Path root) {
        var err = new ByteArrayOutputStream();
        var stream = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(BindingGenerator.run(new String[] {root.toString()}, stream)).isEqualTo(2);
        assertThat(BindingGenerator.run(new String[] {root.toString(), root.toString(), root.resolve("out").toString()}, stream))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: BindingGenerator <binding-lists-folder>")
                .contains(root.resolve("datadog.bindings.json") + ": no such file")
                .contains(root.resolve("pagerduty.bindings.json") + ": no such file");
    }

    @Test
    void theGeneratorRefusesAListThatDoesNotFitTheSchema() throws IOException {
        BindingList list = list("datadog");
        ObjectNode schema = (ObjectNode) JSON.readTree(BindingGenerator.SCHEMAS.resolve("datadog.schema.json").toFile());
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
        BindingList full = list("pagerduty");
        var types = new java.util.LinkedHashMap<>(full.types());
        types.remove("EscalationPolicyRuleTarget");
        types.put("ServiceSupportHoursExtra", new BindingList.Type("ServiceSupportHoursExtra", List.of()));
        var list = new BindingList(full.provider(), full.javaPackage(), full.pluginClass(), full.resources(), types);
        ObjectNode schema = (ObjectNode) JSON.readTree(BindingGenerator.SCHEMAS.resolve("pagerduty.schema.json").toFile());
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

    private static BindingList list(String provider) {
        return BindingList.load(BindingGenerator.LISTS, provider);
    }

    private static Map<String, String> generated(BindingList list) {
        return BindingGenerator.generate(list, BindingGenerator.readJson(
                BindingGenerator.SCHEMAS.resolve(list.provider() + ".schema.json")));
    }

    private static String json(JsonNode node) throws IOException {
        var printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JSON.writer(printer).writeValueAsString(node) + "\n";
    }
}
