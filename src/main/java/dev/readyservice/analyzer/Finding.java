package dev.readyservice.analyzer;

import java.util.List;
import java.util.Objects;

/**
 * One diagnostic the policy pack reported, tied to the checklist items its policy proves.
 *
 * @param policy the policy name, e.g. {@code enable-storage-encryption}
 * @param items the checklist item ids of the policy (from the pack's manifest), empty when the
 *     manifest does not know the policy
 * @param level the enforcement level the pack reported it with
 * @param outcome what the message's marker says it means
 * @param message the message without its marker
 * @param urn the URN of the resource it is about, empty for a stack-level finding
 */
public record Finding(String policy, List<String> items, EnforcementLevel level, Outcome outcome, String message, String urn) {

    public Finding {
        Objects.requireNonNull(policy, "policy");
        items = items == null ? List.of() : List.copyOf(items);
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(outcome, "outcome");
        message = message == null ? "" : message;
        urn = urn == null ? "" : urn;
    }

    /**
     * True when this finding keeps its item from passing: a violation, an undecided check, an
     * unassessed resource, or a bypassing setting.
     */
    public boolean blocks() {
        return outcome == Outcome.VIOLATION || outcome == Outcome.UNDECIDED || outcome == Outcome.UNASSESSED || outcome == Outcome.NOT_CHECKED;
    }
}
