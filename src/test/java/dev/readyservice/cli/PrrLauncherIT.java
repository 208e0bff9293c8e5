package dev.readyservice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.review.launch.TestJars;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code prr} launcher's class-data archive: recorded by the first complete review after a
 * build, mapped by later runs, never at the cost of the review's exit code. A stub {@code Prr} that
 * prints its JVM options and exits with the status it is given stands in for the real one.
 */
class PrrLauncherIT {
    /**
     * Prints its JVM options, then does what its arguments say: the last one is the status it
     * chooses; {@code --sleep} waits for a signal; {@code --dump-failed} exits with 1 whatever it
     * chose, as a JVM that cannot write its archive does. It reports to the launcher as Prr does.
     */
    private static final String STUB = """
            package dev.readyservice.cli;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.util.List;
            public final class Prr {
                public static void main(String[] args) throws Exception {
                    System.out.println(String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
                    System.out.flush();
                    List<String> a = List.of(args);
                    int code = Integer.parseInt(a.get(a.size() - 1));
                    if (a.contains("--sleep")) {
                        Thread.sleep(60_000);
                    }
                    String status = System.getProperty("prr.launcherStatus");
                    if (status != null) {
                        boolean whole = a.get(0).equals("review") && !a.contains("--help") && code <= 1;
                        Files.writeString(Path.of(status), code + (whole ? " complete" : " incomplete") + "\\n");
                    }
                    System.exit(a.contains("--dump-failed") ? 1 : code);
                }
            }
            """;

    @TempDir
    Path home;
    private Path jar;

    @BeforeEach
    void install() throws IOException {
        Files.copy(Path.of("prr"), home.resolve("prr"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.setPosixFilePermissions(home.resolve("prr"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path src = Files.createDirectories(home.resolve("stub/dev/readyservice/cli")).resolve("Prr.java");
        Files.writeString(src, STUB);
        Path classes = Files.createDirectories(home.resolve("stub-classes"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d", classes.toString(), src.toString());
        assertThat(compiled).isZero();
        jar = home.resolve("target/readyservice.jar");
        Files.createDirectories(jar.getParent());
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, null)) {
            TestJars.write(jar, null, null, loader.loadClass("dev.readyservice.cli.Prr"));
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    }

    private record Run(int exit, String out, String err) {
    }

    private Run prr(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = start(env, out, err, args);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Process start(Map<String, String> env, Path out, Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(home.resolve("prr").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        // The launcher runs the java on the PATH: this test's own.
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator
                + System.getenv("PATH"));
        builder.environment().putAll(env);
        return builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    private List<Path> cds() throws IOException {
        Path dir = home.resolve("target/cds");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void theFirstCompleteReviewRecordsTheArchiveAndLaterRunsMapIt() throws Exception {
        Run first = prr(Map.of(), "review", "1");
        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.out()).contains("-XX:ArchiveClassesAtExit=" + home.resolve("target/cds/review-"));
        assertThat(cds()).singleElement().satisfies(archive -> assertThat(archive.getFileName().toString()).matches("review-\\d+\\.jsa"));

        Path archive = cds().get(0);
        Run second = prr(Map.of(), "review", "0");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("-XX:SharedArchiveFile=" + archive).doesNotContain("ArchiveClassesAtExit");
        assertThat(prr(Map.of(), "--version", "0").out()).contains("-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void aReviewThatEndsInBadInputOrFailureOrHelpRecordsNothing() throws Exception {
        assertThat(prr(Map.of(), "review", "2").exit()).isEqualTo(2);
        assertThat(prr(Map.of(), "review", "3").exit()).isEqualTo(3);
        assertThat(prr(Map.of(), "review", "--help", "0").exit()).isZero();

        assertThat(cds()).isEmpty();
    }

    @Test
    void theStatusTheReviewChoseWinsOverTheJvms() throws Exception {
        Run ready = prr(Map.of(), "review", "--dump-failed", "0");

        assertThat(ready.exit()).isZero();
        assertThat(cds()).singleElement().satisfies(archive -> assertThat(archive.getFileName().toString()).endsWith(".jsa"));
    }

    /**
     * Starts {@code prr review} through the launcher, its output in {@code name-out.txt} and {@code name-err.txt},
     * and waits (at most 20 s) until the review JVM records its class-data archive.
     */
    private Process startRecordingReview(String name) throws IOException, InterruptedException {
        Path out = home.resolve(name + "-out.txt");
        Process launcher = start(Map.of(), out, home.resolve(name + "-err.txt"), "review", "--sleep", "0");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.readString(out).contains("ArchiveClassesAtExit") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return launcher;
    }

    @Test
    void aSignalToTheLauncherStopsTheRecordingReview() throws Exception {
        Process launcher = startRecordingReview("sig");
        List<ProcessHandle> jvms = launcher.descendants().toList();
        assertThat(jvms).isNotEmpty();

        ProcessHandle.of(launcher.pid()).orElseThrow().destroy(); // SIGTERM to the launcher only

        assertThat(launcher.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).isEqualTo(143);
        for (ProcessHandle jvm : jvms) {
            assertThat(jvm.onExit()).succeedsWithin(java.time.Duration.ofSeconds(10));
        }
        assertThat(cds()).isEmpty();
    }

    @Test
    void ctrlCDuringTheRecordingReviewExitsAsAnInterruptWithoutALauncherError() throws Exception {
        Process launcher = startRecordingReview("int");

        // What a terminal's Ctrl-C sends to the launcher (the JVM gets it passed on).
        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(launcher.pid())).start().waitFor()).isZero();

        assertThat(launcher.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).isEqualTo(130);
        assertThat(Files.readString(home.resolve("int-err.txt"))).doesNotContain("No such file").doesNotContain("line ");
        assertThat(cds()).isEmpty();
    }

    @Test
    void onlyAReviewRecordsAndNotWhenTheEnvironmentSetsJvmOptions() throws Exception {
        Run version = prr(Map.of(), "--version", "0");
        Run withOptions = prr(Map.of("JAVA_TOOL_OPTIONS", "-Dcolour=blue"), "review", "0");

        assertThat(version.out()).doesNotContain("ArchiveClassesAtExit").doesNotContain("SharedArchiveFile");
        assertThat(withOptions.out()).contains("-Dcolour=blue").doesNotContain("ArchiveClassesAtExit");
        assertThat(cds()).isEmpty();
    }

    @Test
    void aRebuiltJarIsRecordedAgain() throws Exception {
        prr(Map.of(), "review", "0");
        Path archive = cds().get(0);
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(30)));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(20))); // built after the recording

        Run afterBuild = prr(Map.of(), "review", "0");

        assertThat(afterBuild.out()).contains("-XX:ArchiveClassesAtExit=").doesNotContain("SharedArchiveFile");
        assertThat(cds()).containsExactly(archive);
        assertThat(Files.getLastModifiedTime(archive).toInstant()).isAfter(Instant.now().minusSeconds(15));
    }
}
