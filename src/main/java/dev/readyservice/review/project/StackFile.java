package dev.readyservice.review.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A stack's settings file, {@code Pulumi.<stack>.yaml}, read once and as Pulumi reads it
 * ({@link PulumiYaml}: aliases expanded, duplicate keys rejected). The review, the redeploy timer
 * and the QA parity check all read stack files through this class.
 *
 * @param file the file
 * @param root the document; a missing node for an empty file
 */
public record StackFile(Path file, JsonNode root) {

    /** @return {@code Pulumi.<stack>.yaml} */
    public static String fileName(String stack) {
        return "Pulumi." + stack + ".yaml";
    }

    /** @return the settings file of {@code stack} in {@code projectDir} */
    public static Path path(Path projectDir, String stack) {
        return projectDir.resolve(fileName(stack));
    }

    /**
     * Reads {@code file}, naming it {@code shownAs} in messages about its content.
     *
     * @throws dev.readyservice.review.ReviewException BAD_INPUT when it cannot be read or is not valid YAML
     */
    public static StackFile read(Path file, String shownAs) {
        return new StackFile(file, PulumiYaml.read(file, shownAs));
    }

    /** As {@link #read(Path, String)}, naming the file by its path. */
    public static StackFile read(Path file) {
        return read(file, file.toString());
    }

    /** @return whether the document is a map whose {@code config}, when present, is a map too */
    public boolean hasConfigMap() {
        return root.isMissingNode() || root.isObject() && (config().isObject() || config().isMissingNode());
    }

    /** @return the {@code config:} map; a missing node when the file has none (or it is null) */
    public JsonNode config() {
        JsonNode config = root.path("config");
        return config.isNull() ? MissingNode.getInstance() : config;
    }

    /** @return the {@code secretsprovider} setting, empty when the file has none */
    public Optional<String> secretsProvider() {
        return Optional.ofNullable(root.get("secretsprovider")).filter(JsonNode::isTextual).map(JsonNode::asText)
                .filter(s -> !s.isBlank());
    }
}
