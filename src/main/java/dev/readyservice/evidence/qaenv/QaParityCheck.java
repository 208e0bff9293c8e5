package dev.readyservice.evidence.qaenv;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.review.ReviewException;
import dev.readyservice.review.project.StackFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads {@code Pulumi.qa.yaml} and {@code Pulumi.prod.yaml} of a project and compares their
 * {@code config:} maps. Keys outside {@code config:} ({@code encryptionsalt}, {@code secretsprovider})
 * belong to one stack by nature and are not compared.
 */
public final class QaParityCheck {
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
        StackFile stack;
        try {
            stack = StackFile.read(file, file.getFileName().toString());
        } catch (ReviewException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (!stack.hasConfigMap()) {
            throw new IllegalArgumentException(file.getFileName() + " is not a stack file: expected a map with a `config` map");
        }
        return stack.config();
    }
}
