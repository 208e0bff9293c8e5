package dev.readyservice.analyzer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a policy pack said about a preview.
 *
 * @param pack the pack and its policies
 * @param findings every diagnostic, per-resource ones first, then stack-level ones
 * @param notApplicable the policies that said, with a reason of their own, that they do not apply
 * @param components the pack's judgement of the product's components ({@link JudgedComponent}), empty
 *     when the pack handed none over (a pack of another version, an evidence folder without it)
 */
public record Analysis(PackInfo pack, List<Finding> findings, List<NotApplicable> notApplicable,
        Optional<List<JudgedComponent>> components) {

    public Analysis {
        Objects.requireNonNull(pack, "pack");
        findings = findings == null ? List.of() : List.copyOf(findings);
        notApplicable = notApplicable == null ? List.of() : List.copyOf(notApplicable);
        components = components == null ? Optional.empty() : components.map(List::copyOf);
    }

    /** An analysis that carries no judgement of the components. */
    public Analysis(PackInfo pack, List<Finding> findings, List<NotApplicable> notApplicable) {
        this(pack, findings, notApplicable, Optional.empty());
    }

    /** An analysis in which no policy declared itself not applicable. */
    public Analysis(PackInfo pack, List<Finding> findings) {
        this(pack, findings, List.of());
    }

    /** The not-applicable reports of {@code policy}. */
    public List<NotApplicable> notApplicableFor(String policy) {
        return notApplicable.stream().filter(n -> n.policy().equals(policy)).toList();
    }

    /** The findings of the policies that prove {@code itemId}. */
    public List<Finding> findingsFor(String itemId) {
        return findings.stream().filter(f -> f.items().contains(itemId)).toList();
    }
}
