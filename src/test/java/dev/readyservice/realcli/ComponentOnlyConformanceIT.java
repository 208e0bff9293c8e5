package dev.readyservice.realcli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readyservice.cli.Prr;
import dev.readyservice.e2e.E2eProjects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Conformance on a program that needs no provider (so no stand-in and no output model is
 * involved): the report {@code prr report --from} renders from the evidence of the real
 * {@code pulumi preview --policy-pack policy} has the verdict, item statuses, reasons and findings
 * of {@code prr review} of the same project. Skipped, with the reason, when the CLI is not built.
 */
class ComponentOnlyConformanceIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theRealPreviewAndTheOfflineReviewGiveTheSameReport(@TempDir Path tmp) throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        Path project = E2eProjects.fixtureProject(Files.createDirectories(tmp.resolve("project")), "trivial", ComponentOnlyProgram.class,
                "qa", "config: {}\n");
        assertThat(pulumi.run(project, Map.of(), 60, "stack", "init", "qa", "--secrets-provider", "passphrase").code()).isZero();
        Path pack = E2eProjects.pack();
        Path config = pack.resolve("config").resolve("qa.json");
        Path evidence = tmp.resolve("evidence");

        RealPulumi.Result preview = pulumi.run(project, Map.of("READYSERVICE_EVIDENCE_DIR", evidence.toString()), 300,
                "preview", "--stack", "qa", "--non-interactive", "--policy-pack", pack.toString(), "--policy-pack-config", config.toString());
        assertThat(preview.output()).as(preview.toString()).contains("readyservice-prr@v1.0.0");

        int reported = prr("report", "--from", evidence.toString(), "--stack", "qa", "--project-dir", project.toString(),
                "--out", tmp.resolve("real").toString());
        int reviewed = prr("review", "--project-dir", project.toString(), "--stack", "qa", "--policy-pack", pack.toString(),
                "--policy-config", config.toString(), "--out", tmp.resolve("offline").toString());

        assertThat(reported).isEqualTo(reviewed).isEqualTo(1);
        JsonNode real = JSON.readTree(tmp.resolve("real").resolve("prr-report.json").toFile());
        JsonNode offline = JSON.readTree(tmp.resolve("offline").resolve("prr-report.json").toFile());
        assertThat(real.get("verdict")).isEqualTo(offline.get("verdict"));
        assertThat(items(real)).isEqualTo(items(offline));
        assertThat(findings(real)).isEqualTo(findings(offline)).isNotEmpty();
    }

    private static int prr(String... args) {
        CommandLine prr = Prr.commandLine();
        prr.setOut(new PrintWriter(new StringWriter(), true));
        prr.setErr(new PrintWriter(new StringWriter(), true));
        return prr.execute(args);
    }

    private static List<String> items(JsonNode report) {
        List<String> items = new ArrayList<>();
        report.get("items").forEach(i -> items.add(i.get("id").asText() + " " + i.get("status").asText() + " " + i.get("reason").asText()));
        return items;
    }

    private static TreeSet<String> findings(JsonNode report) {
        TreeSet<String> findings = new TreeSet<>();
        report.get("items").forEach(i -> i.get("findings").forEach(f -> findings.add(i.get("id").asText() + " " + f.get("policy").asText()
                + " " + f.get("urn").asText() + " " + f.get("level").asText() + " " + f.get("message").asText())));
        return findings;
    }
}
