package dev.readyservice.component;

import dev.readyservice.pagerduty.EscalationLevel;
import dev.readyservice.pagerduty.EscalationPath;
import dev.readyservice.pagerduty.EscalationTarget;
import dev.readyservice.pagerduty.PagerDutyComponent;
import dev.readyservice.pagerduty.PagerDutyProduct;
import dev.readyservice.pagerduty.SupportHours;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/** Maps a validated spec to the PagerDuty factory's inputs. */
final class PagerDutyPlan {
    private PagerDutyPlan() {
    }

    static PagerDutyProduct of(ReadyServiceArgs spec) {
        ProductSpec p = spec.product();
        PagingSpec paging = spec.paging();
        List<EscalationLevel> levels = paging.escalation().levels().stream()
                .map(l -> new EscalationLevel(l.delayMinutes(), l.targets().stream()
                        .map(t -> "user".equals(t.type()) ? EscalationTarget.user(t.id()) : EscalationTarget.schedule(t.id()))
                        .toList()))
                .toList();
        SupportHoursSpec h = paging.supportHours();
        var days = EnumSet.noneOf(java.time.DayOfWeek.class);
        h.days().forEach(d -> days.add(SpecValidator.parseDay(d).orElseThrow()));
        SupportHours hours = new SupportHours(ZoneId.of(h.timeZone()), days, LocalTime.parse(h.start()), LocalTime.parse(h.end()));
        List<PagerDutyComponent> components = spec.components().stream()
                .map(c -> new PagerDutyComponent(c.name(), c.kind(), c.customerFacing(), description(p, c)))
                .toList();
        return new PagerDutyProduct(p.name(), p.team(), p.businessService(), p.environment(),
                new EscalationPath(paging.escalation().loops(), levels), hours, components);
    }

    /** The PagerDuty service name of a component, also the Datadog handle {@code @pagerduty-<name>}. */
    static String serviceName(ProductSpec p, ComponentSpec c) {
        return p.name() + "-" + c.name();
    }

    /** A link to the service in the PagerDuty service directory (its id is not known before it exists). */
    static String serviceUrl(ProductSpec p, ComponentSpec c) {
        return "https://" + p.pagerDutySubdomain() + ".pagerduty.com/service-directory?query=" + serviceName(p, c);
    }

    private static String description(ProductSpec p, ComponentSpec c) {
        return "The " + c.name() + " " + c.kind() + " of " + p.name() + " (" + p.environment() + ", "
                + (c.customerFacing() ? "customer-facing" : "internal") + "). Managed by ReadyService.";
    }
}
