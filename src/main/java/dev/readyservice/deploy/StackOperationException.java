package dev.readyservice.deploy;

/**
 * A Pulumi operation failed. The message is Pulumi's own error output, which masks secret values
 * as {@code [secret]}; nothing here adds configuration values to it.
 */
public final class StackOperationException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A failure with Pulumi's message and its cause. */
    public StackOperationException(String message, Throwable cause) {
        super(message, cause);
    }
}
