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
    private static final String STUB = """
            package dev.readyservice.cli;
            public final class Prr {
                public static void main(String[] args) {
                    System.out.println(String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
                    System.exit(Integer.parseInt(args[args.length - 1]));
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
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
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
        List<String> command = new ArrayList<>(List.of(home.resolve("prr").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
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
    void aReviewThatEndsInBadInputOrFailureRecordsNothing() throws Exception {
        assertThat(prr(Map.of(), "review", "2").exit()).isEqualTo(2);
        assertThat(prr(Map.of(), "review", "3").exit()).isEqualTo(3);

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
