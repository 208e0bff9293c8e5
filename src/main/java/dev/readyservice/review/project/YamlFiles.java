package dev.readyservice.review.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the project's YAML files into trees, turning every failure into a message that names the file. */
final class YamlFiles {
    private YamlFiles() {
    }

    /** The document in {@code file}, read as Pulumi reads it ({@link PulumiYaml}); an empty file reads as a missing node. */
    static JsonNode read(Path file) {
        return PulumiYaml.read(file);
    }

    /** True when {@code file} exists (a directory in its place is then reported by {@link #read}). */
    static boolean exists(Path file) {
        return Files.exists(file);
    }
}
