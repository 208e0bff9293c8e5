package dev.readyservice.deploy;

import dev.readyservice.review.launch.Executables;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Finds an executable by name, as a shell would on {@code PATH}. Injected so tests need no real CLI. */
@FunctionalInterface
public interface CommandLocator {
    /** The executable called {@code command}, if one is found. */
    Optional<Path> find(String command);

    /** Searches {@code PATH} in {@code environment} as every part of ReadyService does ({@link Executables}). */
    static CommandLocator onPath(Map<String, String> environment) {
        String path = environment.getOrDefault("PATH", "");
        return command -> Executables.find(command, path, null);
    }
}
