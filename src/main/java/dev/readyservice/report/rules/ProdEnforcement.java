package dev.readyservice.report.rules;

import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.analyzer.PackInfo;
import dev.readyservice.analyzer.PolicyDescriptor;
import dev.readyservice.report.ItemStatus;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the report enforces itself in prod, where the pack cannot speak: the CLI never calls a
 * disabled policy, so any policy switched off by the policy config ({@code disabled}, by name or
 * through {@code all}) would leave its items passing on the remaining policies, unchecked. A
 * never-waivable rule (encryption at rest, TLS floor, backups) lowered to {@code advisory} still runs
 * and the pack reports it mandatory, but the setting is still a bypass. Either way the item fails as
 * not checked, naming the setting, from the levels {@code Configure} returned. Other environments
 * keep a disabled policy's items to their other policies (an item left with none fails anyway).
 */
final class ProdEnforcement {
    private ProdEnforcement() {
    }

    /** The failing decision for an item one of whose policies a setting disabled, or lowered below what prod requires, if any. */
    static Optional<Decision> notChecked(List<PolicyDescriptor> policies, PackInfo pack) {
        if (!pack.environment().isProd()) {
            return Optional.empty();
        }
        List<PolicyDescriptor> lowered = policies.stream()
                .filter(p -> p.enforcementLevel() == EnforcementLevel.DISABLED
                        || (!p.waivableInProd() && p.enforcementLevel() == EnforcementLevel.ADVISORY))
                .toList();
        if (lowered.isEmpty()) {
            return Optional.empty();
        }
        String settings = lowered.stream()
                .map(p -> p.name() + " runs " + p.enforcementLevel().wireName() + " ("
                        + pack.levelSettings().getOrDefault(p.name(), "the policy config sets it") + ")")
                .collect(Collectors.joining("; "));
        boolean neverWaivable = lowered.stream().anyMatch(p -> !p.waivableInProd());
        return Optional.of(new Decision(ItemStatus.FAIL, "not checked as prod requires: " + settings
                + (neverWaivable ? "; this rule is never waivable in prod, so the item fails until the setting is removed"
                        : "; a prod review accepts no unchecked item, so the item fails until the policy runs (a finding it must not"
                                + " block needs a waiver)")));
    }
}
