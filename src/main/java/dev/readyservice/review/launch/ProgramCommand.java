package dev.readyservice.review.launch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * How to start a Pulumi program: the command line and the directory to run it in.
 *
 * @param command the executable and its arguments
 * @param workingDirectory the project directory, as the language host uses
 */
public record ProgramCommand(List<String> command, Path workingDirectory) {

    public ProgramCommand {
        command = List.copyOf(command);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        if (command.isEmpty()) {
            throw new IllegalArgumentException("a program command needs at least the executable");
        }
    }

    /**
     * JVM options the review gives the program. A preview runs the program once, for seconds, while
     * the review's JVM and the policy pack share the same processors: the C2 compiler's work never
     * pays off in so short a run, and the parallel collector's threads only compete. C1 only and the
     * serial collector cut the review's CPU by a third and the program JVM's peak RSS by more than
     * half (measured with {@code prr bench}, see docs/benchmarks.md), and change nothing the program
     * can observe. {@link ClassDataArchive} adds a class-data archive where one can be kept.
     *
     * <p>Not set, on purpose: the common pool's parallelism. On 2 processors it is 1, so every
     * {@code CompletableFuture.*Async} step of the Pulumi SDK starts a thread; a pool of 2 made the
     * 100-component program twice as fast, but a program that blocks a pool thread (a {@code join()}
     * in an {@code apply}) could then starve where {@code pulumi preview} runs it fine. The review
     * runs the program as the CLI does (docs/benchmarks.md).
     */
    public static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** The {@code java} executable of the running JVM, so the program runs on the same Java. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java <JVM_OPTIONS> -jar <jar>}, as the language host starts a program with {@code runtime.options.binary}. */
    public static ProgramCommand jar(Path jar, Path workingDirectory) {
        return new ProgramCommand(java("-jar", jar.toString()), workingDirectory);
    }

    /** {@code java <JVM_OPTIONS> -cp <classpath> <mainClass>}. */
    public static ProgramCommand mainClass(String classpath, String mainClass, Path workingDirectory) {
        return new ProgramCommand(java("-cp", classpath, mainClass), workingDirectory);
    }

    /**
     * The class path a {@code java -jar} or {@code java -cp} command runs with, resolved against the
     * working directory, with the jar manifest's {@code Class-Path} for {@code -jar}; empty when the
     * command is not one of those two shapes, uses a class path wildcard or names an unreadable jar.
     */
    public Optional<List<Path>> classPath() {
        int main = mainIndex();
        if (main < 0) {
            return Optional.empty();
        }
        if (command.get(main - 1).equals("-jar")) {
            Path jar = workingDirectory.resolve(command.get(main));
            return manifestClassPath(jar).map(rest -> {
                List<Path> all = new ArrayList<>(List.of(jar));
                all.addAll(rest);
                return List.copyOf(all);
            });
        }
        List<Path> entries = new ArrayList<>();
        for (String entry : classPathOption().split(File.pathSeparator, -1)) {
            if (entry.isEmpty() || entry.endsWith("*")) {
                return Optional.empty();
            }
            entries.add(workingDirectory.resolve(entry));
        }
        return Optional.of(List.copyOf(entries));
    }

    /**
     * Where the jar ({@code -jar}) or the main class ({@code -cp}) is in {@link #command()}: every
     * argument before it is a JVM option; -1 when the command is not {@code java} with only
     * {@code -X}/{@code -D} options and one {@code -jar <jar>} or {@code -cp <path>} before it.
     */
    public int mainIndex() {
        String executable = Path.of(command.get(0)).getFileName().toString();
        if (!executable.equals("java") && !executable.equals("java.exe")) {
            return -1;
        }
        boolean classPathGiven = false;
        for (int i = 1; i < command.size(); i++) {
            String argument = command.get(i);
            if (argument.equals("-jar")) {
                return !classPathGiven && i + 1 < command.size() ? i + 1 : -1;
            }
            if (argument.equals("-cp") || argument.equals("-classpath") || argument.equals("--class-path")) {
                if (classPathGiven || i + 1 >= command.size()) {
                    return -1;
                }
                classPathGiven = true;
                i++;
            } else if (!argument.startsWith("-X") && !argument.startsWith("-D")) {
                return classPathGiven ? i : -1;
            }
        }
        return -1;
    }

    private String classPathOption() {
        for (int i = 1; i < command.size() - 1; i++) {
            if (command.get(i).equals("-cp") || command.get(i).equals("-classpath") || command.get(i).equals("--class-path")) {
                return command.get(i + 1);
            }
        }
        throw new IllegalStateException("no class path option in " + command);
    }

    /** This command with {@code options} added right after the executable. */
    public ProgramCommand withJvmOptions(List<String> options) {
        List<String> changed = new ArrayList<>(command.subList(0, 1));
        changed.addAll(options);
        changed.addAll(command.subList(1, command.size()));
        return new ProgramCommand(changed, workingDirectory);
    }

    private static Optional<List<Path>> manifestClassPath(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            String classPath = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null || classPath.isBlank()) {
                return Optional.of(List.of());
            }
            Path base = jar.toAbsolutePath().getParent();
            return Optional.of(java.util.Arrays.stream(classPath.trim().split("\\s+")).map(base::resolve).toList());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static List<String> java(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of(arguments));
        return command;
    }
}
