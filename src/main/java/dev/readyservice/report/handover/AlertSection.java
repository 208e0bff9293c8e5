package dev.readyservice.report.handover;

import dev.readyservice.report.DisplayValues;
import dev.readyservice.report.HandoverFacts;
import dev.readyservice.report.MarkdownTable;
import dev.readyservice.review.WireValues;
import java.util.List;
import java.util.Optional;

/** Every Datadog monitor: its signal, thresholds, routing and playbook (tags and message per docs/evidence.md). */
final class AlertSection {
    private AlertSection() {
    }

    static void appendTo(StringBuilder out, List<HandoverFacts.Monitor> monitors) {
        out.append("## Alerts\n\n");
        MarkdownTable table = new MarkdownTable("Component", "Monitor", "Signal", "Kind", "Critical", "Warning", "Routing", "Playbook");
        for (HandoverFacts.Monitor monitor : monitors) {
            Object tags = monitor.tags();
            table.row(HandoverDocument.component(monitor.component()), monitor.title(), signal(tags),
                    DisplayValues.tag(tags, "monitor-kind").orElse(InputValues.text(monitor.type())),
                    InputValues.text(InputValues.at(monitor.monitorThresholds(), "critical")),
                    InputValues.text(InputValues.at(monitor.monitorThresholds(), "warning")),
                    routing(tags), playbook(monitor.message()));
        }
        if (table.isEmpty()) {
            out.append("This stack defines no Datadog monitor, so nothing alerts on it.\n\n");
            return;
        }
        out.append("Routing `page` may wake the on-call engineer out of hours; `business hours` never does. "
                + "Thresholds are in the unit of the monitor's query.\n\n");
        table.appendTo(out).append('\n');
    }

    /** The golden signal, or for a burn-rate alert the SLO and windows it watches. */
    static String signal(Object tags) {
        Optional<String> golden = DisplayValues.tag(tags, "golden-signal");
        if (golden.isPresent()) {
            return golden.get();
        }
        Optional<String> slo = DisplayValues.tag(tags, "slo");
        if (slo.isPresent()) {
            return "error budget burn of SLO " + slo.get() + DisplayValues.tag(tags, "burn-window").map(w -> " (" + w + ")").orElse("");
        }
        return "not tagged";
    }

    static String routing(Object tags) {
        return switch (DisplayValues.tag(tags, "routing").orElse("")) {
            case "page" -> "page (out of hours too)";
            case "business-hours" -> "business hours only";
            case "" -> "not classified";
            default -> DisplayValues.tag(tags, "routing").get() + " (unknown routing)";
        };
    }

    /** The URL of the {@code Playbook:} line; a secret or unknown message is not read. */
    static String playbook(Object message) {
        if (!(message instanceof String text) || WireValues.UNKNOWN.equals(text)) {
            return InputValues.text(message);
        }
        return text.lines().map(String::strip).filter(l -> l.startsWith("Playbook:"))
                .map(l -> l.substring("Playbook:".length()).strip()).filter(l -> !l.isEmpty()).findFirst().orElse("none");
    }
}
