package dev.readyservice.review;

import dev.readyservice.review.engine.OfflineEngine;
import dev.readyservice.review.launch.ProgramResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns how a program run ended into a {@link ReviewException} with the most telling reason first:
 * what the engine refused, then the timeout, then the program's own errors (or, when it reported
 * none, its last output lines).
 */
final class ProgramFailure {
    /**
     * The Java SDK's error report starts with the program's whole command line, classpath included;
     * the pid says which program it was just as well.
     */
    private static final Pattern COMMAND_LINE = Pattern.compile("Running program \\[PID: (\\d+)]\\(.*\\) failed with");
    /** Lines every program prints that say nothing about its failure. */
    private static final Pattern NOISE = Pattern.compile("^SLF4J: .*");
    /** A Java stack frame or its "... 3 more" elision: what a user reads only with --debug. */
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+(at .*|\\.\\.\\. \\d+ more)$");
    /** The Java SDK's warning when an object matches neither side of an {@code Either} (its Converter). */
    private static final String UNION_NOT_SELECTED = "Can't convert OneOf to Either";
    /** The Java SDK's error when it cannot convert a resource's output: {@code Convert [<class>.<output>]: Error converting}. */
    private static final Pattern CONVERSION_FAILED = Pattern.compile("Convert \\[([\\w$]+(?:\\.[\\w$]+)*)\\.[\\w$]+]: Error converting");
    /**
     * Our crash-free bindings by the official class they replace, by name: the review knows nothing of
     * the component's packages (ImportRulesTest); ProgramFailureTest checks the names against the classes.
     */
    static final Map<String, String> OUR_BINDINGS = Map.of(
            "com.pulumi.azurenative.dataprotection.BackupPolicy", "dev.readyservice.azure.bindings.BackupPolicy",
            "com.pulumi.azurenative.dataprotection.BackupInstance", "dev.readyservice.azure.bindings.BackupInstance");
    static final String DEBUG_HINT = "(run with --debug for the program's stack trace)";
    /**
     * A program that exits with this code says its stack config is invalid (the bundled program does
     * for an invalid spec): bad input in the stack file, so the review exits with its own bad-input code.
     */
    static final int BAD_INPUT_EXIT_CODE = ReviewException.Category.BAD_INPUT.exitCode();
    /**
     * The start of the component's invalid-spec error, by text: the review knows nothing of the
     * component's packages (ImportRulesTest); ProgramFailureTest checks it against the class.
     */
    static final String INVALID_SPEC = "Invalid ReadyService spec";
    /** The Java SDK's exit code after it logged the message of a {@code RunException} a program threw. */
    static final int SDK_REPORTED_ERROR_EXIT_CODE = 32;

    private ProgramFailure() {
    }

    /**
     * Throws PROGRAM_FAILED unless the program exited 0 in time without a refused request. The
     * program's stack frames are kept only when {@code debug}: the exception lines name the cause.
     */
    static void check(ProgramResult result, OfflineEngine engine, Duration timeout, boolean debug) {
        List<String> refused = engine.failures().messages();
        if (!refused.isEmpty()) {
            // The program fails right after a refusal with a gRPC error that says the same, less clearly.
            throw ReviewException.programFailed("the program asked for what an offline preview cannot answer: "
                    + String.join("; ", refused));
        }
        if (result.timedOut()) {
            throw ReviewException.programFailed("the program timed out after " + timeout.toSeconds()
                    + " s and was stopped; " + engine.registrations().count() + " resources were registered before" + tail(result));
        }
        if (result.exitCode() != 0) {
            List<String> errors = engine.logs().messages("ERROR").stream().map(ProgramFailure::tidy).toList();
            String reported = errors.isEmpty() ? tail(result) : "; it reported:\n" + String.join("\n", errors);
            String shown = (debug ? reported : withoutStackFrames(reported))
                    + unreadableUnions(errors, engine.logs().messages("WARNING")) + unknownAnswers(engine);
            if (result.exitCode() == BAD_INPUT_EXIT_CODE) {
                throw ReviewException.badInput("the program found its stack config invalid (exit code " + BAD_INPUT_EXIT_CODE + ")" + shown);
            }
            if (invalidSpec(result.exitCode(), errors)) {
                // A program of the team's own under Pulumi.run: its ReadyService spec (stack config or code) is bad input too.
                throw ReviewException.badInput("the program found its ReadyService spec invalid (exit code " + result.exitCode() + ")" + shown);
            }
            throw ReviewException.programFailed("the program exited with code " + result.exitCode() + shown);
        }
    }

