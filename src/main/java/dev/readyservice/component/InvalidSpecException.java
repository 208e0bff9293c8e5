package dev.readyservice.component;

import com.pulumi.exceptions.RunException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown before any resource is registered when a spec breaks one or more rules; lists them all.
 * It is a {@link RunException}, which the Pulumi SDK reports as its message, without a stack trace.
 */
public final class InvalidSpecException extends RunException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public InvalidSpecException(String source, List<Violation> violations) {
        super(message(source, violations));
        this.violations = List.copyOf(violations);
    }

    /** Every problem found, in rule order. */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(String source, List<Violation> violations) {
        return "Invalid ReadyService spec" + (source == null ? "" : " in " + source) + " (" + violations.size()
                + (violations.size() == 1 ? " problem" : " problems") + "):\n"
                + violations.stream().map(v -> "  - " + v).collect(Collectors.joining("\n"));
    }
}
