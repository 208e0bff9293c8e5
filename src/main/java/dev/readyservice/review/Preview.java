package dev.readyservice.review;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What an offline preview of a Pulumi program produced.
 *
 * @param project the Pulumi project name
 * @param stack the stack name
 * @param resources every registration, in the order the engine received them (the Java SDK registers
 *     concurrently, so resources that do not depend on each other may arrive out of program order)
 * @param logs what the program logged (DEBUG only when asked for)
 * @param uncheckedSecretKeys {@code secure:} config keys that could not be decrypted offline and
 *     were passed to the program as secret placeholders
 * @param programTime how long the program ran
 * @param assumptions the answers the engine gave that a real preview would have had from a provider,
 *     the cloud or another stack (functions, stack references, reads), in the order given
 */
public record Preview(
        String project,
        String stack,
        List<RecordedResource> resources,
        List<LogEntry> logs,
        Set<String> uncheckedSecretKeys,
        Duration programTime,
        List<Assumption> assumptions) {

    public Preview {
        resources = List.copyOf(resources);
        logs = List.copyOf(logs);
        uncheckedSecretKeys = Set.copyOf(uncheckedSecretKeys);
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
    }

    /** A preview in which the engine assumed nothing. */
    public Preview(String project, String stack, List<RecordedResource> resources, List<LogEntry> logs, Set<String> uncheckedSecretKeys,
            Duration programTime) {
        this(project, stack, resources, logs, uncheckedSecretKeys, programTime, List.of());
    }

    /** True when at least one function, stack reference or read was answered unknown. */
    public boolean returnedUnknowns() {
        return assumptions.stream().anyMatch(a -> a.source() == Assumption.Source.UNKNOWN);
    }

    /** A message the program logged through the engine. */
    public record LogEntry(String severity, String message, String urn) {
    }
}
