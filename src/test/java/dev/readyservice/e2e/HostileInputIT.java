package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.e2e.fixtures.EscapingProgram;
import dev.readyservice.report.ReportDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classes of hostile and careless input of issue 15, swept through the real command line: each
 * ends with the exit code the README documents, no credential of the project's config appears in
 * any output (both streams, every report file), no control character reaches the console, and no
 * process or temporary file is left behind.
 */
class HostileInputIT {
    /** A Datadog API key in the format Datadog issues (32 hex digits). */
    static final String DATADOG_KEY = "5f0c1d2e3a4b5c6d7e8f90a1b2c3d4e5";
    static final String PROD_DATADOG_KEY = "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b";
    static final String STRIPE_KEY = "sk_live_51HqLyjWDarjtT1zdp7dc";
    static final String POSTGRES_PASSWORD = "Qa-Adm1n-Passw0rd!";
    /** A value that clears the screen and forges a verdict line of its own. */
    static final String FORGED = "payments\u001b[2J\u001b[32m\nPRR review of checkout (stack qa): READY";

    @TempDir
    Path dir;
    private List<ProcessHandle> processesBefore;

    @BeforeEach
    void processesBefore() {
        processesBefore = ProcessHandle.current().descendants().toList();
    }

    @AfterEach
    void nothingIsLeftRunning() {
        // Every process a review started, and their children, are gone (daemons: see each test).
        assertThat(ProcessHandle.current().descendants().filter(p -> !processesBefore.contains(p)).filter(ProcessHandle::isAlive).toList())
                .isEmpty();
    }

