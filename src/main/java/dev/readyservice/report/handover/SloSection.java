package dev.readyservice.report.handover;

import dev.readyservice.model.ErrorBudget;
import dev.readyservice.report.DisplayValues;
import dev.readyservice.report.HandoverFacts;
import dev.readyservice.report.MarkdownTable;
import dev.readyservice.review.WireValues;
import java.util.List;

/** Every Datadog SLO with its target, timeframe and error budget. */
final class SloSection {
    private SloSection() {
    }

    static void appendTo(StringBuilder out, List<HandoverFacts.Slo> slos) {
        out.append("## SLOs and error budgets\n\n");
        MarkdownTable table = new MarkdownTable("Component", "SLO", "SLI", "Target", "Timeframe", "Error budget");
        for (HandoverFacts.Slo slo : slos) {
            String component = HandoverDocument.component(slo.component());
            String sli = DisplayValues.tag(slo.tags(), "sli").orElse(InputValues.text(slo.type()));
            var thresholds = InputValues.list(slo.thresholds());
            if (thresholds.isEmpty()) {
                table.row(component, slo.title(), sli, InputValues.text(slo.thresholds()), "", "");
            }
            for (Object threshold : thresholds) {
                Object target = InputValues.at(threshold, "target");
                Object timeframe = InputValues.at(threshold, "timeframe");
                String targetText = InputValues.number(target).map(t -> InputValues.plain(t) + "%").orElse(InputValues.text(target));
                table.row(component, slo.title(), sli, targetText, InputValues.text(timeframe), budget(target, timeframe));
            }
        }
        if (table.isEmpty()) {
            out.append("This stack defines no SLO.\n\n");
            return;
        }
        out.append("The error budget is the time the SLI may be bad within the timeframe: (100% - target) of it.\n\n");
        table.appendTo(out).append('\n');
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
