package dev.readyservice.analyzer;

import java.util.List;
import java.util.Objects;

/**
 * What a policy pack said about a preview.
 *
 * @param pack the pack and its policies
 * @param findings every diagnostic, per-resource ones first, then stack-level ones
 */
public record Analysis(PackInfo pack, List<Finding> findings) {

    public Analysis {
        Objects.requireNonNull(pack, "pack");
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** The findings of the policies that prove {@code itemId}. */
    public List<Finding> findingsFor(String itemId) {
        return findings.stream().filter(f -> f.items().contains(itemId)).toList();
    }
}
