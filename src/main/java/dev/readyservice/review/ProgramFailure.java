package dev.readyservice.review;

import dev.readyservice.review.engine.OfflineEngine;
import dev.readyservice.review.launch.ProgramResult;
import java.time.Duration;
import java.util.List;

/**
 * Turns how a program run ended into a {@link ReviewException} with the most telling reason first:
 * what the engine refused, then the timeout, then the program's own errors and last output lines.
 */
final class ProgramFailure {
    private ProgramFailure() {
    }

    /** Throws PROGRAM_FAILED unless the program exited 0 in time without a refused request. */
    static void check(ProgramResult result, OfflineEngine engine, Duration timeout) {
        List<String> refused = engine.failures().messages();
        if (!refused.isEmpty()) {
            throw ReviewException.programFailed("the program asked for what an offline preview cannot answer: "
                    + String.join("; ", refused) + tail(result));
        }
        if (result.timedOut()) {
            throw ReviewException.programFailed("the program timed out after " + timeout.toSeconds()
                    + " s and was stopped; " + engine.registrations().count() + " resources were registered before" + tail(result));
        }
        if (result.exitCode() != 0) {
            List<String> errors = engine.logs().messages("ERROR");
            throw ReviewException.programFailed("the program exited with code " + result.exitCode()
                    + (errors.isEmpty() ? "" : "; it reported:\n" + String.join("\n", errors)) + tail(result));
        }
    }

    private static String tail(ProgramResult result) {
        return result.outputTail().isEmpty() ? "" : "\nlast program output:\n" + String.join("\n", result.outputTail());
    }
}
