package dev.readyservice.report.handover;

import dev.readyservice.report.DisplayValues;
import dev.readyservice.report.HandoverFacts;
import dev.readyservice.report.MarkdownTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** The capacity plan per component, from the autoscale settings' capacity tags and profiles (docs/evidence.md, "Capacity"). */
final class CapacitySection {
    private CapacitySection() {
    }

    static void appendTo(StringBuilder out, List<HandoverFacts.AutoscaleSetting> settings) {
        out.append("## Capacity\n\n");
        MarkdownTable table = new MarkdownTable("Component", "Autoscale setting", "Planned 6-month peak", "Per instance", "Instances (min–max)",
                "Max capacity", "Needed (peak × headroom)", "Covers the plan");
        for (HandoverFacts.AutoscaleSetting setting : settings) {
            Object tags = setting.tags();
            Optional<BigDecimal> peak = tagNumber(tags, "capacity-planned-peak-rps");
            Optional<BigDecimal> perInstance = tagNumber(tags, "capacity-rps-per-instance");
            Optional<BigDecimal> headroom = tagNumber(tags, "capacity-headroom");
            Optional<BigDecimal> minimum = bound(setting.profiles(), "minimum", false);
            Optional<BigDecimal> maximum = bound(setting.profiles(), "maximum", true);
            Optional<BigDecimal> capacity = maximum.flatMap(m -> perInstance.map(m::multiply));
            Optional<BigDecimal> needed = peak.flatMap(p -> headroom.map(p::multiply));
            table.row(HandoverDocument.component(setting.component()), setting.name(), rps(peak), rps(perInstance),
                    minimum.map(InputValues::plain).orElse("?") + "–" + maximum.map(InputValues::plain).orElse("?"),
                    rps(capacity), needed.map(n -> rps(needed) + " (× " + InputValues.plain(headroom.get()) + ")").orElse("unknown"),
                    covers(capacity, needed, peak));
        }
        if (table.isEmpty()) {
            out.append("This stack defines no autoscale setting, so no capacity plan can be read from it.\n\n");
            return;
        }
        out.append("Max capacity is the largest profile maximum × requests per second per instance; it must cover the planned "
                + "peak × headroom. A \"?\" or \"unknown\" means the tag or profile is missing (see docs/evidence.md).\n\n");
        table.appendTo(out).append('\n');
    }

    static String covers(Optional<BigDecimal> capacity, Optional<BigDecimal> needed, Optional<BigDecimal> peak) {
        if (capacity.isEmpty() || needed.isEmpty()) {
            return "cannot tell";
        }
        String factor = peak.filter(p -> p.signum() > 0)
                .map(p -> ", " + InputValues.plain(capacity.get().divide(p, 2, RoundingMode.HALF_UP)) + "× the peak").orElse("");
        return capacity.get().compareTo(needed.get()) >= 0
                ? "yes" + factor
                : "NO: short by " + InputValues.plain(needed.get().subtract(capacity.get())) + " rps" + factor;
    }

    private static String rps(Optional<BigDecimal> value) {
        return value.map(v -> InputValues.plain(v) + " rps").orElse("unknown");
    }

    private static Optional<BigDecimal> tagNumber(Object tags, String key) {
        return DisplayValues.tag(tags, key).flatMap(InputValues::number);
    }

    /** The largest maximum or the smallest minimum over every profile. */
    static Optional<BigDecimal> bound(Object profiles, String key, boolean largest) {
        return InputValues.list(profiles).stream()
                .map(p -> InputValues.number(InputValues.at(p, "capacity", key)))
                .flatMap(Optional::stream)
                .reduce((a, b) -> largest ? a.max(b) : a.min(b));
    }
}
