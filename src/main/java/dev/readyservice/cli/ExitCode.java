package dev.readyservice.cli;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** The exit code with this number; a number that is none of ours is a bug of the caller. */
    static ExitCode of(int code) {
        for (ExitCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new IllegalStateException("exit code " + code + " is not one of prr's");
    }

    /** What each code means for {@code prr review} (and {@code prr} itself): every code, in order. */
    static Map<ExitCode, String> reviewMeanings() {
        Map<ExitCode, String> meanings = new EnumMap<>(ExitCode.class);
        for (ExitCode c : values()) {
            meanings.put(c, c.meaning);
        }
        return meanings;
    }

    /** The {@code --help} list, code to meaning, in the order of the codes. */
    static Map<String, String> helpList(Map<ExitCode, String> meanings) {
        Map<String, String> list = new LinkedHashMap<>();
        new EnumMap<>(meanings).forEach((c, meaning) -> list.put(String.valueOf(c.code), meaning));
        return list;
    }
}
