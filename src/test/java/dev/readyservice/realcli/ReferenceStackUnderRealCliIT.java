package dev.readyservice.realcli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readyservice.cli.Prr;
import dev.readyservice.e2e.E2eProjects;
import dev.readyservice.standin.CreatePreviewOutputs;
import dev.readyservice.standin.StandInProviders;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The real {@code pulumi preview --policy-pack policy} of the reference stack qa, against
 * <strong>stand-in</strong> providers (they test the engine model and the pack, never Azure), with
 * the pack's evidence folder set; then {@code prr report --from} over what the pack wrote. It pins
 * what the real engine sends and that unknown outputs are never passed: here the stand-ins answer
 * every create with unknown outputs ({@link CreatePreviewOutputs#unknownOutputs()}), so the TLS
 * checks are undecided and the stack is not ready. {@link ReferenceStackConformanceIT} compares the
 * real preview with the offline review, the stand-ins answering with the preview-output model.
 * Skipped, with the reason, when tools/pulumi/build.sh has not built the CLI.
 */
class ReferenceStackUnderRealCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theRealPreviewRunsThePackAndItsEvidenceGivesAReport(@TempDir Path tmp) throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        Path project = E2eProjects.referenceProduct(Files.createDirectories(tmp.resolve("project")));
        Conformance.ownSecret(pulumi, project, "qa");
        Path evidence = tmp.resolve("evidence");
        Path pack = E2eProjects.pack();

        RealPulumi.Result preview;
        try (StandInProviders standIns = StandInProviders.start(StandInProviders.OUR_PACKAGES, CreatePreviewOutputs.unknownOutputs())) {
            preview = pulumi.run(project, Map.of("PULUMI_DEBUG_PROVIDERS", standIns.debugProviders(),
                    "READYSERVICE_EVIDENCE_DIR", evidence.toString()), 600,
                    "preview", "--stack", "qa", "--non-interactive", "--policy-pack", pack.toString(),
                    "--policy-pack-config", pack.resolve("config").resolve("qa.json").toString());
            for (String pkg : StandInProviders.OUR_PACKAGES) {
                assertThat(standIns.provider(pkg).calls()).as("the engine called the %s stand-in", pkg).isPositive();
            }
        }

        // The program ran to the end and the pack gave its verdicts (mandatory violations fail the preview).
        assertThat(preview.output()).as(preview.toString()).doesNotContain("unhandled exception")
                .contains("Policies:").contains("readyservice-prr@v1.0.0").contains("enforce-tls-floor");
        for (String file : new String[] {"pack.json", "resources.json", "findings.json"}) {
            assertThat(evidence.resolve(file)).as(file).isNotEmptyFile();
        }
        assertThat(Files.readString(evidence.resolve("resources.json"))).doesNotContain("stand-in-password-not-a-secret");
        JsonNode packJson = JSON.readTree(evidence.resolve("pack.json").toFile());
        assertThat(packJson.get("project").asText()).isEqualTo("checkout");
        assertThat(packJson.get("stack").asText()).isEqualTo("qa");

        // The real engine analyses the program's resources plus the stack and its default providers.
        TreeSet<String> types = new TreeSet<>();
        JSON.readTree(evidence.resolve("resources.json").toFile()).get("resources").forEach(r -> types.add(r.get("type").asText()));
        assertThat(types).contains("pulumi:pulumi:Stack", "readiness:index:ReadyService", "pulumi:providers:azure-native",
                "azure-native:storage:StorageAccount", "datadog:index/monitor:Monitor", "pagerduty:index/service:Service");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine prr = Prr.commandLine();
        prr.setOut(new PrintWriter(out, true));
        prr.setErr(new PrintWriter(err, true));
        int code = prr.execute("report", "--from", evidence.toString(), "--stack", "qa", "--project-dir", project.toString(),
                "--out", tmp.resolve("report").toString());
        assertThat(code).as(out + "\n" + err).isEqualTo(1);
        JsonNode report = JSON.readTree(tmp.resolve("report").resolve("prr-report.json").toFile());
        assertThat(report.get("verdict").asText()).isEqualTo("not-ready");
        // Unknown stand-in outputs make the TLS checks undecided, never passed.
        assertThat(report.toString()).contains("\"outcome\":\"undecided\"");
        assertThat(items(report)).containsEntry("security.tls-in-transit", "fail");
    }

    private static Map<String, String> items(JsonNode report) {
        Map<String, String> items = new java.util.LinkedHashMap<>();
        report.get("items").forEach(i -> items.put(i.get("id").asText(), i.get("status").asText()));
        return items.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
