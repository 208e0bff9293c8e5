package dev.readyservice.bench;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The real Pulumi CLI the bench runs beside the offline review, or why there is none (the bench then
 * says so in its output and in the document: a visible skip, never a silent one).
 *
 * @param pulumi the CLI, when one was found
 * @param unavailable why there is none (empty when there is one)
 */
public record RealCli(Optional<Path> pulumi, String unavailable) {

    public RealCli {
        Objects.requireNonNull(pulumi, "pulumi");
        Objects.requireNonNull(unavailable, "unavailable");
        if (pulumi.isEmpty() == unavailable.isEmpty()) {
            throw new IllegalArgumentException("a real CLI is either found or has a reason it is not, not both nor neither");
        }
    }

    /** The CLI at {@code pulumi}. */
    public static RealCli at(Path pulumi) {
        return new RealCli(Optional.of(pulumi), "");
    }

    /** No CLI, for {@code reason}. */
    public static RealCli none(String reason) {
        return new RealCli(Optional.empty(), reason);
    }
}
