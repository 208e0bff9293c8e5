package dev.readyservice.report;

import dev.readyservice.analyzer.Finding;
import java.util.List;
import java.util.Map;
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
                    .append("Answers the offline engine gave where a real preview asks a provider, the cloud or another stack.\n\n")
                    .append("| Kind | Token or type | Name or arguments | Answer | Detail |\n|---|---|---|---|---|\n");
            report.assumptions().forEach(a -> out.append("| ").append(a.kind().label()).append(" | ").append(Escape.code(a.token()))
                    .append(" | ").append(Escape.markdown(a.name())).append(" | **").append(a.source().label()).append("** | ")
                    .append(Escape.markdown(a.detail())).append(" |\n"));
            out.append('\n');
        }
        out.append("## Sections\n\n| Section |");
        ItemStatus[] statuses = ItemStatus.values();
        for (ItemStatus s : statuses) {
            out.append(' ').append(s.label()).append(" |");
        }
        out.append("\n|---|").append("---|".repeat(statuses.length)).append('\n');
        report.sections().forEach((section, items) -> {
            out.append("| ").append(Escape.markdown(section.title())).append(" |");
            for (ItemStatus s : statuses) {
                long n = items.stream().filter(i -> i.status() == s).count();
                out.append(n == 0 ? " |" : " " + n + " |");
            }
            out.append('\n');
        });

        out.append("\n## Product\n\n```mermaid\n").append(ProductDiagram.mermaid(report.product())).append("```\n");

        report.sections().forEach((section, items) -> {
            out.append("\n## ").append(Escape.markdown(section.title())).append("\n\n");
            out.append("| Item | Status | Why | Policies |\n|---|---|---|---|\n");
            for (ItemResult i : items) {
                out.append("| ").append(Escape.code(i.item().id())).append("<br>").append(Escape.markdown(i.item().title()))
                        .append(" | **").append(i.status().label()).append("** | ").append(Escape.markdown(i.reason()))
                        .append(" | ").append(i.policies().stream().map(Escape::code).collect(Collectors.joining("<br>"))).append(" |\n");
            }
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
            out.append("| Items | Policy | Level | Outcome | Resource | Message |\n|---|---|---|---|---|---|\n");
            for (Finding f : report.findings()) {
                out.append("| ").append(f.items().isEmpty() ? "(none)" : f.items().stream().map(Escape::code).collect(Collectors.joining("<br>")))
                        .append(" | ").append(Escape.code(f.policy()))
                        .append(" | ").append(f.level().wireName())
                        .append(" | ").append(JsonReport.outcome(f))
                        .append(" | ").append(f.urn().isEmpty() ? "(stack)" : Escape.code(f.urn()))
                        .append(" | ").append(Escape.markdown(f.message())).append(" |\n");
            }
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
