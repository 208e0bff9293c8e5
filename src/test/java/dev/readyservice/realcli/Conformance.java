package dev.readyservice.realcli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.cli.Prr;
import dev.readyservice.e2e.E2eProjects;
import dev.readyservice.e2e.ReportConformance;
import dev.readyservice.standin.CreatePreviewOutputs;
import dev.readyservice.standin.StandInProviders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * One conformance run (issue 13): {@code prr review} of a project's stack, then the real
 * {@code pulumi preview --policy-pack policy --policy-pack-config policy/config/STACK.json} of the same
 * stack with the pack's evidence folder set and <strong>stand-in</strong> providers attached for
 * {@code standIns}, rendered by {@code prr report --from}. {@link Reports#assertSame} compares the two
 * reports with the one comparer, {@link ReportConformance}.
 */
final class Conformance {
    private Conformance() {
    }

    /** Both reports, the exit codes of {@code prr review} and {@code prr report --from}, and the preview's output. */
    record Reports(String name, int offlineCode, JsonNode offline, int realCode, JsonNode real, RealPulumi.Result preview) {
        /** The same report but for what docs/fidelity.md lists for this case; the same exit code when nothing is listed. */
        void assertSame() throws IOException {
            Map<String, String> listed = ReportConformance.listedDifferences(name);
            ReportConformance.assertSameReport(listed, real, offline);
            if (listed.isEmpty()) {
                assertThat(realCode).as("exit code of prr report --from vs prr review").isEqualTo(offlineCode);
            }
        }

        /** Item → status, from each side: the same when {@link #assertSame} passed with nothing listed. */
        Map<String, String> realStatuses() {
            return ReportConformance.statuses(real);
        }

        Map<String, String> offlineStatuses() {
            return ReportConformance.statuses(offline);
        }
    }

    /**
     * Runs both engines on {@code stack} of {@code project} (a stack the real CLI already has) in
     * {@code tmp}; {@code offlineArgs} are more {@code prr review} options (e.g. {@code --stack-outputs}).
     */
    static Reports run(String name, RealPulumi pulumi, Path tmp, Path project, String stack, List<String> standIns,
            String... offlineArgs) throws IOException, InterruptedException {
        return run(name, pulumi, tmp, project, stack, E2eProjects.pack().resolve("config").resolve(stack + ".json"), standIns, offlineArgs);
    }

    /** As {@link #run(String, RealPulumi, Path, Path, String, List, String...)}, with the policy config {@code config}. */
    static Reports run(String name, RealPulumi pulumi, Path tmp, Path project, String stack, Path config, List<String> standIns,
            String... offlineArgs) throws IOException, InterruptedException {
        Path pack = E2eProjects.pack();
        List<String> review = new ArrayList<>(List.of("review", "--project-dir", project.toString(), "--stack", stack,
                "--policy-pack", pack.toString(), "--policy-config", config.toString(), "--out", tmp.resolve("offline").toString()));
        review.addAll(List.of(offlineArgs));
        int reviewed = prr(review.toArray(String[]::new));

        Path evidence = tmp.resolve("evidence");
        Map<String, String> env = new HashMap<>(Map.of("READYSERVICE_EVIDENCE_DIR", evidence.toString()));
        String[] preview = {"preview", "--stack", stack, "--non-interactive", "--policy-pack", pack.toString(),
                "--policy-pack-config", config.toString()};
        RealPulumi.Result result;
        if (standIns.isEmpty()) {
            result = pulumi.run(project, env, 600, preview);
        } else {
            try (StandInProviders providers = StandInProviders.start(standIns, CreatePreviewOutputs.model())) {
                env.put("PULUMI_DEBUG_PROVIDERS", providers.debugProviders());
                result = pulumi.run(project, env, 600, preview);
            }
        }
        assertThat(result.output()).as(result.toString()).doesNotContain("unhandled exception").contains("readyservice-prr@v1.0.0");
        assertThat(evidence.resolve("findings.json")).as("the pack's evidence of the real preview; %s", result).exists();
        // The pack's judgement of the components rode the real engine's AnalyzeStack answer (its trailer) into the folder.
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(evidence.resolve("findings.json").toFile()).path("components").isArray())
                .as("findings.json of the real preview records the pack's judgement of the components").isTrue();
        int reported = prr("report", "--from", evidence.toString(), "--stack", stack, "--project-dir", project.toString(),
                "--out", tmp.resolve("real").toString());
        return new Reports(name, reviewed, ReportConformance.read(tmp.resolve("offline")), reported,
                ReportConformance.read(tmp.resolve("real")), result);
    }

    /** {@code pulumi stack init STACK} with the passphrase secrets provider, in {@code project}. */
    static void initStack(RealPulumi pulumi, Path project, String stack) throws IOException, InterruptedException {
        RealPulumi.Result init = pulumi.run(project, Map.of(), 60, "stack", "init", stack, "--secrets-provider", "passphrase");
        assertThat(init.code()).as(init.toString()).isZero();
    }

    /** The database password the reference product's stacks get from {@link #ownSecret}: a stand-in, never a real secret. */
    static final String DB_PASSWORD = "stand-in-password-not-a-secret";

    /**
     * Initialises {@code stack} of the reference product in {@code project} with our own {@link #DB_PASSWORD}: the
     * committed secure: value is a placeholder no passphrase decrypts, so the CLI needs one of ours.
     */
    static void ownSecret(RealPulumi pulumi, Path project, String stack) throws IOException, InterruptedException {
        Path stackFile = project.resolve("Pulumi." + stack + ".yaml");
        Files.writeString(stackFile, Files.readString(stackFile).replaceAll("  readyservice:postgresAdminPassword:\\n    secure: \\S+\\n", ""));
        initStack(pulumi, project, stack);
        RealPulumi.Result set = pulumi.run(project, Map.of(), 60, "config", "set", "--secret", "--stack", stack,
                "readyservice:postgresAdminPassword", DB_PASSWORD);
        assertThat(set.code()).as(set.toString()).isZero();
    }

    /** A fixture project whose program is {@code main}, its stack initialised in the real CLI's backend. */
    static Path fixture(RealPulumi pulumi, Path tmp, String projectName, Class<?> main, String stack, String stackYaml)
            throws IOException, InterruptedException {
        Path project = E2eProjects.fixtureProject(Files.createDirectories(tmp.resolve("project")), projectName, main, stack, stackYaml);
        initStack(pulumi, project, stack);
        return project;
    }

    private static int prr(String... args) {
        CommandLine prr = Prr.commandLine();
        prr.setOut(new PrintWriter(new StringWriter(), true));
        prr.setErr(new PrintWriter(new StringWriter(), true));
        return prr.execute(args);
    }
}
