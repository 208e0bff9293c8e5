package dev.readyservice.review.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramCommandTest {
    @TempDir
    Path dir;

    @Test
    void theProgramRunsOnThisJavaWithTheReviewsJvmOptions() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        assertThat(ProgramCommand.jar(Path.of("app.jar"), dir).command())
                .containsExactly(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "app.jar");
        ProgramCommand main = ProgramCommand.mainClass("a.jar:b.jar", "x.Main", dir);
        assertThat(main.command()).containsExactly(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", "a.jar:b.jar", "x.Main");
        assertThat(main.workingDirectory()).isEqualTo(dir);
    }

    @Test
    void jvmOptionsGoRightAfterTheExecutable() {
        ProgramCommand jar = ProgramCommand.jar(Path.of("app.jar"), dir).withJvmOptions(java.util.List.of("-Xshare:auto", "-Xlog:cds=off"));
        assertThat(jar.command()).containsExactly(ProgramCommand.javaExecutable(), "-Xshare:auto", "-Xlog:cds=off", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar", "app.jar");
        assertThat(jar.workingDirectory()).isEqualTo(dir);
    }
}
