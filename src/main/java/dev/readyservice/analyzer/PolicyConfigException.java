package dev.readyservice.analyzer;

import java.nio.file.Path;

/**
 * The policy config file ({@code --policy-pack-config}) is unreadable, malformed, or the pack
 * rejected it in {@code Configure}. The message names the file.
 */
public class PolicyConfigException extends PackInputException {

    /** A problem with {@code file}; {@code problem} says what and what is allowed. */
    public PolicyConfigException(Path file, String problem, Throwable cause) {
        super("policy config", file, problem, cause);
    }
}
