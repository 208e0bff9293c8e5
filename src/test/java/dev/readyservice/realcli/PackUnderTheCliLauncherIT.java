package dev.readyservice.realcli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.e2e.E2eProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pack starts under the real CLI's own launcher after a production-only install, as a pipeline
 * that ships the built pack installs it. Without a Node.js language host (the module proxy does not
 * serve it) the CLI falls back to the analyzer plugin {@code pulumi-analyzer-policy-nodejs}, our
 * script in tools/pulumi, which runs {@code @pulumi/pulumi/cmd/run-policy-pack} as the host's
 * RunPlugin does (ts-node registered from the pack's tsconfig.json).
 * Skipped, with the reason, when tools/pulumi/build.sh has not built the CLI.
 */
class PackUnderTheCliLauncherIT {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "npm ci {0}")
    @ValueSource(strings = {"--omit=dev", "--omit=dev --omit=optional"})
    void thePackStartsAfterAProductionOnlyInstall(String flags, @TempDir Path tmp) throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        Path pack = productionCopy(tmp.resolve("pack"), flags);
        Path project = trivialProject(pulumi, tmp);

        RealPulumi.Result preview = preview(pulumi, project, pack);

        assertThat(preview.output()).as(preview.toString()).doesNotContain("TSError").doesNotContain("policy pack not started")
                .contains("readyservice-prr@v1.0.0")
                // A verdict only the running pack can give: the stack has no stateful resource.
                .contains("missing-backups").contains("no stateful resource found to back up");
    }

    /** The failing counterpart: without the pack's own TypeScript the launcher falls back to TS 3.8.3, which rejects ES2022. */
    @Test
    void withoutTheirTypeScriptTheLauncherCannotStartThePack() throws Exception {
        RealPulumi pulumi = RealPulumi.find(tmp);
        Path pack = productionCopy(tmp.resolve("pack"), "--omit=dev");
        deleteTree(pack.resolve("node_modules").resolve("typescript"));
        Path project = trivialProject(pulumi, tmp);

        RealPulumi.Result preview = preview(pulumi, project, pack);

        assertThat(preview.code()).isNotZero();
        assertThat(preview.output()).contains("TS6046").contains("failed to start");
    }

    private static RealPulumi.Result preview(RealPulumi pulumi, Path project, Path pack) throws IOException, InterruptedException {
        return pulumi.run(project, Map.of(), 300, "preview", "--stack", "qa", "--non-interactive",
                "--policy-pack", pack.toString(), "--policy-pack-config", pack.resolve("config").resolve("qa.json").toString());
    }

    private static Path trivialProject(RealPulumi pulumi, Path tmp) throws IOException, InterruptedException {
        Path project = E2eProjects.fixtureProject(Files.createDirectories(tmp.resolve("project")), "trivial", ComponentOnlyProgram.class,
                "qa", "config: {}\n");
        RealPulumi.Result init = pulumi.run(project, Map.of(), 60, "stack", "init", "qa", "--secrets-provider", "passphrase");
        assertThat(init.code()).as(init.toString()).isZero();
        return project;
    }

    /** What a pipeline ships (the manifest, lockfile, config and the built bin/), installed with {@code npm ci flags}. */
    private static Path productionCopy(Path copy, String flags) throws IOException, InterruptedException {
        Path pack = E2eProjects.pack();
        assertThat(pack.resolve("bin").resolve("index.js")).as("the pack is built (mvn verify builds it)").isRegularFile();
        Files.createDirectories(copy);
        for (String file : List.of("package.json", "package-lock.json", "PulumiPolicy.yaml", "tsconfig.json")) {
            Files.copy(pack.resolve(file), copy.resolve(file));
        }
        copyTree(pack.resolve("bin"), copy.resolve("bin"));
        copyTree(pack.resolve("config"), copy.resolve("config"));
        List<String> command = new ArrayList<>(List.of("npm", "ci"));
        command.addAll(List.of(flags.split(" ")));
        command.addAll(List.of("--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"));
        Process npm = new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true)
                .redirectOutput(copy.resolve("npm.log").toFile()).start();
        try {
            assertThat(npm.waitFor(300, TimeUnit.SECONDS)).as("npm ci finished").isTrue();
            assertThat(npm.exitValue()).as(Files.readString(copy.resolve("npm.log"))).isZero();
        } finally {
            npm.descendants().forEach(ProcessHandle::destroyForcibly);
            npm.destroyForcibly();
        }
        return copy;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
