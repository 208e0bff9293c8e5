package dev.readyservice.report.handover;

import dev.readyservice.report.Escape;
import dev.readyservice.report.HandoverFacts;
import dev.readyservice.report.MarkdownTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The PagerDuty escalation policies (levels, delays, targets, loops) and each service's support hours and urgency rule. */
final class EscalationSection {
    private static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    private EscalationSection() {
    }

    static void appendTo(StringBuilder out, List<HandoverFacts.EscalationPolicy> policies, List<HandoverFacts.PagerDutyService> services) {
        out.append("## PagerDuty escalation\n\n");
        if (policies.isEmpty() && services.isEmpty()) {
            out.append("This stack defines no PagerDuty escalation policy or service: nobody is paged by it.\n\n");
            return;
        }
        for (HandoverFacts.EscalationPolicy policy : policies) {
            out.append("### ").append(Escape.markdown(policy.title())).append("\n\n");
            out.append("The path is walked ").append(loops(policy.numLoops())).append(".\n\n");
            MarkdownTable levels = new MarkdownTable("Level", "Notifies", "Escalates after");
            List<?> rules = InputValues.list(policy.rules());
            for (int i = 0; i < rules.size(); i++) {
                Object rule = rules.get(i);
                levels.row(String.valueOf(i + 1), targets(InputValues.at(rule, "targets")),
                        InputValues.number(InputValues.at(rule, "escalationDelayInMinutes")).map(d -> InputValues.plain(d) + " min")
                                .orElse(InputValues.text(InputValues.at(rule, "escalationDelayInMinutes"))));
            }
            if (levels.isEmpty()) {
                out.append("It has no level: ").append(InputValues.text(policy.rules())).append(".\n\n");
            } else {
                levels.appendTo(out).append('\n');
            }
        }
        if (policies.isEmpty()) {
            out.append("No escalation policy is defined in this stack.\n\n");
        }
        appendServices(out, services);
    }

    private static void appendServices(StringBuilder out, List<HandoverFacts.PagerDutyService> services) {
        if (services.isEmpty()) {
            out.append("No PagerDuty service is defined in this stack.\n\n");
            return;
        }
        MarkdownTable table = new MarkdownTable("Service", "Component", "Escalation policy", "Urgency rule", "Support hours");
        for (HandoverFacts.PagerDutyService service : services) {
            String policy = service.policyTitle().orElse(InputValues.text(service.escalationPolicy()));
            table.row(service.title(), HandoverDocument.component(service.component()), policy, urgency(service.incidentUrgencyRule()),
                    supportHours(service.supportHours()));
        }
        table.appendTo(out).append('\n');
    }

    static String loops(Object numLoops) {
        return InputValues.number(numLoops).map(n -> {
            int loops = n.intValue();
            return loops == 0 ? "once (no repeat)" : "once, then repeated " + loops + (loops == 1 ? " time" : " times");
        }).orElse("once (numLoops " + InputValues.text(numLoops) + ")");
    }

    static String targets(Object targets) {
        List<String> named = new ArrayList<>();
        for (Object target : InputValues.list(targets)) {
            String type = InputValues.text(InputValues.at(target, "type")).replace("_reference", "");
            named.add(type + " " + InputValues.text(InputValues.at(target, "id")));
        }
        return named.isEmpty() ? InputValues.text(targets) : String.join(", ", named);
    }

    /** {@code constant} urgencies hold at all hours; {@code use_support_hours} splits them. */
    static String urgency(Object rule) {
        Object type = InputValues.at(rule, "type");
        if ("constant".equals(type)) {
            return "always " + InputValues.text(InputValues.at(rule, "urgency"));
        }
        if ("use_support_hours".equals(type)) {
            return "in support hours " + InputValues.text(InputValues.at(rule, "duringSupportHours", "urgency"))
                    + "; outside " + InputValues.text(InputValues.at(rule, "outsideSupportHours", "urgency"));
        }
        return rule == null ? "not set (PagerDuty default: always high)" : InputValues.text(rule);
    }

    static String supportHours(Object hours) {
        if (!(hours instanceof Map<?, ?>)) {
            return hours == null ? "none (same urgency at all hours)" : InputValues.text(hours);
        }
        String days = InputValues.list(InputValues.at(hours, "daysOfWeeks")).stream()
                .map(d -> InputValues.number(d).filter(n -> n.intValue() >= 1 && n.intValue() <= 7)
                        .map(n -> DAYS.get(n.intValue() - 1)).orElse(InputValues.text(d)))
                .collect(Collectors.joining(", "));
        return days + " " + InputValues.text(InputValues.at(hours, "startTime")) + "–" + InputValues.text(InputValues.at(hours, "endTime"))
                + " " + InputValues.text(InputValues.at(hours, "timeZone"));
    }
}
