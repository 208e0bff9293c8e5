package dev.readyservice.review.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real JVMs recording and mapping a program jar's class-data archive: the program's exit status and output stay its own. */
class ProgramArchiveIT {
    @TempDir
    Path dir;

    private ProgramResult run(Path jar, ProgramArchive archive, List<String> extraOptions, int status) {
        List<String> command = new ArrayList<>(List.of(ProgramCommand.javaExecutable()));
        command.addAll(extraOptions);
        command.addAll(ProgramCommand.JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString(), String.valueOf(status)));
        ProgramResult result = ProgramProcess.run(new ProgramCommand(command, dir).withJvmOptions(archive.jvmOptions()), Map.of(),
                Duration.ofSeconds(60), null);
        archive.settle(result);
        return result;
    }

    @Test
    void recordsOnACleanExitThenMapsTheArchiveAndTheProgramSeesNoDifference() throws IOException {
        Path jar = TestJars.write(dir.resolve("app.jar"), ExitingProgram.class.getName(), null, ExitingProgram.class);
        Path cache = dir.resolve("cds");

        ProgramResult failed = run(jar, ProgramArchive.forJar(jar, cache, Map.of()).orElseThrow(), List.of(), 3);
        assertThat(failed.exitCode()).isEqualTo(3);
        assertThat(failed.outputTail()).containsExactly("ran 3");
        assertThat(cache).isEmptyDirectory();

        ProgramArchive recording = ProgramArchive.forJar(jar, cache, Map.of()).orElseThrow();
        assertThat(recording.records()).isTrue();
        ProgramResult recorded = run(jar, recording, List.of(), 0);
        assertThat(recorded.exitCode()).isZero();
        assertThat(recorded.outputTail()).containsExactly("ran 0");

        ProgramArchive mapping = ProgramArchive.forJar(jar, cache, Map.of()).orElseThrow();
        assertThat(mapping.records()).isFalse();
        // -Xshare:on makes the JVM refuse to start unless it maps the archive.
        ProgramResult mapped = run(jar, mapping, List.of("-Xshare:on"), 5);
        assertThat(mapped.exitCode()).isEqualTo(5);
        assertThat(mapped.outputTail()).containsExactly("ran 5");
    }

    @Test
    void anArchiveTheJvmRefusesIsIgnoredSilently() throws IOException {
        Path jar = TestJars.write(dir.resolve("app.jar"), ExitingProgram.class.getName(), null, ExitingProgram.class);
        Path cache = dir.resolve("cds");
        run(jar, ProgramArchive.forJar(jar, cache, Map.of()).orElseThrow(), List.of(), 0);
        ProgramArchive mapping = ProgramArchive.forJar(jar, cache, Map.of()).orElseThrow();
        // Another class path than the archive's: the JVM does not map it, and says nothing.
        TestJars.write(dir.resolve("lib.jar"), null, null, ExitingProgram.class);
        List<String> command = new ArrayList<>(List.of(ProgramCommand.javaExecutable()));
        command.addAll(List.of("-cp", dir.resolve("lib.jar").toString(), ExitingProgram.class.getName(), "0"));
        ProgramResult result = ProgramProcess.run(new ProgramCommand(command, dir).withJvmOptions(mapping.jvmOptions()), Map.of(),
                Duration.ofSeconds(60), null);
        assertThat(result.exitCode()).isZero();
        assertThat(result.outputTail()).containsExactly("ran 0");
    }
}
