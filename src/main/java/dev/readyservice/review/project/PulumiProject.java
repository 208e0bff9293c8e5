package dev.readyservice.review.project;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Pulumi project as read from its {@code Pulumi.yaml}.
 *
 * @param name the project name, which is also the namespace of config keys given without one
 * @param directory the directory that holds {@code Pulumi.yaml}
 * @param programDirectory where the program's sources live ({@code main:} in {@code Pulumi.yaml},
 *     resolved against {@code directory}; {@code directory} itself when not set): the Maven build
 *     and the program run there
 * @param binary the program jar ({@code runtime.options.binary}) resolved against {@code directory};
 *     empty when the program is built from source with Maven
 * @param configDefaults project-level config defaults, keyed {@code ns:key}, as the strings the
 *     program receives
 */
public record PulumiProject(
        String name, Path directory, Path programDirectory, Optional<Path> binary, Map<String, String> configDefaults) {

    public PulumiProject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(directory, "directory");
        programDirectory = programDirectory == null ? directory : programDirectory;
        binary = binary == null ? Optional.empty() : binary;
        configDefaults = configDefaults == null ? Map.of() : Map.copyOf(configDefaults);
    }

    /** The stack settings file of {@code stack}: {@code Pulumi.<stack>.yaml} beside {@code Pulumi.yaml}. */
    public Path stackFile(String stack) {
        return StackFile.path(directory, stack);
    }
}
