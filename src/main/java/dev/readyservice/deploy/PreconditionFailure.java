package dev.readyservice.deploy;

import java.util.List;

/**
 * A redeploy run was refused before anything ran: a tool, a credential or a setting is missing,
 * or the request is unsafe (rebuild on prod). Means exit code {@value #EXIT_CODE} (bad input).
 * The message has one line per problem saying what is missing and how to provide it; it never
 * contains the value of an environment variable.
 */
public final class PreconditionFailure extends Exception {
    private static final long serialVersionUID = 1L;
    /** The exit code of the {@code prr} CLI for bad input. */
    public static final int EXIT_CODE = 2;

    private final List<String> problems;

    /** A failure listing {@code problems}, one line each. */
    public PreconditionFailure(List<String> problems) {
        super("cannot time a redeploy; fix these first:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, one sentence each, in the order they were checked. */
    public List<String> problems() {
        return problems;
    }

    /** Always {@value #EXIT_CODE}. */
    public int exitCode() {
        return EXIT_CODE;
    }
}
