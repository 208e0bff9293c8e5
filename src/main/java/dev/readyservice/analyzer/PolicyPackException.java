package dev.readyservice.analyzer;

/**
 * The policy pack could not be started or failed while analysing: node missing, pack not built,
 * process died, or a protocol error. The message says what to do; it never carries resource inputs.
 */
public class PolicyPackException extends RuntimeException {
    /** The CLI exit code for "the pack failed". */
    public static final int EXIT_CODE = 3;

    private final String stderrTail;

    /** A failure with the last lines the pack wrote to stderr (empty when none). */
    public PolicyPackException(String message, String stderrTail, Throwable cause) {
        super(stderrTail == null || stderrTail.isBlank() ? message : message + "\n--- policy pack stderr (last lines) ---\n" + stderrTail, cause);
        this.stderrTail = stderrTail == null ? "" : stderrTail;
    }

    /** A failure without stderr. */
    public PolicyPackException(String message) {
        this(message, "", null);
    }

    /** The exit code a CLI should end with. */
    public int exitCode() {
        return EXIT_CODE;
    }

    /** The last lines the pack wrote to stderr, empty when none. */
    public String stderrTail() {
        return stderrTail;
    }
}
