package dev.readyservice.review.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
     * can observe.
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

    /** This command with {@code options} given to the JVM right after the executable (for a {@code java} command). */
    public ProgramCommand withJvmOptions(List<String> options) {
        List<String> withOptions = new ArrayList<>(command.subList(0, 1));
        withOptions.addAll(options);
        withOptions.addAll(command.subList(1, command.size()));
        return new ProgramCommand(withOptions, workingDirectory);
    }

    private static List<String> java(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of(arguments));
        return command;
    }
}
