package dev.readyservice.cli;

/** The exit codes of {@code prr}, documented in {@code --help} and the README. */
public enum ExitCode {
    /** The product is ready: no PRR item blocks the verdict. */
    READY(0, "ready: no PRR item blocks the verdict"),
    /** The review ran and at least one PRR item fails. */
    NOT_READY(1, "not ready: an item fails, lacks a sign-off, or is not measured (prod)"),
    /** Bad input: a missing or malformed Pulumi.yaml or stack file, an unknown stack, a bad flag or value. */
    BAD_INPUT(2, "bad input: Pulumi.yaml, the stack file, the policy config or a flag"),
    /** The program, the policy pack or the Pulumi CLI (--engine pulumi) failed, timed out, or asked for what an offline preview cannot answer. */
    FAILED(3, "the program, the policy pack or the Pulumi CLI failed");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** The {@code --help} lines, {@code code:meaning}. */
    static String[] helpLines() {
        ExitCode[] all = values();
        String[] lines = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            lines[i] = all[i].code + ":" + all[i].meaning;
        }
        return lines;
    }
}
