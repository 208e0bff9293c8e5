package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readyservice.cli.Prr;
import dev.readyservice.testsupport.PrrRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pack writes its evidence when READYSERVICE_EVIDENCE_DIR is set, and {@code prr report --from}
 * renders the same report from it as {@code prr review} does: the same verdict, item by item the same
 * statuses and reasons, the same findings. The seed of issue 13's conformance suite: here the pack
 * runs as the offline review runs it; there the real {@code pulumi preview --policy-pack} drives it.
 */
class PackEvidenceReportIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "stack {0}")
    @ValueSource(strings = {"qa", "prod"})
    void theReportFromThePacksEvidenceIsTheReviewsReport(String stack, @TempDir Path tmp) throws Exception {
        Path project = E2eProjects.referenceProduct(Files.createDirectories(tmp.resolve("project")));
        Path evidence = tmp.resolve("evidence");
        Path reviewed = tmp.resolve("review");
        Path reported = tmp.resolve("report");

        // The review in a JVM of its own, so the pack it starts inherits the variable.
        int review = reviewWithEvidence(project, stack, evidence, reviewed, tmp.resolve("review.log"));
        // 0 ready, 1 not ready (prod: what the checkout cannot measure blocks the verdict); never a failure.
        assertThat(review).as(Files.readString(tmp.resolve("review.log"))).isIn(0, 1);
        assertThat(evidence.resolve("pack.json")).isNotEmptyFile();
        assertThat(Files.readString(evidence.resolve("resources.json"))).doesNotContain("not decrypted offline");

        PrrRun report = report("--from", evidence.toString(), "--stack", stack, "--project-dir", project.toString(), "--out", reported.toString());
        assertThat(report.code()).as(report.toString()).isEqualTo(review);
        for (String file : ReferenceProductIT.REPORT_FILES) {
            assertThat(reported.resolve(file)).as(file).isNotEmptyFile();
        }
        JsonNode fromReview = JSON.readTree(reviewed.resolve("prr-report.json").toFile());
        JsonNode fromEvidence = JSON.readTree(reported.resolve("prr-report.json").toFile());
        // The same engine on both sides: no difference is allowed.
        ReportConformance.assertSameReport(Map.of(), fromEvidence, fromReview);
        // The pack's judgement of the components reached both: offline in the AnalyzeStack trailer, here in findings.json.
        assertThat(ReportConformance.criticality(fromReview)).as("components the pack judged, offline").isNotEmpty()
                .isEqualTo(ReportConformance.criticality(fromEvidence));
        assertThat(JSON.readTree(evidence.resolve("findings.json").toFile()).get("components")).as("findings.json components").isNotEmpty();
        assertThat(fromEvidence.get("project")).isEqualTo(fromReview.get("project"));
        assertThat(fromEvidence.get("pack")).isEqualTo(fromReview.get("pack"));
        assertThat(urns(fromEvidence)).isEqualTo(urns(fromReview)).isNotEmpty();

        // The failing counterpart: a mandatory finding the pack recorded makes the report not ready.
        ObjectNode findings = (ObjectNode) JSON.readTree(evidence.resolve("findings.json").toFile());
        ObjectNode added = ((ArrayNode) findings.get("diagnostics")).addObject();
        added.put("policy", "enable-infrastructure-encryption").put("level", "mandatory").put("urn", "").put("resourceUrn", "")
                .put("description", "").put("message", "storage account data is not encrypted");
        JSON.writeValue(evidence.resolve("findings.json").toFile(), findings);
        PrrRun notReady = report("--from", evidence.toString(), "--stack", stack, "--project-dir", project.toString(), "--out",
                tmp.resolve("report2").toString());
        assertThat(notReady.code()).as(notReady.toString()).isEqualTo(1);
        assertThat(notReady.out()).contains("NOT-READY").contains("security.encryption-at-rest");
    }

    private static int reviewWithEvidence(Path project, String stack, Path evidence, Path out, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Prr.class.getName(), "review", "--project-dir", project.toString(),
                "--stack", stack, "--policy-pack", E2eProjects.pack().toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("READYSERVICE_EVIDENCE_DIR", evidence.toString());
        Process process = builder.start();
        try {
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                throw new AssertionError("the review did not finish in 300 s");
            }
            return process.exitValue();
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    static PrrRun report(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "report";
        System.arraycopy(args, 0, all, 1, args.length);
        return PrrRun.of(all);
    }

    private static TreeSet<String> urns(JsonNode report) {
        TreeSet<String> urns = new TreeSet<>();
        report.get("resources").forEach(r -> urns.add(r.get("urn").asText() + " " + r.get("parent").asText()));
        return urns;
    }
}
