package dev.readyservice.review.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real JVMs recording and mapping a class-data archive: the program's exit status and output stay its own. */
class ClassDataArchiveIT {
    @TempDir
    Path dir;

    private Path jar;
    private Path cache;

    @BeforeEach
    void build() throws IOException {
        jar = TestJars.write(dir.resolve("app.jar"), null, null, ExitingProgram.class);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        cache = dir.resolve("cache");
    }

    private ProgramCommand exitingWith(Path jar, int status) {
        List<String> command = new ArrayList<>(List.of(ProgramCommand.javaExecutable()));
        command.addAll(ProgramCommand.JVM_OPTIONS);
        command.addAll(List.of("-cp", jar.toString(), ExitingProgram.class.getName(), String.valueOf(status)));
        return new ProgramCommand(command, dir);
    }

    private ProgramResult run(ProgramCommand command, ClassDataArchive archive, List<String> extraOptions) {
        ProgramResult result = ProgramProcess.run(archive.apply(command).withJvmOptions(extraOptions), Map.of(), Duration.ofSeconds(60), null);
        archive.settle(result.exitCode(), result.timedOut());
        return result;
    }

    @Test
    void recordsOnACleanExitThenMapsTheArchiveAndTheProgramSeesNoDifference() throws IOException {

        ClassDataArchive failing = ClassDataArchive.forCommand(exitingWith(jar, 3), cache, Map.of()).orElseThrow();
        ProgramResult failed = run(exitingWith(jar, 3), failing, List.of());
        assertThat(failed.exitCode()).isEqualTo(3);
        assertThat(failed.outputTail()).containsExactly("ran 3");
        assertThat(failing.archive()).doesNotExist();

        ClassDataArchive recording = ClassDataArchive.forCommand(exitingWith(jar, 0), cache, Map.of()).orElseThrow();
        assertThat(recording.records()).isTrue();
        ProgramResult recorded = run(exitingWith(jar, 0), recording, List.of());
        assertThat(recorded.exitCode()).isZero();
        assertThat(recorded.outputTail()).containsExactly("ran 0");
        assertThat(recording.archive()).isRegularFile().isNotEmptyFile();
        try (var left = Files.list(cache)) {
            assertThat(left).containsExactly(recording.archive());
        }

        ClassDataArchive sharing = ClassDataArchive.forCommand(exitingWith(jar, 0), cache, Map.of()).orElseThrow();
        assertThat(sharing.records()).isFalse();
        // -Xshare:on makes the JVM refuse to start unless it maps the archive.
        ProgramResult shared = run(exitingWith(jar, 0), sharing, List.of("-Xshare:on"));
        assertThat(shared.exitCode()).isZero();
        assertThat(shared.outputTail()).containsExactly("ran 0");
    }

    @Test
    void anArchiveOfAnotherBuildOfTheJarIsIgnoredAndRecordedAgain() throws IOException {
        ClassDataArchive first = ClassDataArchive.forCommand(exitingWith(jar, 0), cache, Map.of()).orElseThrow();
        run(exitingWith(jar, 0), first, List.of());
        assertThat(first.archive()).isNotEmptyFile();

        TestJars.write(jar, null, null, ExitingProgram.class, TestJars.class); // rebuilt: newer and different

        ClassDataArchive again = ClassDataArchive.forCommand(exitingWith(jar, 0), cache, Map.of()).orElseThrow();
        assertThat(again.records()).isTrue();
        ProgramResult result = run(exitingWith(jar, 0), again, List.of());
        assertThat(result.exitCode()).isZero();
        assertThat(result.outputTail()).containsExactly("ran 0");
    }
}
