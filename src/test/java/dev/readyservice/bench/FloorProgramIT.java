package dev.readyservice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An integration test, so it runs in the failsafe JVM, apart from the unit tests: running the bundled
 * program in process changes the Pulumi SDK's shared {@code CustomResourceOptions.Empty} (SDK 1.36.1's
 * {@code CustomResourceOptions.merge(null, x)} merges into that singleton instead of a copy, and
 * {@code DatadogPlugin.withPinnedVersion(null)} calls it so), which broke {@code PagerDutyPluginTest}
 * when both ran in the surefire JVM.
 */
class FloorProgramIT {

    @Test
    void runsTheBundledProgramUnderMocksWithTheStacksConfig(@TempDir Path dir) throws IOException {
        Path project = BenchProduct.write(dir.resolve("p"), 1, Files.createFile(dir.resolve("app.jar")));

        Captured run = capture(() -> FloorProgram.run(project, BenchProduct.STACK));

        assertThat(run.code()).isZero();
        // One api component: the same 45 resources the offline review records besides the stack.
        assertThat(run.stdout()).isEqualTo(FloorProgram.RESOURCES_LINE + "45\n");
    }

    @Test
    void failsWhenTheProgramFails(@TempDir Path dir) throws IOException {
        Path project = BenchProduct.write(dir.resolve("p"), 1, Files.createFile(dir.resolve("app.jar")));
        Path stack = project.resolve("Pulumi.bench.yaml");
        Files.writeString(stack, Files.readString(stack).replace("maxInstances: 4", "maxInstances: 99"));

        Captured run = capture(() -> FloorProgram.run(project, BenchProduct.STACK));

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.stdout()).isEqualTo(FloorProgram.RESOURCES_LINE + "0\n");
    }

    @Test
    void echoesOnlyScalarInputs() {
        assertThat(PreviewMocks.scalarsOnly(Map.of("a", "x", "n", 1, "b", true, "m", Map.of("k", "v"), "l", java.util.List.of(1))))
                .containsOnlyKeys("a", "n", "b");
    }

    private static Captured capture(java.util.function.IntSupplier run) {
        PrintStream saved = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            int code = run.getAsInt();
            return new Captured(code, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
            System.setErr(savedErr);
        }
    }

    private record Captured(int code, String stdout) {
    }
}
