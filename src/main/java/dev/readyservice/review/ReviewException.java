package dev.readyservice.review;

import java.util.Objects;

/**
 * Why an offline preview could not produce a {@link Preview}.
 *
 * <p>The message is meant for the person running the review: it names the file, the key or the
 * function token involved and what is wrong. It never contains a secret value.
 */
public final class ReviewException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of failure this is, and the process exit code the CLI should use for it. */
    public enum Category {
        /** The project, stack or its configuration cannot be used as given (exit code 2). */
        BAD_INPUT(2),
        /** The program failed, timed out or asked for something an offline preview cannot answer (exit code 3). */
        PROGRAM_FAILED(3);

        private final int exitCode;

        Category(int exitCode) {
            this.exitCode = exitCode;
        }

        /** The process exit code the CLI uses for this category. */
        public int exitCode() {
            return exitCode;
        }
    }

    private final Category category;

    /** A failure of the given category with a message for the user. */
    public ReviewException(Category category, String message) {
        super(message);
        this.category = Objects.requireNonNull(category, "category");
    }

    /** A failure of the given category caused by {@code cause}. */
    public ReviewException(Category category, String message, Throwable cause) {
        super(message, cause);
        this.category = Objects.requireNonNull(category, "category");
    }

    /** A {@link Category#BAD_INPUT} failure. */
    public static ReviewException badInput(String message) {
        return new ReviewException(Category.BAD_INPUT, message);
    }

    /** A {@link Category#PROGRAM_FAILED} failure. */
    public static ReviewException programFailed(String message) {
        return new ReviewException(Category.PROGRAM_FAILED, message);
    }

    /** What kind of failure this is. */
    public Category category() {
        return category;
    }

    /** The exit code the CLI should end with. */
    public int exitCode() {
        return category.exitCode();
    }
}
