package dev.readyservice.realcli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readyservice.cli.Prr;
import dev.readyservice.e2e.E2eProjects;
import dev.readyservice.standin.CreatePreviewOutputs;
import dev.readyservice.standin.StandInProviders;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code prr time-redeploy} end to end (issue 13): the command, in its own JVM with its own
 * environment as a user starts it, drives the real Pulumi CLI through the Automation API against
 * the local file backend and <strong>stand-in</strong> providers attached with
 * {@code PULUMI_DEBUG_PROVIDERS}: an {@code up}, then the timed second {@code up}, each with the
 * policy pack. The record it writes names the file backend and the attached packages, and
 * {@code prr review} reads it and does not count it: {@code quality.redeploy-time} stays
 * {@code not-measured}, naming why and the command to run against the real cloud. The stand-ins
 * time the engine, never Azure. Skipped, with the reason, when tools/pulumi/build.sh has not built the CLI.
 */
class TimeRedeployUnderRealCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stand-in credentials: the stand-ins need none, the command's preconditions ask for them, and none may be printed. */
    private static final Map<String, String> CREDENTIALS = Map.of(
            "ARM_CLIENT_ID", "stand-in-client-id-51", "ARM_CLIENT_SECRET", "stand-in-client-secret-Zq9", "ARM_TENANT_ID", "stand-in-tenant-0a",
            "ARM_SUBSCRIPTION_ID", "stand-in-subscription-12", "DATADOG_API_KEY", "stand-in-dd-api-7f", "DATADOG_APP_KEY", "stand-in-dd-app-99",
            "PAGERDUTY_TOKEN", "stand-in-pd-token-1x");

    @Test
    void aTimedRedeployAgainstStandInsIsRecordedAsSuchAndTheReviewDoesNotCountIt(@TempDir Path tmp) throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        Path project = E2eProjects.referenceProduct(Files.createDirectories(tmp.resolve("project")));
        Conformance.ownSecret(pulumi, project, "qa");
        Path pack = E2eProjects.pack();
        Path log = tmp.resolve("time-redeploy.log");

        int code;
        String output;
        try (StandInProviders standIns = StandInProviders.start(StandInProviders.OUR_PACKAGES, CreatePreviewOutputs.model())) {
            Map<String, String> env = new HashMap<>(pulumi.environment());
            env.putAll(CREDENTIALS);
            env.put("PULUMI_DEBUG_PROVIDERS", standIns.debugProviders());
            // This CLI has no Node.js language host: the pack starts through tools/pulumi's analyzer script.
            env.put("READYSERVICE_POLICY_PACK", pack.toString());
            code = timeRedeploy(env, log, "--project-dir", project.toString(), "--stack", "qa", "--budget", "10m",
                    "--policy-pack", pulumi.analyzer().toString(), "--policy-pack-config", pack.resolve("config/qa.json").toString());
            output = Files.readString(log);
            for (String pkg : StandInProviders.OUR_PACKAGES) {
                assertThat(standIns.provider(pkg).calls()).as("the engine called the %s stand-in:\n%s", pkg, output).isPositive();
            }
        }

        // Two real ups: the first creates the stack's resources, the timed second finds them unchanged.
        assertThat(code).as(output).isZero();
        Path recordFile = project.resolve("target/prr/qa/redeploy.json");
        JsonNode record = JSON.readTree(recordFile.toFile());
        assertThat(record.get("verdict").asText()).isEqualTo("pass");
        assertThat(record.get("phases")).hasSize(2);
        JsonNode converge = record.get("phases").get(0);
        JsonNode redeploy = record.get("phases").get(1);
        assertThat(converge.get("name").asText()).isEqualTo("converge");
        assertThat(converge.get("changes").get("create").asInt()).as(output).isPositive();
        assertThat(redeploy.get("name").asText()).isEqualTo("redeploy");
        assertThat(redeploy.get("status").asText()).isEqualTo("succeeded");
        // The timed up recreates nothing. It is not a no-op: a stand-in leaves out what its model cannot
        // know after a real create (never invents it), so an input built from such an output can differ once.
        assertThat(redeploy.get("changes").get("same").asInt()).as(record.toString())
                .isGreaterThan(redeploy.get("changes").get("update").asInt());
        assertThat(List.of("create", "delete", "replace")).as(record.toString())
                .allSatisfy(change -> assertThat(redeploy.get("changes").get(change).asInt()).as(change).isZero());
        assertThat(record.get("pulumiVersion").asText()).contains("3.276.0");
        // The record says where it ran: the local file backend and the attached stand-ins (names, not ports).
        assertThat(record.get("backend").asText()).isEqualTo("file://" + tmp.resolve("pulumi-state"));
        assertThat(record.get("providers").asText()).isEqualTo("debug-attached");
        assertThat(record.get("debugProviders")).extracting(JsonNode::asText).containsExactly("azure-native", "datadog", "pagerduty");
        assertThat(output).contains("backend file://" + tmp.resolve("pulumi-state") + ", providers: attached with PULUMI_DEBUG_PROVIDERS"
                + " (azure-native, datadog, pagerduty); stand-ins or a debugger, so `prr review` does not count this record");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine prr = Prr.commandLine();
        prr.setOut(new PrintWriter(out, true));
        prr.setErr(new PrintWriter(err, true));
        prr.execute("review", "--project-dir", project.toString(), "--stack", "qa", "--policy-pack", pack.toString(),
                "--policy-config", pack.resolve("config/qa.json").toString(), "--out", tmp.resolve("report").toString());
        JsonNode item = item(JSON.readTree(tmp.resolve("report/prr-report.json").toFile()), "quality.redeploy-time");
        assertThat(item.get("status").asText()).as(out + "\n" + err).isEqualTo("not-measured");
        assertThat(item.get("reason").asText()).startsWith("target/prr/qa/redeploy.json: redeploy record of stack 'qa'")
                .contains("backend file://" + tmp.resolve("pulumi-state"),
                        "timed providers attached with PULUMI_DEBUG_PROVIDERS (azure-native, datadog, pagerduty), such as ReadyService's stand-ins")
                .endsWith("measure the real redeploy with the cloud credentials and PULUMI_DEBUG_PROVIDERS unset: `./prr time-redeploy --stack qa`");

        String everything = output + Files.readString(recordFile) + out + err + Files.readString(tmp.resolve("report/prr-report.json"));
        for (String secret : new ArrayList<>(CREDENTIALS.values())) {
            assertThat(everything).doesNotContain(secret);
        }
        assertThat(everything).doesNotContain(RealPulumi.PASSPHRASE).doesNotContain(Conformance.DB_PASSWORD);
    }

    /**
     * Runs {@code prr time-redeploy args} as the launcher does ({@code java -cp target/readyservice.jar
     * dev.readyservice.cli.Prr}; not the {@code ./prr} script, which may rebuild the jar) with exactly
     * {@code env}, output in {@code log}; its process tree is killed however the test ends.
     */
    private static int timeRedeploy(Map<String, String> env, Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", E2eProjects.repo().resolve("target/readyservice.jar").toString(), Prr.class.getName(), "time-redeploy"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // Not the user's home: no ~/.pulumi credentials or settings of theirs reach the run.
        builder.environment().put("HOME", Files.createDirectories(log.resolveSibling("home")).toString());
        builder.environment().put("PATH", env.get("PATH") + File.pathSeparator + Path.of(System.getProperty("java.home"), "bin"));
        Process process = builder.start();
        try {
            if (!process.waitFor(20, TimeUnit.MINUTES)) {
                throw new AssertionError("prr time-redeploy did not finish in 20 minutes:\n" + Files.readString(log));
            }
            return process.exitValue();
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static JsonNode item(JsonNode report, String id) {
        for (JsonNode item : report.get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no item " + id + " in the report");
    }
}
