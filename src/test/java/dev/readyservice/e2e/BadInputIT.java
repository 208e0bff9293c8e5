package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.review.fixtures.FailingProgram;
import dev.readyservice.review.fixtures.HangingProgram;
import dev.readyservice.review.fixtures.ThingsProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input and failing parts, end to end: each gives its exit code (2 bad input, 3 program or pack
 * failed) and one message naming the cause, shows no stack trace without {@code --debug}, writes
 * no report, and leaves no child process behind (the program, its children, the pack).
 */
class BadInputIT {
    private static final String THINGS_STACK = "config:\n  things:owner: team-b\n  things:password:\n    secure: v1:abc\n";

    @TempDir
    Path dir;
    private Set<Long> childrenBefore;

    @BeforeEach
    void rememberChildren() {
        childrenBefore = children();
    }

    @AfterEach
    void noChildLeftBehind() throws InterruptedException {
        // A killed process tree may take a moment to be reaped.
        Set<Long> left = Set.of();
        for (int i = 0; i < 50; i++) {
            left = newChildren();
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(left).as("child processes left behind: " + describe(left)).isEmpty();
    }

    @Test
    void aFolderWithoutPulumiYamlIsBadInput() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        ReviewRun run = review("--project-dir", empty.toString());

        assertFailed(run, 2, "no Pulumi.yaml in " + empty);
    }

    @Test
    void aMalformedStackFileIsBadInput() throws IOException {
        Path project = things("config:\n  things:owner: [team-b\n");

        ReviewRun run = review("--project-dir", project.toString(), "--stack", "dev");

        assertFailed(run, 2, "Pulumi.dev.yaml is not valid YAML");
    }

    @Test
    void anUnknownStackIsBadInput() throws IOException {
        Path project = things(THINGS_STACK);

        ReviewRun run = review("--project-dir", project.toString(), "--stack", "staging");

        assertFailed(run, 2, "unknown stack 'staging': there is no Pulumi.staging.yaml");
    }

    @Test
    void anUnknownFormatIsBadInput() throws IOException {
        Path project = things(THINGS_STACK);

        ReviewRun run = review("--project-dir", project.toString(), "--stack", "dev", "--format", "md,pdf");

        assertFailed(run, 2, "--format 'pdf' is not a report format; allowed: md, json, html, junit, sarif");
    }

    @Test
    void aPolicyConfigThatDoesNotExistIsBadInput() throws IOException {
        Path project = things(THINGS_STACK);
        Path missing = dir.resolve("nowhere/qa.json");

        ReviewRun run = review("--project-dir", project.toString(), "--stack", "dev", "--policy-config", missing.toString());

        assertFailed(run, 2, "--policy-config " + missing + " does not exist");
    }

    @Test
    void aProgramThatThrowsFailsTheReview() throws IOException {
        Path project = E2eProjects.fixtureProject(dir, "things", FailingProgram.class, "dev", THINGS_STACK);

        ReviewRun run = review("--project-dir", project.toString(), "--stack", "dev");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains("prr review: the program exited with code")
                .contains("java.lang.IllegalStateException: " + FailingProgram.MESSAGE);
        // prr's own frames stay hidden as well as the program's (next test).
        assertThat(run.err()).doesNotContain("\tat dev.readyservice.cli.").doesNotContain("\tat dev.readyservice.pipeline.")
                .doesNotContain("\tat dev.readyservice.review.OfflinePreview");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aProgramThatThrowsShowsItsStackTraceOnlyWithDebug() throws IOException {
        Path project = E2eProjects.fixtureProject(dir, "things", FailingProgram.class, "dev", THINGS_STACK);

        ReviewRun run = review("--project-dir", project.toString(), "--stack", "dev");

        assertFailed(run, 3, "java.lang.IllegalStateException: " + FailingProgram.MESSAGE);
        assertThat(run.err()).contains("run with --debug for the program's stack trace");
    }

    @Test
    void aProgramThatHangsIsStoppedAtTheTimeout() throws IOException {
        Path project = E2eProjects.fixtureProject(dir, "things", HangingProgram.class, "dev", THINGS_STACK);

        long start = System.nanoTime();
        ReviewRun run = review("--project-dir", project.toString(), "--stack", "dev", "--timeout", "5");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        assertFailed(run, 3, "the program timed out after 5 s and was stopped");
        assertThat(seconds).as("the review waits for the timeout, not for the program").isLessThan(60);
        // The fixture's `sleep 600` child is part of the tree the review stops; @AfterEach checks it is gone.
    }

    @Test
    void aPackThatIsNotBuiltFailsTheReview() throws IOException {
        Path project = things(THINGS_STACK);
        Path pack = unbuiltPack();

        ReviewRun run = review("--project-dir", project.toString(), "--stack", "dev", "--policy-pack", pack.toString());

        assertFailed(run, 3, "the policy pack in " + pack + " is not built (bin/index.js is missing)");
    }

    @Test
    void aPackThatExitsAtStartFailsTheReview() throws IOException {
        Path project = things(THINGS_STACK);
        Path pack = unbuiltPack();
        Files.writeString(pack.resolve("bin/index.js"), "console.error('pack crashed on purpose'); process.exit(7);\n");

        ReviewRun run = review("--project-dir", project.toString(), "--stack", "dev", "--policy-pack", pack.toString());

        assertFailed(run, 3, "exited with code 7 before printing a port");
        assertThat(run.err()).contains("pack crashed on purpose");
    }

    @Test
    void debugShowsTheStackTrace() throws IOException {
        Path project = E2eProjects.fixtureProject(dir, "things", FailingProgram.class, "dev", THINGS_STACK);

        ReviewRun run = review("--project-dir", project.toString(), "--stack", "dev", "--debug");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("dev.readyservice.review.ReviewException").contains("\tat ")
                .as("the program's own frames").contains("at dev.readyservice.review.fixtures.FailingProgram");
    }

    private ReviewRun review(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        if (!all.contains("--policy-pack")) {
            all.addAll(List.of("--policy-pack", E2eProjects.pack().toString()));
        }
        return ReviewRun.review(dir.resolve("out"), all.toArray(String[]::new));
    }

    private void assertFailed(ReviewRun run, int code, String message) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(code);
        assertThat(run.err()).contains("prr review: ").contains(message);
        assertThat(run.console()).doesNotContain("\tat ").doesNotContain("Exception in thread");
        assertThat(run.out()).doesNotContain("wrote ");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** A project whose program is {@link ThingsProgram} with stack {@code dev}. */
    private Path things(String stackYaml) throws IOException {
        return E2eProjects.fixtureProject(Files.createDirectories(dir.resolve("things")), "things", ThingsProgram.class, "dev",
                stackYaml);
    }

    /** A copy of the pack's manifest and package.json without its compiled entry point. */
    private Path unbuiltPack() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack/bin"));
        Files.copy(E2eProjects.pack().resolve("bin/manifest.json"), pack.resolve("manifest.json"));
        Files.copy(E2eProjects.pack().resolve("package.json"), pack.getParent().resolve("package.json"));
        Files.copy(E2eProjects.pack().resolve("PulumiPolicy.yaml"), pack.getParent().resolve("PulumiPolicy.yaml"));
        return pack.getParent();
    }

    private static Set<Long> children() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private Set<Long> newChildren() {
        Set<Long> now = children();
        now.removeAll(childrenBefore);
        return now;
    }

    private static String describe(Set<Long> pids) {
        return pids.stream().map(pid -> ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).orElse("pid " + pid))
                .collect(Collectors.joining("; "));
    }
}
