package dev.readyservice.report.handover;

import dev.readyservice.model.ErrorBudget;
import dev.readyservice.report.DisplayValues;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.WireValues;

/** Every Datadog SLO with its target, timeframe and error budget. */
final class SloSection {
    static final String SLO = "datadog:index/serviceLevelObjective:ServiceLevelObjective";

    private SloSection() {
    }

    static void appendTo(StringBuilder out, HandoverContext context) {
        out.append("## SLOs and error budgets\n\n");
        MarkdownTable table = new MarkdownTable("Component", "SLO", "SLI", "Target", "Timeframe", "Error budget");
        for (RecordedResource slo : context.ofType(SLO)) {
            String name = slo.inputs().get("name") instanceof String n ? n : slo.name();
            String sli = DisplayValues.tag(slo.inputs().get("tags"), "sli").orElse(InputValues.text(slo.inputs().get("type")));
            var thresholds = InputValues.list(slo.inputs().get("thresholds"));
            if (thresholds.isEmpty()) {
                table.row(context.component(slo), name, sli, InputValues.text(slo.inputs().get("thresholds")), "", "");
            }
            for (Object threshold : thresholds) {
                Object target = InputValues.at(threshold, "target");
                Object timeframe = InputValues.at(threshold, "timeframe");
                String targetText = InputValues.number(target).map(t -> InputValues.plain(t) + "%").orElse(InputValues.text(target));
                table.row(context.component(slo), name, sli, targetText, InputValues.text(timeframe), budget(target, timeframe));
            }
        }
        if (table.isEmpty()) {
            out.append("This stack defines no SLO.\n\n");
            return;
        }
        out.append("The error budget is the time the SLI may be bad within the timeframe: (100% - target) of it.\n\n");
        table.appendTo(out);
    }

    static String budget(Object target, Object timeframe) {
        if (target == null || timeframe == null) {
            return InputValues.NOT_SET;
        }
        if (WireValues.UNKNOWN.equals(target) || WireValues.UNKNOWN.equals(timeframe)) {
            return InputValues.KNOWN_AFTER_DEPLOY;
        }
        return InputValues.number(target).flatMap(t -> ErrorBudget.minutes(t, timeframe instanceof String s ? s : null))
                .map(ErrorBudget::describe)
                .orElse("not computable for target " + InputValues.text(target) + " over " + InputValues.text(timeframe));
    }
}
