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
 * @param environment the environment the stack was judged as, by the pack's own rule
 * @param levelSettings per policy whose level the policy config set, the setting that did, e.g.
 *     {@code policy/config/prod.json sets "enforce-tls-floor": enforcementLevel disabled}
 */
public record PackInfo(String name, String version, List<PolicyDescriptor> policies, JudgedEnvironment environment,
        Map<String, String> levelSettings) {

    public PackInfo {
        Objects.requireNonNull(name, "name");
        version = version == null ? "" : version;
        policies = policies == null ? List.of() : List.copyOf(policies);
        environment = environment == null ? JudgedEnvironment.unstated() : environment;
        levelSettings = levelSettings == null ? Map.of() : Map.copyOf(levelSettings);
    }

    /** A pack that was not told which stack it judged: the stack counts as the strictest environment. */
    public PackInfo(String name, String version, List<PolicyDescriptor> policies) {
        this(name, version, policies, JudgedEnvironment.unstated(), Map.of());
    }

    /** A copy that judged {@code environment}, with the settings that gave its policies their levels. */
    public PackInfo judging(JudgedEnvironment judged, Map<String, String> settings) {
        return new PackInfo(name, version, policies, judged, settings);
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
                .toList(), environment, levelSettings);
    }
}
