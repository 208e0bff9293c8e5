package dev.readyservice.report;

import dev.readyservice.analyzer.Finding;
import dev.readyservice.report.MarkdownTable.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code prr-report.md}: renders in GitHub and Azure DevOps wikis. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    /** Which statuses block the verdict here, each wrapped in {@code open}/{@code close} (backticks or code tags). */
    static String verdictRule(PrrReport report, String open, String close) {
        List<String> blocking = report.blockingStatuses().stream().map(s -> open + s.label() + close).toList();
        String listed = blocking.size() == 1 ? blocking.get(0)
                : String.join(", ", blocking.subList(0, blocking.size() - 1)) + " and " + blocking.get(blocking.size() - 1);
        return listed + " block the verdict" + (report.environment().isProd() ? " in prod." : "; " + open + "not-measured" + close
                + " items are open actions.");
    }

    /**
     * Each component's criticality and why: the policy pack's judgement (which may raise a component
     * its tags call internal, because the internet reaches it), or what is declared when it gave none.
     * Empty when the product has no named component.
     */
    static Optional<MarkdownTable> criticality(ProductView product) {
        List<ProductView.Component> named = product.components().stream().filter(c -> !c.name().isEmpty()).toList();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        MarkdownTable table = new MarkdownTable("Component", "Criticality", "Why");
        named.forEach(c -> table.row(Cell.code(c.name()), Cell.bold(c.criticality()), Cell.text(c.criticalityWhy())));
        return Optional.of(table);
    }

    static String render(PrrReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# PRR report: ").append(Escape.markdown(report.project())).append(" / ").append(Escape.markdown(report.stack())).append("\n\n");
        out.append("**Verdict: ").append(report.verdict().label()).append("** — ").append(summary(report.counts())).append("\n\n");
        out.append("Generated ").append(report.generatedAt()).append(" by policy pack ").append(Escape.code(report.pack().name()));
        if (!report.pack().version().isEmpty()) {
            out.append(' ').append(Escape.markdown(report.pack().version()));
        }
        out.append(". Judged as **").append(Escape.markdown(report.environment().name())).append("** (")
                .append(Escape.markdown(report.environment().source())).append("). ").append(verdictRule(report, "`", "`")).append("\n\n");

        if (!report.notes().isEmpty()) {
            out.append("## Notes\n\n");
            report.notes().forEach(n -> out.append("- ").append(Escape.markdown(n)).append('\n'));
            out.append('\n');
        }
        if (!report.assumptions().isEmpty()) {
            out.append("## What the verdict rests on\n\n")
                    .append("Answers the offline engine gave where a real preview asks a provider, the cloud or another stack.\n\n");
            MarkdownTable table = new MarkdownTable("Kind", "Token or type", "Name or arguments", "Answer", "Detail");
            report.assumptions().forEach(a -> table.row(Cell.text(a.kind().label()), Cell.code(a.token()), Cell.text(a.name()),
                    Cell.bold(a.source().label()), Cell.text(a.detail())));
            table.appendTo(out).append('\n');
        }
        out.append("## Sections\n\n");
        sections(report).appendTo(out);

        out.append("\n## Product\n\n").append(ProductDiagram.markdown(report.product(), report.handover()));
        criticality(report.product()).ifPresent(table -> table.appendTo(out.append('\n')));

        report.sections().forEach((section, items) -> {
            out.append("\n## ").append(Escape.markdown(section.title())).append("\n\n");
            MarkdownTable table = new MarkdownTable("Item", "Status", "Why", "Policies");
            items.forEach(i -> table.row(Cell.lines(Cell.code(i.item().id()), Cell.text(i.item().title())), Cell.bold(i.status().label()),
                    Cell.text(i.reason()), Cell.lines(i.policies().stream().map(Cell::code).toList())));
            table.appendTo(out);
        });

        List<ItemResult> open = report.items().stream().filter(ItemResult::isOpenAction).toList();
        if (!open.isEmpty()) {
            out.append("\n## Open actions\n\n");
            open.forEach(i -> out.append("- ").append(Escape.code(i.item().id())).append(": ").append(Escape.markdown(i.reason())).append('\n'));
        }

        out.append("\n## Findings\n\n");
        if (report.findings().isEmpty()) {
            out.append("The policy pack reported no findings.\n");
        } else {
            MarkdownTable table = new MarkdownTable("Items", "Policy", "Level", "Outcome", "Resource", "Message");
            for (Finding f : report.findings()) {
                table.row(f.items().isEmpty() ? Cell.text("(none)") : Cell.lines(f.items().stream().map(Cell::code).toList()),
                        Cell.code(f.policy()), Cell.text(f.level().wireName()), Cell.text(JsonReport.outcome(f)),
                        f.urn().isEmpty() ? Cell.text("(stack)") : Cell.code(f.urn()), Cell.text(f.message()));
            }
            table.appendTo(out);
        }

        if (!report.notAssessed().isEmpty()) {
            out.append("\n## Not assessed\n\nResources of providers the policy pack does not judge at all: the verdict says nothing about them.\n\n");
            report.notAssessed().forEach(r -> out.append("- ").append(Escape.code(r.urn())).append(" (provider ")
                    .append(Escape.code(NotAssessed.provider(r.type()))).append(")\n"));
        }
        out.append("\n## Evidence\n");
        for (ItemResult i : report.items()) {
            if (i.evidence().isEmpty()) {
                continue;
            }
            EvidenceExcerpt excerpt = EvidenceExcerpt.of(i);
            out.append("\n### ").append(Escape.markdown(i.item().id())).append("\n\n").append(Escape.markdown(excerpt.summary())).append("\n\n");
            excerpt.flagged().forEach((e, outcomes) -> evidence(out.append("- **").append(outcomes).append("** "), e));
            excerpt.sample().forEach(e -> evidence(out.append("- "), e));
        }
        out.append("\n## Timings\n\n- program: ").append(report.programTime().toMillis()).append(" ms\n");
        return out.toString();
    }

    /** Each section's count of items per status; a zero is left blank so the counts that matter stand out. */
    private static MarkdownTable sections(PrrReport report) {
        List<MarkdownTable.Column> columns = new ArrayList<>(List.of(MarkdownTable.Column.left("Section")));
        ItemStatus[] statuses = ItemStatus.values();
        for (ItemStatus s : statuses) {
            columns.add(MarkdownTable.Column.left(s.label()));
        }
        MarkdownTable table = new MarkdownTable(columns.toArray(MarkdownTable.Column[]::new));
        report.sections().forEach((section, items) -> {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(section.title())));
            for (ItemStatus s : statuses) {
                long n = items.stream().filter(i -> i.status() == s).count();
                row.add(n == 0 ? Cell.blank() : Cell.text(String.valueOf(n)));
            }
            table.row(row.toArray(Cell[]::new));
        });
        return table;
    }

    static String summary(Map<ItemStatus, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "));
    }

    private static void evidence(StringBuilder out, Evidence e) {
        out.append(Escape.code(e.urn())).append(e.component().isEmpty() ? "" : " (component " + Escape.markdown(e.component()) + ")")
                .append(": ").append(properties(e.properties())).append('\n');
    }

    private static String properties(Map<String, String> properties) {
        return properties.entrySet().stream().map(p -> Escape.markdown(p.getKey()) + " = " + Escape.markdown(p.getValue()))
                .collect(Collectors.joining("; "));
    }
}
