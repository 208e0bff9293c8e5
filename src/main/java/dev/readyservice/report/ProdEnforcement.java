package dev.readyservice.report;

import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.analyzer.PackInfo;
import dev.readyservice.analyzer.PolicyDescriptor;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the report enforces itself in prod, where the pack cannot speak: the CLI never calls a
 * disabled policy, so a never-waivable rule (encryption at rest, TLS floor, backups) switched off by
 * the policy config ({@code disabled}, or {@code all: disabled}) would leave its item silently
 * passing on the remaining policies. Lowered to {@code advisory} the pack still runs it and reports
 * it mandatory, but the setting is still a bypass. Either way the item fails as not checked, naming
 * the setting, from the levels {@code Configure} returned.
 */
final class ProdEnforcement {
    private ProdEnforcement() {
    }

    /** The failing decision for an item whose never-waivable policies a setting lowered in prod, if any. */
    static Optional<ItemRules.Decision> notChecked(List<PolicyDescriptor> policies, PackInfo pack) {
        if (!pack.environment().isProd()) {
            return Optional.empty();
        }
        List<PolicyDescriptor> lowered = policies.stream()
                .filter(p -> !p.waivableInProd())
                .filter(p -> p.enforcementLevel() == EnforcementLevel.DISABLED || p.enforcementLevel() == EnforcementLevel.ADVISORY)
                .toList();
        if (lowered.isEmpty()) {
            return Optional.empty();
        }
        String settings = lowered.stream()
                .map(p -> p.name() + " runs " + p.enforcementLevel().wireName() + " ("
                        + pack.levelSettings().getOrDefault(p.name(), "the policy config sets it") + ")")
                .collect(Collectors.joining("; "));
        return Optional.of(new ItemRules.Decision(ItemStatus.FAIL, "not checked as prod requires: " + settings
                + "; this rule is never waivable in prod, so the item fails until the setting is removed"));
    }
}
