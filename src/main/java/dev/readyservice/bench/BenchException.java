package dev.readyservice.bench;

/** A benchmark run that could not be measured: a child failed, timed out, or its output was not as expected. */
public final class BenchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public BenchException(String message) {
        super(message);
    }
}
