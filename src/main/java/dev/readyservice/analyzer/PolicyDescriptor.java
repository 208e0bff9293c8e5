package dev.readyservice.analyzer;

import java.util.List;
import java.util.Objects;

/**
 * One policy of a pack as its build manifest ({@code bin/manifest.json}) describes it.
 *
 * @param name the policy name
 * @param items the checklist item ids the policy proves
 * @param enforcementLevel the level the pack gives it before configuration
 * @param waivableInProd whether a waiver may cover it in prod
 * @param evidenceTypes the resource type tokens whose resources are its evidence
 * @param description what the policy checks
 */
public record PolicyDescriptor(
        String name,
        List<String> items,
        EnforcementLevel enforcementLevel,
        boolean waivableInProd,
        List<String> evidenceTypes,
        String description) {

    public PolicyDescriptor {
        Objects.requireNonNull(name, "name");
        items = items == null ? List.of() : List.copyOf(items);
        Objects.requireNonNull(enforcementLevel, "enforcementLevel");
        evidenceTypes = evidenceTypes == null ? List.of() : List.copyOf(evidenceTypes);
        description = description == null ? "" : description;
    }
}
