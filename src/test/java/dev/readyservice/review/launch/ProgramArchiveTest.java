package dev.readyservice.review.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which archive a program jar gets, and what a recording run leaves behind; real JVMs in {@link ProgramArchiveIT}. */
class ProgramArchiveTest {
    @TempDir
    Path dir;

    private Path jar;
    private Path cache;

    @BeforeEach
    void jar() throws IOException {
        jar = Files.writeString(dir.resolve("app.jar"), "not really a jar");
        cache = dir.resolve("cds");
    }

    private static ProgramResult exited(int code) {
        return new ProgramResult(code, false, List.of(), Duration.ofSeconds(1));
    }

    private List<String> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFirstRunRecordsQuietlyAndKeepsTheArchiveOnlyWhenTheProgramExitedZero() throws IOException {
        ProgramArchive failing = ProgramArchive.forJar(jar, cache, Map.of()).orElseThrow();
        assertThat(failing.records()).isTrue();
        Path failedRecording = Path.of(failing.jvmOptions().get(2).substring("-XX:ArchiveClassesAtExit=".length()));
        assertThat(failing.jvmOptions()).startsWith("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        Files.writeString(failedRecording, "half an archive");
        failing.settle(exited(3));
        assertThat(cacheFiles()).isEmpty();

        ProgramArchive recording = ProgramArchive.forJar(jar, cache, Map.of()).orElseThrow();
        Path recorded = Path.of(recording.jvmOptions().get(2).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(recorded, "an archive");
        recording.settle(exited(0));
        assertThat(cacheFiles()).singleElement().asString().startsWith("program-").endsWith(".jsa");

        ProgramArchive mapping = ProgramArchive.forJar(jar, cache, Map.of()).orElseThrow();
        assertThat(mapping.records()).isFalse();
        assertThat(mapping.jvmOptions()).containsExactly("-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:SharedArchiveFile=" + cache.resolve(cacheFiles().get(0)));
    }

    @Test
    void aRebuiltJarIsRecordedAgainAndItsNewArchiveReplacesTheOld() throws IOException {
        record(jar);
        String old = cacheFiles().get(0);
        Path otherJar = Files.writeString(dir.resolve("other.jar"), "another program");
        record(otherJar);

        Files.writeString(jar, "the same jar, rebuilt");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        ProgramArchive rebuilt = ProgramArchive.forJar(jar, cache, Map.of()).orElseThrow();
        assertThat(rebuilt.records()).isTrue();
        record(jar);

        assertThat(cacheFiles()).hasSize(2).doesNotContain(old);
    }

    @Test
    void jvmOptionsFromTheEnvironmentTurnItOff() {
        assertThat(ProgramArchive.forJar(jar, cache, Map.of("JAVA_TOOL_OPTIONS", "-Xshare:off"))).isEmpty();
        assertThat(ProgramArchive.forJar(jar, cache, Map.of("JDK_JAVA_OPTIONS", "-Xmx1g"))).isEmpty();
        assertThat(ProgramArchive.forJar(jar, cache, Map.of("JAVA_TOOL_OPTIONS", " "))).isPresent();
    }

    @Test
    void aJarThatCannotBeReadOrACacheThatCannotBeMadeMeansNoArchive() throws IOException {
        assertThat(ProgramArchive.forJar(dir.resolve("missing.jar"), cache, Map.of())).isEmpty();
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThat(ProgramArchive.forJar(jar, file.resolve("cds"), Map.of())).isEmpty();
    }

    @Test
    void aRecordingLeftByAKilledReviewIsDeletedAfterAnHourAndAYoungerOneIsLeft() throws IOException {
        Files.createDirectories(cache);
        Path abandoned = Files.writeString(cache.resolve("program-a-b.jsa.1.2.tmp"), "x");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path running = Files.writeString(cache.resolve("program-a-b.jsa.3.4.tmp"), "x");
        ProgramArchive.forJar(jar, cache, Map.of()).orElseThrow();
        assertThat(abandoned).doesNotExist();
        assertThat(running).exists();
    }

    private void record(Path jar) throws IOException {
        ProgramArchive archive = ProgramArchive.forJar(jar, cache, Map.of()).orElseThrow();
        Files.writeString(Path.of(archive.jvmOptions().get(2).substring("-XX:ArchiveClassesAtExit=".length())), "an archive");
        archive.settle(exited(0));
    }
}
