package dev.readyservice.realcli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readyservice.cli.Prr;
import dev.readyservice.e2e.ReportConformance;
import dev.readyservice.e2e.E2eProjects;
import dev.readyservice.standin.CreatePreviewOutputs;
import dev.readyservice.standin.StandInProviders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./prr review --engine pulumi} (the launcher a user runs, as a child process) with the real
 * Pulumi CLI of tools/pulumi/build.sh, the local file backend and <strong>stand-in</strong> providers
 * (they answer with the offline engine's model: this tests the engine, the SDK and the pack, never
 * Azure): the reference qa stack gets the offline review's verdict and item statuses, except the
 * differences docs/fidelity.md lists; and the CLI's failures reach the user as exit 3 with the CLI's
 * own message, nothing written. Skipped, with the reason, when the CLI is not built.
 */
class ReviewWithRealEngineIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PULUMI_PREFIX = "prr: pulumi: ";

    @Test
    void theRealEngineGivesTheOfflineVerdictOnTheReferenceQaStack(@TempDir Path tmp) throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        Path project = E2eProjects.referenceProduct(Files.createDirectories(tmp.resolve("project")));
        Path pack = E2eProjects.pack();
        int offlineCode = offlineReview(project, pack, tmp.resolve("offline"));
        Conformance.ownSecret(pulumi, project, "qa");

        Launched real;
        try (StandInProviders standIns = StandInProviders.start(StandInProviders.OUR_PACKAGES, CreatePreviewOutputs.model())) {
            real = prr(tmp, pulumi, Map.of("PULUMI_DEBUG_PROVIDERS", standIns.debugProviders()), "review", "--engine", "pulumi",
                    "--pulumi", cli(pulumi), "--project-dir", project.toString(), "--stack", "qa",
                    "--policy-pack", pack.toString(), "--out", tmp.resolve("real").toString());
        }

        assertThat(real.stderr()).as(real.toString()).contains(PULUMI_PREFIX).contains("readyservice-prr@v1.0.0")
                .doesNotContain("stand-in-password-not-a-secret");
        assertThat(real.stdout()).as(real.toString()).contains("PRR review of checkout (stack qa)")
                .contains("real pulumi preview (the policy pack included)").contains("wrote " + tmp.resolve("real").resolve("prr-report.md"));
        JsonNode realReport = JSON.readTree(tmp.resolve("real").resolve("prr-report.json").toFile());
        JsonNode offlineReport = JSON.readTree(tmp.resolve("offline").resolve("prr-report.json").toFile());
        // The one comparer of the conformance suite: same verdict, statuses, reasons and findings but for
        // the differences docs/fidelity.md lists for the reference qa stack.
        ReportConformance.assertSameReport("reference/qa", realReport, offlineReport);
        assertThat(real.code()).as("exit code, real vs offline").isEqualTo(
                realReport.get("verdict").asText().equals(offlineReport.get("verdict").asText()) ? offlineCode : 1);
        for (String file : List.of("prr-report.md", "prr-report.json", "prr-report.html", "prr-junit.xml", "prr-report.sarif")) {
            assertThat(tmp.resolve("real").resolve(file)).as(file).isNotEmptyFile();
        }
    }

    @Test
    void aStackTheBackendDoesNotHaveIsExitThreeWithTheCliMessageAndNoReport(@TempDir Path tmp) throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        Path project = E2eProjects.referenceProduct(Files.createDirectories(tmp.resolve("project")));
        Path out = tmp.resolve("real");

        Launched run = prr(tmp, pulumi, Map.of(), "review", "--engine", "pulumi", "--pulumi", cli(pulumi),
                "--project-dir", project.toString(), "--stack", "prod", "--policy-pack", E2eProjects.pack().toString(), "--out", out.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        // The CLI's own words: a local backend without the stack.
        assertThat(run.stderr()).as(run.toString()).contains(PULUMI_PREFIX + "error: no stack named 'prod' found")
                .containsPattern("prr review: pulumi preview --stack prod exited [1-9]\\d* before the policy pack had judged the stack, so there is no verdict");
        assertThat(reportFiles(out)).isEmpty();
    }

    @Test
    void aPulumiThatDoesNotExistIsExitTwoNamingIt(@TempDir Path tmp) throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        Path project = E2eProjects.referenceProduct(Files.createDirectories(tmp.resolve("project")));
        Path missing = tmp.resolve("no-such-bin").resolve("pulumi");

        Launched run = prr(tmp, pulumi, Map.of(), "review", "--engine", "pulumi", "--pulumi", missing.toString(), "--project-dir",
                project.toString(), "--out", tmp.resolve("real").toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr()).contains("prr review: --pulumi " + missing + " does not exist");
        assertThat(reportFiles(tmp.resolve("real"))).isEmpty();
    }

    /** The CLI RealPulumi found: the first folder of the PATH it runs with holds it (RealPulumi#environment). */
    private static String cli(RealPulumi pulumi) {
        return Path.of(pulumi.environment().get("PATH").split(java.io.File.pathSeparator)[0]).resolve("pulumi").toString();
    }

    private static int offlineReview(Path project, Path pack, Path out) {
        CommandLine prr = Prr.commandLine();
        prr.setOut(new PrintWriter(new StringWriter(), true));
        prr.setErr(new PrintWriter(new StringWriter(), true));
        return prr.execute("review", "--project-dir", project.toString(), "--stack", "qa", "--policy-pack", pack.toString(), "--out",
                out.toString());
    }

    /** {@code ./prr args} with the CLI's offline environment; its whole process tree is ended after. */
    private static Launched prr(Path tmp, RealPulumi pulumi, Map<String, String> extraEnv, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of("prr").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(tmp, "prr-", ".out");
        Path stderr = Files.createTempFile(tmp, "prr-", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Map<String, String> env = new HashMap<>(pulumi.environment());
        env.putAll(extraEnv);
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            if (!process.waitFor(900, TimeUnit.SECONDS)) {
                throw new AssertionError("./prr " + String.join(" ", args) + " did not finish in 900 s:\n" + Files.readString(stderr));
            }
            return new Launched(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static List<String> reportFiles(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> !name.equals(".prr-review.lock")).toList();
        }
    }

    private static Map<String, String> statuses(JsonNode report) {
        Map<String, String> items = new TreeMap<>();
        report.get("items").forEach(i -> items.put(i.get("id").asText(), i.get("status").asText()));
        return items;
    }

    private record Launched(int code, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + code + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }
}
