package dev.readyservice.review.launch;

import java.nio.file.Path;
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

    /** The {@code java} executable of the running JVM, so the program runs on the same Java. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java -jar <jar>}, as the language host starts a program with {@code runtime.options.binary}. */
    public static ProgramCommand jar(Path jar, Path workingDirectory) {
        return new ProgramCommand(List.of(javaExecutable(), "-jar", jar.toString()), workingDirectory);
    }

    /** {@code java -cp <classpath> <mainClass>}. */
    public static ProgramCommand mainClass(String classpath, String mainClass, Path workingDirectory) {
        return new ProgramCommand(List.of(javaExecutable(), "-cp", classpath, mainClass), workingDirectory);
    }
}
