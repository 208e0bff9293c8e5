package dev.readyservice.deploy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Finds an executable by name, as a shell would on {@code PATH}. Injected so tests need no real CLI. */
@FunctionalInterface
public interface CommandLocator {
    /** The executable called {@code command}, if one is found. */
    Optional<Path> find(String command);

    /**
     * Searches the directories of {@code PATH} in {@code environment} for an executable file named
     * {@code command} (or {@code command.exe}/{@code command.cmd} on Windows).
     */
    static CommandLocator onPath(Map<String, String> environment) {
        String path = environment.getOrDefault("PATH", "");
        return command -> {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isBlank()) {
                    continue;
                }
                for (String suffix : new String[] {"", ".exe", ".cmd"}) {
                    Path candidate = Path.of(dir, command + suffix);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
            return Optional.empty();
        };
    }
}
