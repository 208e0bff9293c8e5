package dev.readyservice.review.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
    @TempDir
    Path dir;
    private Path cache;
    private Path jar;
    private ProgramCommand command;

    @BeforeEach
    void program() throws IOException {
        cache = dir.resolve("cache");
        jar = TestJars.write(dir.resolve("app.jar"), "x.Main", null);
        setModified(jar, Instant.now().minusSeconds(60));
        command = new ProgramCommand(List.of("/jdk/bin/java", "-XX:+UseSerialGC", "-jar", jar.toString()), dir);
    }

    @Test
    void theFirstRunRecordsAndACleanExitKeepsTheRecording() throws IOException {
        ClassDataArchive first = ClassDataArchive.forCommand(command, cache, Map.of()).orElseThrow();

        assertThat(first.records()).isTrue();
        List<String> recorded = first.apply(command).command();
        assertThat(recorded).startsWith("/jdk/bin/java", "-Xlog:cds=off", "-Xlog:cds+dynamic=off").endsWith("-XX:+UseSerialGC", "-jar", jar.toString());
        Path recording = Path.of(option(recorded, "-XX:ArchiveClassesAtExit="));
        assertThat(recording.getParent()).isEqualTo(cache);
        assertThat(recording).isNotEqualTo(first.archive());

        Files.writeString(recording, "archive bytes"); // what the JVM writes as it exits
        first.settle(0, false);

        assertThat(recording).doesNotExist();
        assertThat(first.archive()).hasContent("archive bytes");
        ClassDataArchive second = ClassDataArchive.forCommand(command, cache, Map.of()).orElseThrow();
        assertThat(second.records()).isFalse();
        assertThat(second.apply(command).command()).containsExactly("/jdk/bin/java", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:SharedArchiveFile=" + first.archive(), "-XX:+UseSerialGC", "-jar", jar.toString());
    }

    @Test
    void aFailedOrStoppedRunKeepsNothing() throws IOException {
        for (int exit : new int[] {1, 3}) {
            ClassDataArchive run = ClassDataArchive.forCommand(command, cache, Map.of()).orElseThrow();
            Path recording = Path.of(option(run.apply(command).command(), "-XX:ArchiveClassesAtExit="));
            Files.writeString(recording, "partial");
            run.settle(exit, false);
            assertThat(recording).doesNotExist();
            assertThat(run.archive()).doesNotExist();
        }
        ClassDataArchive stopped = ClassDataArchive.forCommand(command, cache, Map.of()).orElseThrow();
        Path recording = Path.of(option(stopped.apply(command).command(), "-XX:ArchiveClassesAtExit="));
        Files.writeString(recording, "partial");
        stopped.settle(0, true);
        assertThat(stopped.archive()).doesNotExist();
        assertThat(recording).doesNotExist();
    }

    @Test
    void aCleanExitWithoutARecordingKeepsNothing() throws IOException {
        ClassDataArchive run = ClassDataArchive.forCommand(command, cache, Map.of()).orElseThrow();

        run.settle(0, false);

        assertThat(run.archive()).doesNotExist();
        assertThat(ClassDataArchive.forCommand(command, cache, Map.of()).orElseThrow().records()).isTrue();
    }

    @Test
    void aJarNewerThanTheArchiveIsRecordedAgain() throws IOException {
        ClassDataArchive first = ClassDataArchive.forCommand(command, cache, Map.of()).orElseThrow();
        Files.writeString(Path.of(option(first.apply(command).command(), "-XX:ArchiveClassesAtExit=")), "old");
        first.settle(0, false);
        assertThat(ClassDataArchive.forCommand(command, cache, Map.of()).orElseThrow().records()).isFalse();

        setModified(jar, Instant.now().plusSeconds(5)); // rebuilt after the recording

        ClassDataArchive again = ClassDataArchive.forCommand(command, cache, Map.of()).orElseThrow();
        assertThat(again.records()).isTrue();
        assertThat(again.archive()).isEqualTo(first.archive());
    }

    @Test
    void oneArchivePerJavaOptionsAndClassPathButNotPerArgumentOrDirectory() throws IOException {
        Path other = TestJars.write(dir.resolve("other.jar"), "x.Main", null);
        String key = ClassDataArchive.key(command, command.classPath().orElseThrow());

        ProgramCommand elsewhere = new ProgramCommand(List.of("/jdk/bin/java", "-XX:+UseSerialGC", "-jar", jar.toString(), "--flag"), cache);
        ProgramCommand otherOptions = new ProgramCommand(List.of("/jdk/bin/java", "-XX:+UseParallelGC", "-jar", jar.toString()), dir);
        ProgramCommand otherJava = new ProgramCommand(List.of("/jdk21/bin/java", "-XX:+UseSerialGC", "-jar", jar.toString()), dir);
        ProgramCommand otherJar = new ProgramCommand(List.of("/jdk/bin/java", "-XX:+UseSerialGC", "-jar", other.toString()), dir);

        assertThat(key).matches("[0-9a-f]{24}");
        assertThat(ClassDataArchive.key(elsewhere, elsewhere.classPath().orElseThrow())).isEqualTo(key);
        assertThat(Stream.of(otherOptions, otherJava, otherJar).map(c -> ClassDataArchive.key(c, c.classPath().orElseThrow())))
                .doesNotContain(key).doesNotHaveDuplicates();
    }

    @Test
    void noArchiveWhereRecordingCouldChangeHowTheProgramRuns() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("target/classes/x"));
        Files.writeString(classes.resolve("Main.class"), "x");
        ProgramCommand withDirectory = new ProgramCommand(List.of("java", "-cp", jar + ":" + dir.resolve("target/classes"), "x.Main"), dir);
        ProgramCommand withMissingJar = new ProgramCommand(List.of("java", "-cp", jar + ":" + dir.resolve("gone.jar"), "x.Main"), dir);
        ProgramCommand notJava = new ProgramCommand(List.of("sh", "-c", "true"), dir);
        Path resources = Files.writeString(dir.resolve("app.properties"), "x=1");
        ProgramCommand withNonJarFile = new ProgramCommand(List.of("java", "-cp", jar + ":" + resources, "x.Main"), dir);
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");

        assertThat(ClassDataArchive.forCommand(withDirectory, cache, Map.of())).isEmpty();
        assertThat(ClassDataArchive.forCommand(withMissingJar, cache, Map.of())).isEmpty();
        assertThat(ClassDataArchive.forCommand(notJava, cache, Map.of())).isEmpty();
        assertThat(ClassDataArchive.forCommand(withNonJarFile, cache, Map.of())).isEmpty();
        assertThat(ClassDataArchive.forCommand(command, notADirectory.resolve("cache"), Map.of())).isEmpty();
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            assertThat(ClassDataArchive.forCommand(command, cache, Map.of(variable, "-Xshare:off"))).as(variable).isEmpty();
        }
        assertThat(ClassDataArchive.forCommand(command, cache, Map.of("JAVA_TOOL_OPTIONS", " "))).isPresent();
        assertThat(cache).isDirectory();
    }

    @Test
    void keepsTheMostRecentlyRecordedArchives() throws IOException {
        Files.createDirectories(cache);
        Instant now = Instant.now();
        IntStream.range(0, ClassDataArchive.KEEP + 3).forEach(i -> {
            try {
                setModified(Files.writeString(cache.resolve("a" + i + ".jsa"), "x"), now.minusSeconds(i));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Files.writeString(cache.resolve("notes.txt"), "kept");

        ClassDataArchive.prune(cache);

        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a0.jsa", "a1.jsa", "a2.jsa", "a3.jsa",
                    "a4.jsa", "a5.jsa", "a6.jsa", "a7.jsa", "notes.txt");
        }
    }

    @Test
    void deletesRecordingsAbandonedLongAgoOnly() throws IOException {
        Files.createDirectories(cache);
        Path abandoned = setModified(Files.writeString(cache.resolve("k.jsa.1-2.tmp"), "x"),
                Instant.now().minus(ClassDataArchive.ABANDONED).minusSeconds(60));
        Path running = Files.writeString(cache.resolve("k.jsa.3-4.tmp"), "x");

        ClassDataArchive.forCommand(command, cache, Map.of()).orElseThrow();

        assertThat(abandoned).doesNotExist();
        assertThat(running).exists();
    }

    @Test
    void theCacheIsInThePrrHomesTarget() {
        assertThat(ClassDataArchive.cacheIn(Path.of("/opt/prr"))).isEqualTo(Path.of("/opt/prr/target/cds/programs"));
    }

    private static String option(List<String> command, String prefix) {
        return command.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst().orElseThrow();
    }

    private static Path setModified(Path file, Instant when) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(when));
        return file;
    }
}
