package dev.readyservice.realcli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readyservice.cli.Prr;
import dev.readyservice.e2e.E2eProjects;
import dev.readyservice.standin.CreatePreviewOutputs;
import dev.readyservice.standin.StandInProviders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Conformance on the reference stacks (issue 13): the real {@code pulumi preview --policy-pack
 * policy --policy-pack-config policy/config/STACK.json}, against <strong>stand-in</strong> providers
 * answering with the offline engine's own preview-output and functions models, gives through
 * {@code prr report --from} the verdict and, item by item, the statuses and findings (policy,
 * resource, message) of {@code prr review --stack STACK}. A difference fails the test unless
 * docs/fidelity.md lists it, with its reason, in "Real preview with stand-in providers"; a listed
 * difference that no longer occurs fails it too, so the list stays true. Skipped, with the reason,
 * when tools/pulumi/build.sh has not built the CLI.
 */
class ReferenceStackConformanceIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTED = Pattern.compile("^\\| (qa|prod) \\| `([a-z0-9.-]+)` \\| (\\w[\\w-]*) \\| (\\w[\\w-]*) \\| .+\\|$",
            Pattern.MULTILINE);

    @ParameterizedTest(name = "stack {0}")
    @ValueSource(strings = {"qa", "prod"})
    void theRealPreviewAndTheOfflineReviewGiveTheSameReport(String stack, @TempDir Path tmp) throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        Path project = E2eProjects.referenceProduct(Files.createDirectories(tmp.resolve("project")));
        Path pack = E2eProjects.pack();
        Path config = pack.resolve("config").resolve(stack + ".json");
        int reviewed = prr("review", "--project-dir", project.toString(), "--stack", stack, "--policy-pack", pack.toString(),
                "--policy-config", config.toString(), "--out", tmp.resolve("offline").toString());
        ownSecret(pulumi, project, stack);
        Path evidence = tmp.resolve("evidence");

        RealPulumi.Result preview;
        try (StandInProviders standIns = StandInProviders.start(StandInProviders.OUR_PACKAGES, CreatePreviewOutputs.model())) {
            preview = pulumi.run(project, Map.of("PULUMI_DEBUG_PROVIDERS", standIns.debugProviders(),
                    "READYSERVICE_EVIDENCE_DIR", evidence.toString()), 600,
                    "preview", "--stack", stack, "--non-interactive", "--policy-pack", pack.toString(),
                    "--policy-pack-config", config.toString());
        }
        assertThat(preview.output()).as(preview.toString()).doesNotContain("unhandled exception").contains("readyservice-prr@v1.0.0");
        int reported = prr("report", "--from", evidence.toString(), "--stack", stack, "--project-dir", project.toString(),
                "--out", tmp.resolve("real").toString());

        JsonNode real = JSON.readTree(tmp.resolve("real").resolve("prr-report.json").toFile());
        JsonNode offline = JSON.readTree(tmp.resolve("offline").resolve("prr-report.json").toFile());
        Map<String, String> listed = listedDifferences(stack);
        Map<String, String> found = new TreeMap<>();
        statuses(real).forEach((item, status) -> {
            String other = statuses(offline).get(item);
            if (!status.equals(other)) {
                found.put(item, status + " " + other);
            }
        });
        assertThat(found).as("item statuses real vs offline (real first); docs/fidelity.md lists %s; real: %s; offline: %s", listed,
                detail(real, found.keySet()), detail(offline, found.keySet())).isEqualTo(listed);
        assertThat(findings(real, listed)).as("findings of the items that agree").isEqualTo(findings(offline, listed));
        if (listed.isEmpty()) {
            assertThat(real.get("verdict")).isEqualTo(offline.get("verdict"));
            assertThat(reported).isEqualTo(reviewed);
        } else if (listed.values().stream().anyMatch(statuses -> statuses.startsWith("fail "))) {
            // A listed item that fails only under the real engine makes that verdict not ready.
            assertThat(real.get("verdict").asText()).isEqualTo("not-ready");
            assertThat(reported).isEqualTo(1);
        }
    }

    /** The committed secure: value is a placeholder no passphrase decrypts: the CLI needs one of ours. */
    private static void ownSecret(RealPulumi pulumi, Path project, String stack) throws IOException, InterruptedException {
        Path stackFile = project.resolve("Pulumi." + stack + ".yaml");
        Files.writeString(stackFile, Files.readString(stackFile).replaceAll("  readyservice:postgresAdminPassword:\\n    secure: \\S+\\n", ""));
        assertThat(pulumi.run(project, Map.of(), 60, "stack", "init", stack, "--secrets-provider", "passphrase").code()).isZero();
        assertThat(pulumi.run(project, Map.of(), 60, "config", "set", "--secret", "--stack", stack,
                "readyservice:postgresAdminPassword", "stand-in-password-not-a-secret").code()).isZero();
    }

    /** The differences docs/fidelity.md lists for {@code stack}: item → "real offline". */
    static Map<String, String> listedDifferences(String stack) throws IOException {
        Map<String, String> listed = new TreeMap<>();
        Matcher m = LISTED.matcher(Files.readString(Path.of("docs", "fidelity.md")));
        while (m.find()) {
            if (m.group(1).equals(stack)) {
                listed.put(m.group(2), m.group(3) + " " + m.group(4));
            }
        }
        return listed;
    }

    private static int prr(String... args) {
        CommandLine prr = Prr.commandLine();
        prr.setOut(new PrintWriter(new StringWriter(), true));
        prr.setErr(new PrintWriter(new StringWriter(), true));
        return prr.execute(args);
    }

    /** The reason and findings of {@code items}, to say why they differ. */
    private static String detail(JsonNode report, java.util.Set<String> items) {
        StringBuilder text = new StringBuilder();
        report.get("items").forEach(i -> {
            if (items.contains(i.get("id").asText())) {
                text.append('\n').append(i.get("id").asText()).append(": ").append(i.get("reason").asText());
                i.get("findings").forEach(f -> text.append("\n  ").append(f.get("policy").asText()).append(' ')
                        .append(f.get("urn").asText()).append(' ').append(f.get("message").asText()));
            }
        });
        return text.toString();
    }

    private static Map<String, String> statuses(JsonNode report) {
        Map<String, String> items = new TreeMap<>();
        report.get("items").forEach(i -> items.put(i.get("id").asText(), i.get("status").asText()));
        return items;
    }

    private static TreeSet<String> findings(JsonNode report, Map<String, String> except) {
        TreeSet<String> findings = new TreeSet<>();
        report.get("items").forEach(i -> {
            if (!except.containsKey(i.get("id").asText())) {
                i.get("findings").forEach(f -> findings.add(i.get("id").asText() + " " + f.get("policy").asText()
                        + " " + f.get("urn").asText() + " " + f.get("message").asText()));
            }
        });
        return findings;
    }
}