    /** True when the program failed on the component's invalid-spec error, which the SDK reported. */
    static boolean invalidSpec(int exitCode, List<String> errors) {
        return exitCode == SDK_REPORTED_ERROR_EXIT_CODE && errors.stream().anyMatch(e -> e.contains(INVALID_SPEC));
    }

    /**
     * When the program failed because the Java SDK could not read a resource's answer for want of a
     * union member (its Converter warns "Can't convert OneOf to Either" and then fails converting the
     * output), say which resource type it was, that the SDK is at fault, and the workaround. The real
     * provider answers those outputs too, so the program would fail in {@code pulumi preview} and
     * {@code pulumi up} as well. Empty otherwise; the program's own messages are shown either way.
     */
    static String unreadableUnions(List<String> errors, List<String> warnings) {
        if (warnings.stream().noneMatch(w -> w.contains(UNION_NOT_SELECTED))) {
            return "";
        }
        List<String> classes = errors.stream()
                .flatMap(e -> CONVERSION_FAILED.matcher(e).results().map(m -> m.group(1)))
                .distinct()
                .toList();
        if (classes.isEmpty()) {
            return "";
        }
        String types = classes.stream().map(c -> c + " (" + typeToken(c) + ")").collect(java.util.stream.Collectors.joining(", "));
        List<String> replaced = classes.stream().filter(OUR_BINDINGS::containsKey).toList();
        String workaround = replaced.isEmpty()
                ? "Bind the type with outputs the SDK can read (untyped), as "
                        + OUR_BINDINGS.get("com.pulumi.azurenative.dataprotection.BackupPolicy") + " does for the backup policy."
                : replaced.stream().map(c -> "Use " + OUR_BINDINGS.get(c) + " instead of " + c)
                        .collect(java.util.stream.Collectors.joining("; "))
                        + ": the same type token, inputs and options, with outputs the SDK can read.";
        return "\nThe Java SDK (pulumi-java 1.36.1) cannot read the outputs of " + types
                + ": they hold a list or map of unions of objects, and the SDK cannot tell which member an object is"
                + " (pulumi/pulumi-java PR #2302). The real provider answers those outputs in pulumi preview and pulumi up"
                + " too, so the program fails there as well. " + workaround;
    }

    /** {@code com.pulumi.azurenative.<module>.<Name>} as {@code azure-native:<module>:<Name>}; another class as it is. */
    static String typeToken(String className) {
        String prefix = "com.pulumi.azurenative.";
        int last = className.lastIndexOf('.');
        if (!className.startsWith(prefix) || last < prefix.length()) {
            return className;
        }
        return "azure-native:" + className.substring(prefix.length(), last) + ":" + className.substring(last + 1);
    }

    /**
     * A program that reads a function's result outside an {@code apply} (a {@code ...Plain} call, a
     * {@code join()}) gets null where the engine answered unknown, and may fail on it where a real
     * preview, which has the provider's answer, runs on: say which answers were unknown and how to pin them.
     */
    static String unknownAnswers(OfflineEngine engine) {
        List<String> unknown = engine.assumptions().all().stream()
                .filter(a -> a.source() == Assumption.Source.UNKNOWN)
                .map(a -> a.kind().label() + " " + a.token() + (a.kind() == Assumption.Kind.FUNCTION ? "" : " '" + a.name() + "'"))
                .distinct()
                .toList();
        if (unknown.isEmpty()) {
            return "";
        }
        return "\nThe offline engine answered these unknown, as a preview of a resource not yet created would: " + String.join(", ", unknown)
                + ". A program that reads such an answer outside an apply (a ...Plain function, join()) gets null offline;"
                + " pin the answer with --invokes FILE or --stack-outputs FILE.";
    }

    /** {@code message} without the SDK's echo of the whole command line. */
    static String tidy(String message) {
        return COMMAND_LINE.matcher(message).replaceAll("Running program [PID: $1] failed with").strip();
    }

    /** {@code text} without its stack frames, with a hint to {@code --debug} when any were dropped. */
    static String withoutStackFrames(String text) {
        List<String> lines = text.lines().toList();
        List<String> kept = lines.stream().filter(line -> !STACK_FRAME.matcher(line).matches()).toList();
        if (kept.size() == lines.size()) {
            return text;
        }
        return String.join("\n", kept) + "\n" + DEBUG_HINT;
    }

    private static String tail(ProgramResult result) {
        List<String> lines = result.outputTail().stream()
                .filter(line -> !NOISE.matcher(line).matches())
                .map(ProgramFailure::tidy)
                .toList();
        return lines.isEmpty() ? "" : "\nlast program output:\n" + String.join("\n", lines);
    }
}
