package dev.readyservice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The production jar that {@code ./prr} runs holds the product and not the bench: the bench's
 * classes are in target/readyservice-bench.jar, and {@code prr} offers {@code bench} only when that
 * jar is on the class path (as {@code ./prr bench} puts it). Reads the jars {@code mvn package} built.
 */
class ProductJarIT {
    private static final Path PRODUCT = Path.of("target", "readyservice.jar");
    private static final Path BENCH = Path.of("target", "readyservice-bench.jar");

    @Test
    void theProductionJarHoldsNoBenchClasses() throws IOException {
        List<String> product = classes(PRODUCT);

        assertThat(product).contains("dev/readyservice/cli/Prr.class", "dev/readyservice/review/realengine/RealPreview.class",
                "dev/readyservice/review/launch/ProcessGroup.class");
        assertThat(product).filteredOn(ProductJarIT::isBench).isEmpty();
    }

    @Test
    void theBenchJarHoldsTheBenchAlone() throws IOException {
        List<String> bench = classes(BENCH);

        assertThat(bench).contains("dev/readyservice/bench/BenchRunner.class", "dev/readyservice/bench/FloorProgram.class",
                "dev/readyservice/cli/BenchCommand.class");
        assertThat(bench).filteredOn(name -> !isBench(name)).isEmpty();
    }

    @Test
    void benchIsACommandOnlyWithTheBenchJar() throws Exception {
        Run productOnly = prr(PRODUCT.toString(), "--help");
        assertThat(productOnly.code).isZero();
        assertThat(productOnly.output).contains("review", "time-redeploy").doesNotContain("bench");
        Run refused = prr(PRODUCT.toString(), "bench");
        assertThat(refused.code).isEqualTo(2);
        assertThat(refused.output).contains("Unmatched argument at index 0: 'bench'");

        Run withBench = prr(PRODUCT + File.pathSeparator + BENCH, "bench", "--help");
        assertThat(withBench.code).isZero();
        assertThat(withBench.output).contains("--sizes=LIST", "--runs=N");
    }

    private static boolean isBench(String entry) {
        return entry.startsWith("dev/readyservice/bench/") || entry.matches("dev/readyservice/cli/BenchCommand(\\$.*)?\\.class");
    }

    private static List<String> classes(Path jar) throws IOException {
        assertThat(jar).as("built by mvn package").isRegularFile();
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class")).toList();
        }
    }

    private record Run(int code, String output) {
    }

    private static Run prr(String classPath, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "dev.readyservice.cli.Prr"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Run(process.exitValue(), output);
        } finally {
            process.destroyForcibly();
        }
    }
}
