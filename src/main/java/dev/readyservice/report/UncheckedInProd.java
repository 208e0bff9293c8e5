package dev.readyservice.report;

import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.analyzer.PolicyDescriptor;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A prod review accepts no unchecked item: when the policy config disables a policy (by name or
 * through {@code all}), every item that policy proves is {@code not checked} in prod, which fails,
 * whatever the item's other policies found. In other environments a disabled policy only stops
 * proving (an item with no enabled policy left fails anyway, see {@link ItemRules#infra}).
 *
 * <p>The environment is the one the spec gives ({@code product.environment} of a
 * {@code readiness:index:ReadyService}); without one, the stack's name ({@code prod} or
 * {@code production}), which is what {@code ConfigureStack} gives the pack.
 */
final class UncheckedInProd {
    /** Stack names that mean prod when no spec says otherwise. */
    static final Set<String> PROD_STACK_NAMES = Set.of("prod", "production");

    private UncheckedInProd() {
    }

    /** True when {@code preview} is judged as prod. */
    static boolean isProd(Preview preview) {
        for (RecordedResource r : preview.resources()) {
            if (r.type().equals(ProductView.READY_SERVICE_TYPE) && r.inputs().get("product") instanceof Map<?, ?> product
                    && product.get("environment") instanceof String environment) {
                return environment.equalsIgnoreCase("prod");
            }
        }
        return PROD_STACK_NAMES.contains(preview.stack().toLowerCase(Locale.ROOT));
    }

    /**
     * {@code not checked} (fail) when {@code prod} and the config disables one of {@code policies};
     * empty otherwise, and the item is decided as usual.
     */
    static Optional<ItemRules.Decision> decide(List<PolicyDescriptor> policies, boolean prod) {
        List<String> disabled = policies.stream().filter(p -> p.enforcementLevel() == EnforcementLevel.DISABLED)
                .map(PolicyDescriptor::name).toList();
        if (!prod || disabled.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ItemRules.Decision(ItemStatus.FAIL, "not checked: the policy config disables " + String.join(", ", disabled)
                + ", and a prod review accepts no unchecked item (enable the policy; a finding it must not block needs a waiver)"));
    }
}
