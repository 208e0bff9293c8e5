package dev.readyservice.deploy;

import java.nio.file.Path;

/** A redeploy record file exists but is not a valid record; the message names the file and the problem. */
public final class MalformedRedeployRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    MalformedRedeployRecordException(Path file, String problem, Throwable cause) {
        super("redeploy record " + file + " " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** What is wrong with the file, without its name (e.g. "has no recordedAt"). */
    public String problem() {
        return problem;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
