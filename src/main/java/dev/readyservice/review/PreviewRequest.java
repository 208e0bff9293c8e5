package dev.readyservice.review;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What to preview offline.
 *
 * @param projectDir the directory holding {@code Pulumi.yaml}
 * @param stack the stack whose {@code Pulumi.<stack>.yaml} supplies the config
 * @param timeout how long the program (and a Maven build before it) may run before it is killed;
 *     when null, {@link #DEFAULT_TIMEOUT}
 * @param debug keep DEBUG and INFO log messages and pass the program's output to {@code progress}
 * @param progress receives one-line progress messages; when null, they are dropped
 * @param invokesFile pinned function answers ({@code --invokes}, {@link dev.readyservice.review.project.PinnedAnswers}), if any
 * @param stackOutputsFile pinned outputs of referenced stacks ({@code --stack-outputs}), if any
 */
public record PreviewRequest(Path projectDir, String stack, Duration timeout, boolean debug, Consumer<String> progress,
        Optional<Path> invokesFile, Optional<Path> stackOutputsFile) {
    /** The timeout when none is given: long enough for a Maven build and a large program. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);

    public PreviewRequest {
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(stack, "stack");
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        progress = progress == null ? message -> { } : progress;
        invokesFile = invokesFile == null ? Optional.empty() : invokesFile;
        stackOutputsFile = stackOutputsFile == null ? Optional.empty() : stackOutputsFile;
    }

    /** A request without pinned answers. */
    public PreviewRequest(Path projectDir, String stack, Duration timeout, boolean debug, Consumer<String> progress) {
        this(projectDir, stack, timeout, debug, progress, Optional.empty(), Optional.empty());
    }

    /** A request with the default timeout, no debug output and no progress messages. */
    public static PreviewRequest of(Path projectDir, String stack) {
        return new PreviewRequest(projectDir, stack, DEFAULT_TIMEOUT, false, null);
    }
}
