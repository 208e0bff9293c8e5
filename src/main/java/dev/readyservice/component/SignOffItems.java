package dev.readyservice.component;

import java.util.List;

/** The PRR checklist items of kind sign-off: only people can prove them. */
public final class SignOffItems {
    public static final List<String> IDS = List.of(
            "customer.onboarding",
            "customer.first-line",
            "customer.success",
            "tech.handover",
            "tech.change-management",
            "tech.team-handover");

    private SignOffItems() {
    }
}
