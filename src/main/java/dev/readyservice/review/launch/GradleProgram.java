package dev.readyservice.review.launch;

import dev.readyservice.review.ReviewException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A program built and run with Gradle, found and started as Pulumi's Java language host does it
 * (pulumi/pulumi-java {@code pkg/internal/executors/executor_gradle.go}): a directory with
 * {@code settings.gradle}, {@code settings.gradle.kts} or {@code build.gradle} is a Gradle project
 * (the host tries a {@code binary} and Maven's {@code pom.xml} first); its root is the nearest
 * directory upwards with a {@code settings.gradle(.kts)}, the program's directory being a subproject
 * of it ({@code :api:run}) when they differ; Gradle is the root's wrapper {@code ./gradlew}, else
 * {@code gradle} on the {@code PATH}; the program runs with {@code gradle [<subproject>:]run
 * --console=plain} in the root, so Gradle's {@code application} plugin compiles it and starts its
 * main class with the environment the review gives it.
 *
 * <p>One difference, on purpose: the review adds {@code --no-daemon}. It runs Gradle once, and a
 * daemon would outlive it by hours, holding memory on a build machine the review shares.
 */
public final class GradleProgram {
    /** Files that make a directory a Gradle project, as the language host lists them. */
    static final List<String> MARKERS = List.of("settings.gradle", "settings.gradle.kts", "build.gradle");
    /** Files that make a directory the root of a Gradle build. */
    static final List<String> ROOT_MARKERS = List.of("settings.gradle", "settings.gradle.kts");

    private GradleProgram() {
    }

    /** True when {@code directory} is a Gradle project to the language host. */
    public static boolean isGradleProject(Path directory) {
        return MARKERS.stream().anyMatch(marker -> Files.isRegularFile(directory.resolve(marker)));
    }

    /**
     * The command that builds and runs the Gradle program in {@code directory}.
     *
     * @param onPath finds an executable on the {@code PATH} by name ({@link #onPath(String)} outside tests)
     * @throws ReviewException BAD_INPUT when neither the wrapper nor {@code gradle} can be had, saying how to get one
     */
    public static ProgramCommand prepare(Path directory, Function<String, Optional<Path>> onPath) {
        Path dir = directory.toAbsolutePath().normalize();
        Path root = root(dir);
        String task = root.equals(dir) ? "run" : subproject(root, dir) + ":run";
        Path wrapper = root.resolve("gradlew");
        Optional<String> gradle = Files.isRegularFile(wrapper) && Files.isExecutable(wrapper)
                ? Optional.of(wrapper.toString())
                : onPath.apply("gradle").map(Path::toString);
        if (gradle.isEmpty()) {
            throw ReviewException.badInput(dir + " is a Gradle project (" + marker(dir) + ") but no Gradle can be had: there is no "
                    + "executable Gradle wrapper " + wrapper + (Files.isRegularFile(wrapper) ? " (it exists but is not executable: chmod +x it)" : "")
                    + " and no 'gradle' on the PATH. Add the wrapper to the project (run 'gradle wrapper' once where Gradle is installed,"
                    + " and commit gradlew and gradle/wrapper/), or install Gradle (https://gradle.org/install/, or your package"
                    + " manager's 'gradle'), as 'pulumi preview' needs the same");
        }
        List<String> command = new ArrayList<>(List.of(gradle.get(), task, "--console=plain", "--no-daemon"));
        return new ProgramCommand(command, root);
    }

    /** The executable {@code name} in the first {@code PATH} directory that has it. */
    public static Optional<Path> onPath(String name) {
        return onPath(name, System.getenv().getOrDefault("PATH", ""));
    }

    static Optional<Path> onPath(String name, String path) {
        return Executables.find(name, path, null);
    }

    /** The nearest directory from {@code dir} upwards with a settings file; {@code dir} itself when none has one. */
    static Path root(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d;
            if (ROOT_MARKERS.stream().anyMatch(marker -> Files.isRegularFile(candidate.resolve(marker)))) {
                return d;
            }
        }
        return dir;
    }

    /** {@code :a:b} for {@code dir} = {@code root/a/b}. */
    static String subproject(Path root, Path dir) {
        StringBuilder path = new StringBuilder();
        root.relativize(dir).forEach(part -> path.append(':').append(part));
        return path.toString();
    }

    private static String marker(Path dir) {
        return MARKERS.stream().filter(m -> Files.isRegularFile(dir.resolve(m))).findFirst().orElse("build.gradle");
    }
}
