package dev.readyservice.report.handover;

import dev.readyservice.report.Escape;
import dev.readyservice.report.PrrReport;
import dev.readyservice.review.Preview;
import java.util.Locale;

/**
 * {@code handover.md}: the SRE handover pack of one stack, written from the preview's inputs and
 * its PRR report. Sections: architecture, alerts, SLOs and error budgets, PagerDuty escalation,
 * backups and restore, capacity, production change process.
 */
public final class HandoverDocument {

    private HandoverDocument() {
    }

    /**
     * Renders the handover pack.
     *
     * @param preview the preview the report was built from (its inputs hold thresholds, targets, retention)
     * @param report the PRR report of that preview (its components and verdict)
     * @return Markdown; contains no secret value
     */
    public static String render(Preview preview, PrrReport report) {
        HandoverContext context = new HandoverContext(preview, report);
        StringBuilder out = new StringBuilder();
        out.append("# SRE handover: ").append(Escape.markdown(report.project())).append(" (stack ")
                .append(Escape.markdown(report.stack())).append(")\n\n");
        out.append("Generated ").append(report.generatedAt()).append(" by `prr review` from an offline preview. PRR verdict: **")
                .append(report.verdict().label().toUpperCase(Locale.ROOT)).append("** (details in `prr-report.md`). ")
                .append("Values the cloud assigns are shown as \"").append(InputValues.KNOWN_AFTER_DEPLOY)
                .append("\"; secrets are never shown.\n\n");
        ArchitectureSection.appendTo(out, report.product());
        AlertSection.appendTo(out, context);
        SloSection.appendTo(out, context);
        EscalationSection.appendTo(out, context);
        BackupSection.appendTo(out, context);
        CapacitySection.appendTo(out, context);
        ChangeSection.appendTo(out, report);
        return out.toString().stripTrailing() + "\n";
    }
}
