package dev.readyservice.e2e;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * Builds Pulumi projects for end-to-end reviews in temporary folders: the repository's own
 * project (the reference product), and projects whose program is a test fixture, launched through
 * the real path (Pulumi.yaml's {@code runtime.options.binary}) by a manifest-only jar.
 */
public final class E2eProjects {
    private E2eProjects() {
    }

    /** The repository root: Maven runs tests there. */
    public static Path repo() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    }

    /** The bundled policy pack (built by the Maven profile, or by hand with npm). */
    public static Path pack() {
        return repo().resolve("policy");
    }

    /**
     * A copy of the reference product in {@code dir}: Pulumi.yaml (running the repository's built jar),
     * both stack files and the playbooks, but none of the repository's build output. The review then
     * reads no coverage or test report of the build running it: those are not-measured, and a failed
     * test elsewhere in the build cannot make the reference product not ready.
     */
    public static Path referenceProduct(Path dir) throws IOException {
        Path jar = repo().resolve("target").resolve("readyservice.jar");
        Files.writeString(dir.resolve("Pulumi.yaml"), Files.readString(repo().resolve("Pulumi.yaml"))
                .replace("binary: target/readyservice.jar", "binary: " + jar));
        for (String stack : List.of("qa", "prod")) {
            Files.writeString(dir.resolve("Pulumi." + stack + ".yaml"), referenceStack(stack));
        }
        return withPlaybooks(dir);
    }

    /** Copies the repository's playbooks (docs/playbooks) into {@code project}'s docs/playbooks; returns {@code project}. */
    public static Path withPlaybooks(Path project) throws IOException {
        Path playbooks = Files.createDirectories(project.resolve("docs").resolve("playbooks"));
        try (var files = Files.list(repo().resolve("docs").resolve("playbooks"))) {
            for (Path file : files.toList()) {
                Files.copy(file, playbooks.resolve(file.getFileName()));
            }
        }
        return project;
    }

    /** The repository's stack file for {@code stack}, as text. */
    public static String referenceStack(String stack) throws IOException {
        return Files.readString(repo().resolve("Pulumi." + stack + ".yaml"));
    }

    /**
     * Writes a project in {@code dir} named {@code project} whose program is {@code main} (a class on
     * the test classpath) and whose stack {@code stack} has the config {@code stackYaml}.
     */
    public static Path fixtureProject(Path dir, String project, Class<?> main, String stack, String stackYaml) throws IOException {
        Path jar = dir.resolve("bin").resolve("program.jar");
        writeLauncherJar(jar, main);
        return binaryProject(dir, project, jar, stack, stackYaml);
    }

    /** Writes a project in {@code dir} whose Pulumi.yaml runs {@code binary}. */
    public static Path binaryProject(Path dir, String project, Path binary, String stack, String stackYaml) throws IOException {
        Files.writeString(dir.resolve("Pulumi.yaml"),
                "name: " + project + "\nruntime:\n  name: java\n  options:\n    binary: " + binary + "\n");
        Files.writeString(dir.resolve("Pulumi." + stack + ".yaml"), stackYaml);
        return dir;
    }

    /** A jar with only a manifest: {@code main} as Main-Class, and the test classpath as Class-Path. */
    public static void writeLauncherJar(Path jar, Class<?> main) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toUri().toString())
                .collect(Collectors.joining(" "));
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // The manifest is the whole jar.
        }
    }

    /** {@code stackYaml} without the line that starts (after indentation) with {@code key + ":"}. */
    public static String withoutLine(String stackYaml, String key) {
        String kept = stackYaml.lines().filter(line -> !line.strip().startsWith(key + ":")).collect(Collectors.joining("\n", "", "\n"));
        if (kept.equals(stackYaml)) {
            throw new IllegalArgumentException("the stack file has no line for " + key);
        }
        return kept;
    }

    /** {@code stackYaml} with one more top-level config key. */
    public static String withConfig(String stackYaml, String key, String value) {
        return stackYaml + (stackYaml.endsWith("\n") ? "" : "\n") + "  " + key + ": " + value + "\n";
    }
}
