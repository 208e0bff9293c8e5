package dev.readyservice.analyzer;

import dev.readyservice.model.Labelled;
import java.util.Optional;

/**
 * What a finding means for its checklist item, read from the marker that starts the pack's message
 * (see {@code docs/evidence.md}, "What the pack tells the review"). The pack writes an outcome's marker
 * as its {@link #label()} in brackets, e.g. {@code [platform-limit]}.
 */
public enum Outcome implements Labelled.Named {
    /** A plain violation (no marker). */
    VIOLATION,
    /** A violation covered by a valid waiver. */
    WAIVED,
    /** The policy could not decide because values are unknown in preview; never a pass. */
    UNDECIDED,
    /**
     * The resource is of a type the PRR cares about, but no policy of the pack judges this item for
     * it yet ({@code policy/lib/catalogue.ts}); fails like a violation, waivable with a reason where
     * the item is waivable.
     */
    UNASSESSED,
    /** The platform cannot be set as the checklist asks; the highest floor it allows is set. */
    PLATFORM_LIMIT,
    /** A violation reported before the policy's {@code enforceFrom} date. */
    STAGED,
    /**
     * A setting (staging, a waiver, a lowered level, a weakened floor) would bypass a rule in prod, so
     * the item is not checked as prod requires; always blocks.
     */
    NOT_CHECKED;

    /** The marker at the start of a message, empty for {@link #VIOLATION}. */
    public String marker() {
        return this == VIOLATION ? "" : "[" + label() + "]";
    }

    /** The outcome a message's leading marker names; a message without a known marker is a violation. */
    public static Outcome of(String message) {
        return markedOutcome(message).orElse(VIOLATION);
    }

    /** The message without its leading marker and the blank after it. */
    public static String stripMarker(String message) {
        return markedOutcome(message)
                .map(outcome -> message.stripLeading().substring(outcome.marker().length()).stripLeading())
                .orElse(message);
    }

    private static Optional<Outcome> markedOutcome(String message) {
        String text = message == null ? "" : message.stripLeading();
        for (Outcome outcome : values()) {
            if (!outcome.marker().isEmpty() && text.startsWith(outcome.marker())) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}
