package dev.readyservice.analyzer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy pack that analysed a preview.
 *
 * @param name the pack name the analyzer reported
 * @param version the pack version the analyzer reported
 * @param policies every policy of the manifest, with the enforcement level the analyzer runs it at
 *     after configuration
 */
public record PackInfo(String name, String version, List<PolicyDescriptor> policies) {

    public PackInfo {
        Objects.requireNonNull(name, "name");
        version = version == null ? "" : version;
        policies = policies == null ? List.of() : List.copyOf(policies);
    }

    /** The policy named {@code name}, if the pack has it. */
    public Optional<PolicyDescriptor> policy(String policyName) {
        return policies.stream().filter(p -> p.name().equals(policyName)).findFirst();
    }

    /** The policies that prove {@code itemId}, in manifest order. */
    public List<PolicyDescriptor> policiesFor(String itemId) {
        return policies.stream().filter(p -> p.items().contains(itemId)).toList();
    }

    /** A copy whose policies run at the given levels (policies not named keep theirs). */
    public PackInfo withLevels(Map<String, EnforcementLevel> levels) {
        return new PackInfo(name, version, policies.stream()
                .map(p -> new PolicyDescriptor(p.name(), p.items(), levels.getOrDefault(p.name(), p.enforcementLevel()),
                        p.waivableInProd(), p.evidenceTypes(), p.description()))
                .toList());
    }
}
