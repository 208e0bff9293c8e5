package dev.readyservice.report.handover;

import dev.readyservice.report.Escape;
import dev.readyservice.report.HandoverFacts;
import dev.readyservice.report.PrrReport;
import java.util.Locale;

/**
 * {@code handover.md}: the SRE handover pack of one stack, written from its PRR report and the
 * {@link HandoverFacts} the report carries. Sections: architecture, alerts, SLOs and error budgets, PagerDuty escalation,
 * backups and restore, capacity, production change process.
 */
public final class HandoverDocument {

    private HandoverDocument() {
    }

    /**
     * Renders the handover pack.
     *
     * @param report the PRR report of the stack (its components, verdict and handover facts)
     * @return Markdown; contains no secret value
     */
    public static String render(PrrReport report) {
        HandoverFacts facts = report.handover();
        StringBuilder out = new StringBuilder();
        out.append("# SRE handover: ").append(Escape.markdown(report.project())).append(" (stack ")
                .append(Escape.markdown(report.stack())).append(")\n\n");
        out.append("Generated ").append(report.generatedAt()).append(" by `prr review` from an offline preview. PRR verdict: **")
                .append(report.verdict().label().toUpperCase(Locale.ROOT)).append("** (details in `prr-report.md`). ")
                .append("Values the cloud assigns are shown as \"").append(InputValues.KNOWN_AFTER_DEPLOY)
                .append("\"; secrets are never shown.\n\n");
        ArchitectureSection.appendTo(out, report.product(), facts);
        AlertSection.appendTo(out, facts.monitors());
        SloSection.appendTo(out, facts.slos());
        EscalationSection.appendTo(out, facts.escalationPolicies(), facts.services());
        BackupSection.appendTo(out, facts);
        CapacitySection.appendTo(out, facts.autoscaleSettings());
        ChangeSection.appendTo(out, report);
        return out.toString().stripTrailing() + "\n";
    }

    /** A resource's component as the tables show it: "product-wide" when it has none. */
    static String component(String component) {
        return component.isEmpty() ? "product-wide" : component;
    }
}
