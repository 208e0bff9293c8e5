package dev.readyservice.review.launch;

import java.time.Duration;
import java.util.List;

/**
 * How a program run ended.
 *
 * @param exitCode the process exit code; meaningless when {@code timedOut}
 * @param timedOut true when the run was stopped at the timeout
 * @param outputTail the last lines of stdout and stderr, interleaved as they arrived
 * @param duration how long the program ran
 */
public record ProgramResult(int exitCode, boolean timedOut, List<String> outputTail, Duration duration) {

    public ProgramResult {
        outputTail = List.copyOf(outputTail);
    }

    /** True when the program exited 0 in time. */
    public boolean succeeded() {
        return !timedOut && exitCode == 0;
    }
}
