package dev.readyservice.review.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.readyservice.review.ReviewException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the project's YAML files into trees, turning every failure into a message that names the file. */
final class YamlFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlFiles() {
    }

    /** The document in {@code file}; an empty file reads as a missing node. */
    static JsonNode read(Path file) {
        try {
            JsonNode node = YAML.readTree(file.toFile());
            return node == null ? MissingNode.getInstance() : node;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String line = where == null || where.getLineNr() < 1 ? "" : " at line " + where.getLineNr();
            throw ReviewException.badInput(file + " is not valid YAML" + line + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ReviewException.badInput("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** True when {@code file} exists as a regular file. */
    static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }
}
