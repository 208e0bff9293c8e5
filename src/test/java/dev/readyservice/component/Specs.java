package dev.readyservice.component;

import dev.readyservice.model.ComponentKind;
import java.util.List;

/** Valid reference specs for tests; each test changes what it is about. */
public final class Specs {
    private Specs() {
    }

    public static ProductSpec product(String environment) {
        return new ProductSpec("checkout", "payments", "Online checkout", environment,
                "https://wiki.example.com/checkout", "https://example.com/playbooks", "westeurope",
                "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-0000000000aa", "example",
                "https://checkout-tls.vault.azure.net/secrets/checkout");
    }

    public static ComponentSpec api() {
        return ComponentSpec.builder("api", ComponentKind.API).availabilityTarget(99.9).latency(400, 95)
                .capacity(new CapacityPlan(40.0, 25.0, 2, 4, 1.5)).build();
    }

    public static ComponentSpec ui() {
        return ComponentSpec.builder("web", ComponentKind.UI).capacity(CapacityPlan.of(20, 30, 3)).build();
    }

    public static ComponentSpec worker() {
        return ComponentSpec.builder("worker", ComponentKind.WORKER).capacity(new CapacityPlan(10.0, 10.0, 2, 3, 1.5)).build();
    }

    public static PagingSpec paging() {
        return new PagingSpec(new SupportHoursSpec("Europe/London", List.of("MON", "TUE", "WED", "THU", "FRI"), "09:00", "17:30"),
                new EscalationSpec(2, List.of(
                        new EscalationSpec.Level(15, List.of(new EscalationSpec.Target("schedule", "PABC123"))),
                        // Two users beside the schedule: a review cannot see who is on a schedule given by id.
                        new EscalationSpec.Level(30, List.of(new EscalationSpec.Target("user", "PDEF456"), new EscalationSpec.Target("user", "PGHI789"))))),
                List.of("errors", "latency"));
    }

    public static ReadyServiceArgs.Builder valid(String environment) {
        boolean prod = "prod".equals(environment);
        ReadyServiceArgs.Builder b = ReadyServiceArgs.builder().product(product(environment))
                .component(api()).component(ui()).component(worker()).paging(paging())
                .data(new DataSpec(prod ? 35 : 7, prod ? "GZRS" : "ZRS", prod, true, null));
        for (String item : SignOffItems.IDS) {
            b.signOff(item, new SignOff("sre@example.com", "2026-10-01", "https://wiki.example.com/prr/" + item));
        }
        return b;
    }
}
