package dev.readyservice.analyzer;

import java.nio.file.Path;

/**
 * A file the user gives the pack (the policy config, the evidence folder) is wrong, not the pack:
 * bad input. The message names what the file is, the file and the problem.
 */
public abstract class PackInputException extends PolicyPackException {

    /** A problem with {@code file}, which is the user's {@code what} (e.g. "policy config"). */
    protected PackInputException(String what, Path file, String problem, Throwable cause) {
        super(what + " " + file + ": " + problem, "", cause);
    }

    /** The CLI exit code for invalid input. */
    @Override
    public int exitCode() {
        return 2;
    }
}