    private static String yamlDoubleQuoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u001b", "\\e").replace("\n", "\\n") + "\"";
    }

    @Test
    void credentialsInPlainConfigAreMaskedEverywhereAndFailTheStackNamingTheirKeys() throws IOException {
        Path project = E2eProjects.referenceProduct(Files.createDirectories(dir.resolve("project")));
        String qa = E2eProjects.withoutLine(E2eProjects.referenceStack("qa"), "secure")
                .replace("  readyservice:postgresAdminPassword:\n", "  readyservice:postgresAdminPassword: " + POSTGRES_PASSWORD + "\n")
                .replace("    team: payments\n", "    team: " + yamlDoubleQuoted(FORGED) + "\n");
        qa = E2eProjects.withConfig(qa, "datadog:apiKey", DATADOG_KEY);
        qa = E2eProjects.withConfig(qa, "readyservice:paymentsWebhookKey", STRIPE_KEY);
        Files.writeString(project.resolve("Pulumi.qa.yaml"), qa);
        Files.writeString(project.resolve("Pulumi.prod.yaml"), E2eProjects.withConfig(E2eProjects.referenceStack("prod"), "datadog:apiKey",
                PROD_DATADOG_KEY));

        ReviewRun run = ReviewRun.review(dir.resolve("out"), "--project-dir", project.toString(), "--stack", "qa",
                "--policy-pack", E2eProjects.pack().toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.item("security.encryption-at-rest").get("status").asText()).isEqualTo("fail");
        assertThat(run.item("security.encryption-at-rest").get("reason").asText())
                .contains("Pulumi.qa.yaml: datadog:apiKey", "Pulumi.qa.yaml: readyservice:postgresAdminPassword",
                        "Pulumi.qa.yaml: readyservice:paymentsWebhookKey");
        // The QA/prod comparison quotes the differing keys' values: masked.
        assertThat(run.item("quality.qa-environment").get("reason").asText()).contains("datadog:apiKey (qa: [masked], prod: [masked])");
        for (String secret : List.of(DATADOG_KEY, PROD_DATADOG_KEY, STRIPE_KEY, POSTGRES_PASSWORD)) {
            assertThat(run.console()).as("console").doesNotContain(secret);
            for (Path file : reportFiles(run.outDir())) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(secret);
            }
        }
        // The forged value reached the summary escaped: no escape sequence, no line of its own.
        assertThat(run.console()).doesNotContain("\u001b");
        assertThat(run.out().lines().filter(l -> l.startsWith("PRR review of checkout (stack qa)"))).hasSize(1);
        assertThat(run.out()).contains("\\x1b[2J\\x1b[32m\\nPRR review of checkout (stack qa): READY");
        assertThat(hidden(run.outDir())).containsExactly(ReportDirectory.LOCK_FILE);
    }

    @Test
    void aFailedReviewLeavesNoEarlierVerdictBehind() throws IOException {
        Path project = E2eProjects.fixtureProject(Files.createDirectories(dir.resolve("project")), "hostile", EscapingProgram.class, "qa",
                "config:\n  hostile:mode: fail\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        for (String file : List.of("prr-report.md", "prr-report.json", "prr-junit.xml", "handover.md")) {
            Files.writeString(out.resolve(file), "verdict: ready");
        }
        Files.writeString(out.resolve("redeploy.json"), "{}");

        ReviewRun run = ReviewRun.review(out, "--project-dir", project.toString(), "--stack", "qa", "--policy-pack",
                E2eProjects.pack().toString(), "--timeout", "60");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains("giving up on purpose");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(ReportDirectory.LOCK_FILE, "redeploy.json");
        }
        // The child that held the program's stdout and the daemon it left went with it.
        assertGone(project.resolve("holder.pid"));
        assertGone(project.resolve("daemon.pid"));
    }

    @Test
    void aHangingProgramsDaemonEndsWithItAtTheTimeout() throws IOException {
        Path project = E2eProjects.fixtureProject(Files.createDirectories(dir.resolve("project")), "hostile", EscapingProgram.class, "qa",
                "config:\n  hostile:mode: hang\n");

        ReviewRun run = ReviewRun.review(dir.resolve("out"), "--project-dir", project.toString(), "--stack", "qa", "--policy-pack",
                E2eProjects.pack().toString(), "--timeout", "8");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains("timed out after 8 s");
        assertGone(project.resolve("daemon.pid"));
        assertGone(project.resolve("holder.pid"));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aSecondReviewIntoTheSameOutIsRefusedWhileTheFirstRuns() throws IOException {
        Path project = E2eProjects.referenceProduct(Files.createDirectories(dir.resolve("project")));
        Path out = dir.resolve("out");

        try (ReportDirectory first = ReportDirectory.claim(out)) {
            ReviewRun second = ReviewRun.review(out, "--project-dir", project.toString(), "--stack", "qa");

            assertThat(second.exitCode()).as(second.toString()).isEqualTo(2);
            assertThat(second.err()).contains("another review is writing reports into " + out);
        }
    }

    @Test
    void anInvalidSpecListsEveryProblemAndIsBadInput() throws IOException {
        Path project = E2eProjects.referenceProduct(Files.createDirectories(dir.resolve("project")));
        String qa = E2eProjects.referenceStack("qa")
                .replace("availabilityTarget: 99.9", "availabilityTarget: very-high")
                .replace("maxInstances: 4", "maxInstances: -3")
                .replace("timeZone: Europe/London", "timeZone: Mars/Olympus_Mons")
                .replace("backupRetentionDays: 7", "backupRetentionDays: 0");
        Files.writeString(project.resolve("Pulumi.qa.yaml"), qa);

        ReviewRun run = ReviewRun.review(dir.resolve("out"), "--project-dir", project.toString(), "--stack", "qa",
                "--policy-pack", E2eProjects.pack().toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("the program found its stack config invalid (exit code 2)")
                .contains("components[0].availabilityTarget: got '\"very-high\"'")
                .contains("components[0].capacity.maxInstances: got '-3'")
                .contains("paging.supportHours.timeZone: got 'Mars/Olympus_Mons'")
                .contains("data.backupRetentionDays: got '0'");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void yamlThatPulumiRejectsOrThatWouldExplodeIsBadInput() throws IOException {
        Path project = E2eProjects.referenceProduct(Files.createDirectories(dir.resolve("project")));
        StringBuilder bomb = new StringBuilder("config:\n  x:a0: &a0 [" + "x, ".repeat(9) + "x]\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("  x:a").append(i).append(": &a").append(i).append(" [").append(("*a" + (i - 1) + ", ").repeat(9))
                    .append("*a").append(i - 1).append("]\n");
        }
        for (String[] hostile : List.of(
                new String[] {"config:\n  readyservice:token: a\n  readyservice:token: b\n", "has the key 'readyservice:token' twice"},
                new String[] {bomb.toString(), "expands to more than"},
                new String[] {"config:\n  x:blob: " + "y".repeat(3 * 1024 * 1024) + "\n", "are not read"},
                new String[] {"config:\n  readyservice:password: \"" + POSTGRES_PASSWORD + "\" broken: [\n", "is not valid YAML at line 2"})) {
            Files.writeString(project.resolve("Pulumi.qa.yaml"), hostile[0]);

            ReviewRun run = ReviewRun.review(dir.resolve("out"), "--project-dir", project.toString(), "--stack", "qa",
                    "--policy-pack", E2eProjects.pack().toString());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).contains(hostile[1]).doesNotContain(POSTGRES_PASSWORD).doesNotContain("\tat ");
        }
    }

    @Test
    void flagsOutOfRangeAndAnUnwritableOutAreBadInputBeforeAnythingRuns() throws IOException {
        Path project = E2eProjects.referenceProduct(Files.createDirectories(dir.resolve("project")));
        for (String[] flags : List.of(new String[] {"--timeout", "9223372036854775807"}, new String[] {"--redeploy-max-age", "99999999"},
                new String[] {"--stack", ".."})) {
            List<String> args = new java.util.ArrayList<>(List.of("--project-dir", project.toString()));
            args.addAll(List.of(flags));
            ReviewRun run = ReviewRun.review(dir.resolve("out"), args.toArray(String[]::new));

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).doesNotContain("\tat ").doesNotContain("prr: Starting program");
        }
        ReviewRun proc = ReviewRun.review(Path.of("/proc/self/prr"), "--project-dir", project.toString());
        assertThat(proc.exitCode()).as(proc.toString()).isEqualTo(2);
        assertThat(proc.err()).contains("cannot be created: ").doesNotContain("prr: Starting program");
    }

    private static void assertGone(Path pidFile) throws IOException {
        assertThat(pidFile).as("the program wrote %s", pidFile.getFileName()).exists();
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("process %d of %s", pid, pidFile.getFileName()).isEmpty();
    }

    private static List<Path> reportFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static List<String> hidden(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }
}
