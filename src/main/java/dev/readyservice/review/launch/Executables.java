package dev.readyservice.review.launch;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one {@code PATH} lookup: which file a command name runs, as a shell would find it. Every part
 * that starts or names an executable (the process group, the deploy preconditions, Gradle, the real
 * Pulumi CLI) asks here, so they agree on what counts as found.
 *
 * <p>A command with a separator is a path, relative to the folder the process starts in; a bare name
 * is looked up in the folders of {@code PATH} in order (empty entries skipped: they would mean the
 * current folder, which a review never means to search). Found means a regular file that may be
 * executed (a folder never is), and on Windows also the name with {@code .exe}, {@code .cmd} or
 * {@code .bat}, which only there are executables without their suffix. The result is absolute.
 */
public final class Executables {
    private static final List<String> WINDOWS_SUFFIXES = List.of("", ".exe", ".cmd", ".bat");
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private Executables() {
    }

    /**
     * The executable {@code command} runs.
     *
     * @param path the {@code PATH} to search (null or empty: nothing is found by name)
     * @param directory the folder the process starts in, for a relative path (null: this JVM's)
     */
    public static Optional<Path> find(String command, String path, Path directory) {
        return find(command, path, directory, WINDOWS);
    }

    static Optional<Path> find(String command, String path, Path directory, boolean windows) {
        if (command == null || command.isEmpty()) {
            return Optional.empty();
        }
        List<String> suffixes = windows ? WINDOWS_SUFFIXES : List.of("");
        try {
            if (command.indexOf('/') >= 0 || command.indexOf(File.separatorChar) >= 0) {
                Path file = Path.of(command);
                return runnable(file.isAbsolute() || directory == null ? file : directory.resolve(file), suffixes);
            }
            if (path == null) {
                return Optional.empty();
            }
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    Optional<Path> found = runnable(Path.of(dir, command), suffixes);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        } catch (InvalidPathException e) {
            // A name no file can have is found nowhere.
        }
        return Optional.empty();
    }

    private static Optional<Path> runnable(Path file, List<String> suffixes) {
        for (String suffix : suffixes) {
            Path candidate = suffix.isEmpty() ? file : file.resolveSibling(file.getFileName() + suffix);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }
}
