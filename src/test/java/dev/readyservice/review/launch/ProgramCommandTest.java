package dev.readyservice.review.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramCommandTest {
    @TempDir
    Path dir;

    @Test
    void aClassPathCommandRunsItsEntriesResolvedInItsDirectory() {
        ProgramCommand command = new ProgramCommand(List.of("/jdk/bin/java", "-Xss1m", "-Dx=y", "-cp", "lib/a.jar:/abs/b.jar", "x.Main", "arg"), dir);

        assertThat(command.mainIndex()).isEqualTo(5);
        assertThat(command.classPath()).contains(List.of(dir.resolve("lib/a.jar"), Path.of("/abs/b.jar")));
    }

    @Test
    void optionsMayFollowTheClassPath() {
        ProgramCommand command = new ProgramCommand(List.of("java", "-cp", "a.jar", "-Dx=y", "-Xss1m", "x.Main", "-Dnot=an-option"), dir);

        assertThat(command.mainIndex()).isEqualTo(5);
        assertThat(command.classPath()).contains(List.of(dir.resolve("a.jar")));
    }

    @Test
    void aJarCommandRunsTheJarAndItsManifestClassPath() throws IOException {
        TestJars.write(dir.resolve("app/app.jar"), "x.Main", "lib/a.jar lib/b.jar");

        ProgramCommand command = ProgramCommand.jar(Path.of("app/app.jar"), dir);

        assertThat(command.mainIndex()).isEqualTo(4);
        assertThat(command.classPath()).contains(List.of(dir.resolve("app/app.jar"), dir.resolve("app/lib/a.jar"), dir.resolve("app/lib/b.jar")));
    }

    @Test
    void aJarWithoutManifestClassPathIsItsOwnClassPath() throws IOException {
        Path jar = TestJars.write(dir.resolve("app.jar"), "x.Main", null);

        assertThat(ProgramCommand.jar(jar, dir).classPath()).contains(List.of(jar));
    }

    @Test
    void hasNoClassPathWhenItCannotBeKnown() throws IOException {
        Files.writeString(dir.resolve("broken.jar"), "not a zip");

        assertThat(new ProgramCommand(List.of("sh", "-c", "java -cp a.jar x.Main"), dir).classPath()).isEmpty();
        assertThat(new ProgramCommand(List.of("java", "-cp", "lib/*", "x.Main"), dir).classPath()).isEmpty();
        assertThat(new ProgramCommand(List.of("java", "-cp", "a.jar::b.jar", "x.Main"), dir).classPath()).isEmpty();
        assertThat(new ProgramCommand(List.of("java", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-jar", "a.jar"), dir).classPath()).isEmpty();
        assertThat(new ProgramCommand(List.of("java", "-cp", "a.jar"), dir).classPath()).isEmpty();
        assertThat(new ProgramCommand(List.of("java", "-jar"), dir).classPath()).isEmpty();
        assertThat(new ProgramCommand(List.of("java", "-cp", "a.jar", "-cp", "b.jar", "x.Main"), dir).classPath()).isEmpty();
        assertThat(new ProgramCommand(List.of("java", "-cp", "a.jar", "-jar", "b.jar"), dir).classPath()).isEmpty();
        assertThat(ProgramCommand.jar(dir.resolve("missing.jar"), dir).classPath()).isEmpty();
        assertThat(ProgramCommand.jar(dir.resolve("broken.jar"), dir).classPath()).isEmpty();
    }

    @Test
    void jvmOptionsGoRightAfterTheExecutable() {
        ProgramCommand command = new ProgramCommand(List.of("java", "-Xss1m", "-jar", "a.jar", "arg"), dir);

        ProgramCommand changed = command.withJvmOptions(List.of("-Xshare:auto", "-Dk=v"));

        assertThat(changed.command()).containsExactly("java", "-Xshare:auto", "-Dk=v", "-Xss1m", "-jar", "a.jar", "arg");
        assertThat(changed.workingDirectory()).isEqualTo(dir);
        assertThat(changed.mainIndex()).isEqualTo(command.mainIndex() + 2);
    }
}
