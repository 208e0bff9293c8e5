package dev.readyservice.review.realengine;

import dev.readyservice.review.launch.Executables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the {@code pulumi} executable the real engine runs: the one {@code --pulumi} names, else {@code pulumi} on PATH. */
public final class PulumiExecutable {
    /** The executable's name on PATH. */
    public static final String NAME = "pulumi";

    private PulumiExecutable() {
    }

    /**
     * The executable, absolute.
     *
     * @param given what {@code --pulumi} gave: a path (with a separator) or a name looked up on {@code path}
     * @param path the {@code PATH} to search (may be null)
     * @throws IllegalArgumentException naming the flag and the value when there is no such executable
     */
    public static Path locate(Optional<Path> given, String path) {
        if (given.isPresent()) {
            Path file = given.get();
            if (file.getNameCount() == 1 && !file.isAbsolute()) {
                return onPath(file.toString(), path).orElseThrow(() -> new IllegalArgumentException(
                        "--pulumi " + file + ": no executable of that name on PATH; give the path of the Pulumi CLI"));
            }
            if (!Files.exists(file)) {
                throw new IllegalArgumentException("--pulumi " + file + " does not exist; give the path of the Pulumi CLI");
            }
            if (Files.isDirectory(file) || !Files.isExecutable(file)) {
                throw new IllegalArgumentException("--pulumi " + file + " is not an executable file; give the path of the Pulumi CLI");
            }
            return file.toAbsolutePath().normalize();
        }
        return onPath(NAME, path).orElseThrow(() -> new IllegalArgumentException("--engine pulumi: no `" + NAME
                + "` on PATH; install the Pulumi CLI (https://www.pulumi.com/docs/install/) or give its path with --pulumi PATH"));
    }

    /** The first executable file {@code name} in a folder of {@code path} ({@link Executables}). */
    static Optional<Path> onPath(String name, String path) {
        return Executables.find(name, path, null);
    }
}
