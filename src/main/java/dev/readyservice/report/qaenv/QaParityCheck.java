package dev.readyservice.report.qaenv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads {@code Pulumi.qa.yaml} and {@code Pulumi.prod.yaml} of a project and compares their
 * {@code config:} maps. Keys outside {@code config:} ({@code encryptionsalt}, {@code secretsprovider})
 * belong to one stack by nature and are not compared.
 */
public final class QaParityCheck {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private QaParityCheck() {
    }

    /**
     * Compares the QA stack file of {@code projectDir} with its prod stack file.
     *
     * @throws IllegalArgumentException naming the file when one exists but is not a YAML stack file;
     *     the message never quotes the file's content, which may hold a secret in clear
     */
    public static QaParity read(Path projectDir) {
        Path qa = projectDir.resolve(QaParity.QA_STACK_FILE);
        Path prod = projectDir.resolve(QaParity.PROD_STACK_FILE);
        if (!Files.isRegularFile(qa)) {
            return QaParity.noQaStack();
        }
        if (!Files.isRegularFile(prod)) {
            return QaParity.noProdStack();
        }
        return QaParity.compared(ConfigComparison.compare(config(qa), config(prod)));
    }

    private static JsonNode config(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(file.getFileName() + " is not valid YAML"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file.getFileName() + " cannot be read: " + e.getClass().getSimpleName(), e);
        }
        if (root == null || root.isMissingNode()) {
            return MissingNode.getInstance();
        }
        if (!root.isObject() || !(root.path("config").isObject() || root.path("config").isMissingNode() || root.path("config").isNull())) {
            throw new IllegalArgumentException(file.getFileName() + " is not a stack file: expected a map with a `config` map");
        }
        return root.path("config");
    }
}
