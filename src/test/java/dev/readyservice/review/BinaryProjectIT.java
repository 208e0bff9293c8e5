package dev.readyservice.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.review.fixtures.ThingsProgram;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Previews a project whose Pulumi.yaml names a program jar, through the public entry point. */
class BinaryProjectIT {

    @Test
    void runsTheBinaryWithJavaJar(@TempDir Path project) throws IOException {
        writeLauncherJar(project.resolve("target/program.jar"));
        Files.writeString(project.resolve("Pulumi.yaml"), "name: things\nruntime:\n  name: java\n  options:\n    binary: target/program.jar\n");
        Files.writeString(project.resolve("Pulumi.dev.yaml"), "config:\n  owner: team-b\n  password:\n    secure: v1:abc\n");

        Preview preview = OfflinePreview.run(new PreviewRequest(project, "dev", Duration.ofSeconds(120), false, null));

        assertThat(preview.resources()).hasSize(4);
        assertThat(preview.resources()).filteredOn(r -> r.name().equals("box-first")).singleElement()
                .satisfies(r -> assertThat(r.inputs()).containsEntry("tags", java.util.Map.of("owner", "team-b")));
        assertThat(preview.uncheckedSecretKeys()).containsExactly("things:password");
        assertThat(preview.programTime()).isPositive();
    }

    /** A jar with only a manifest: the fixture's main class, and the test classpath as Class-Path. */
    private static void writeLauncherJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, ThingsProgram.class.getName());
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toUri().toString())
                .collect(Collectors.joining(" "));
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // The manifest is the whole jar.
        }
    }
}
