package dev.readyservice.analyzer;

import java.nio.file.Path;

/**
 * The pack's evidence folder ({@code ./prr report --from DIR}) is missing, partial or malformed.
 * The message names the file and the problem.
 */
public class PackEvidenceException extends PackInputException {

    /** A problem with {@code file}. */
    public PackEvidenceException(Path file, String problem, Throwable cause) {
        super("evidence", file, problem, cause);
    }
}
