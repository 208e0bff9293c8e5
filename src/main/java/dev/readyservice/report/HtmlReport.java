package dev.readyservice.report;

import dev.readyservice.analyzer.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/** {@code prr-report.html}: one self-contained page (inline CSS, no scripts, no external assets, a CSP that forbids loading any). */
final class HtmlReport {
    private static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1f24}
            table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}
            th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa}
            .banner{padding:1rem 1.5rem;border-radius:6px;font-size:1.4rem;font-weight:600}
            .ready{background:#dafbe1;color:#116329}.not-ready{background:#ffebe9;color:#a40e26}
            .status{font-weight:600;white-space:nowrap}
            .pass,.signed-off{color:#116329}.fail,.missing-sign-off{color:#a40e26}.waived{color:#7d4e00}
            .not-measured,.not-applicable{color:#57606a}
            .product{display:flex;flex-wrap:wrap;gap:1rem}
            .component{border:2px solid #0969da;border-radius:6px;padding:.5rem 1rem;min-width:14rem}
            .group{border:1px dashed #8c959f;border-radius:4px;margin:.4rem 0;padding:.3rem .6rem}
            .group h4{margin:.1rem 0;font-size:.85rem;color:#57606a}
            .group ul{margin:.2rem 0;padding-left:1.1rem;font-size:.85rem}
            code{font-size:.85em}
            """;

    /**
     * The page may load nothing, run nothing and send nothing; only its own stylesheet applies,
     * named by its hash: a report opened from a CI artefact or a wiki never reaches the network.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256("\n" + CSS) + "'; form-action 'none'; base-uri 'none'";

    private HtmlReport() {
    }

    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String render(PrrReport report) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">\n<title>PRR report: ")
                .append(Escape.html(report.project())).append(" / ").append(Escape.html(report.stack())).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<h1>PRR report: ").append(Escape.html(report.project())).append(" / ").append(Escape.html(report.stack())).append("</h1>\n");
        out.append("<div class=\"banner ").append(report.verdict().label()).append("\">Verdict: ").append(report.verdict().label())
                .append(" — ").append(Escape.html(MarkdownReport.summary(report.counts()))).append("</div>\n");
        out.append("<p>Generated ").append(Escape.html(report.generatedAt().toString())).append(" by policy pack <code>")
                .append(Escape.html(report.pack().name())).append("</code> ").append(Escape.html(report.pack().version()))
                .append(". Judged as <strong>").append(Escape.html(report.environment().name())).append("</strong> (")
                .append(Escape.html(report.environment().source())).append("). ").append(MarkdownReport.verdictRule(report, "<code>", "</code>"))
                .append("</p>\n");

        if (!report.notes().isEmpty()) {
            out.append("<h2>Notes</h2>\n<ul>\n");
            report.notes().forEach(n -> out.append("<li>").append(Escape.html(n)).append("</li>\n"));
            out.append("</ul>\n");
        }
        if (!report.assumptions().isEmpty()) {
            out.append("<h2>What the verdict rests on</h2>\n<p>Answers the offline engine gave where a real preview asks a provider,"
                    + " the cloud or another stack.</p>\n<table>\n<tr><th>Kind</th><th>Token or type</th><th>Name or arguments</th>"
                    + "<th>Answer</th><th>Detail</th></tr>\n");
            report.assumptions().forEach(a -> out.append("<tr><td>").append(a.kind().label()).append("</td><td><code>")
                    .append(Escape.html(a.token())).append("</code></td><td>").append(Escape.html(a.name())).append("</td><td>")
                    .append(a.source().label()).append("</td><td>").append(Escape.html(a.detail())).append("</td></tr>\n"));
            out.append("</table>\n");
        }
        out.append("<h2>Sections</h2>\n<table>\n<tr><th>Section</th>");
        for (ItemStatus status : ItemStatus.values()) {
            out.append("<th>").append(status.label()).append("</th>");
        }
        out.append("</tr>\n");
        report.sections().forEach((section, items) -> {
            out.append("<tr><td>").append(Escape.html(section.title())).append("</td>");
            for (ItemStatus status : ItemStatus.values()) {
                long n = items.stream().filter(i -> i.status() == status).count();
                out.append("<td class=\"").append(status.label()).append("\">").append(n == 0 ? "" : String.valueOf(n)).append("</td>");
            }
            out.append("</tr>\n");
        });
        out.append("</table>\n");
        List<ItemResult> open = report.items().stream().filter(ItemResult::isOpenAction).toList();
        if (!open.isEmpty()) {
            out.append("<h2>Open actions</h2>\n<ul>\n");
            open.forEach(i -> out.append("<li><code>").append(Escape.html(i.item().id())).append("</code>: ")
                    .append(Escape.html(i.reason())).append("</li>\n"));
            out.append("</ul>\n");
        }

        out.append("<h2>Product</h2>\n<div class=\"product\">\n");
        for (ProductView.Component c : report.product().components()) {
            out.append("<div class=\"component\"><h3>").append(Escape.html(ProductDiagram.componentTitle(c))).append("</h3>\n");
            if (!c.criticalityWhy().isEmpty()) {
                out.append("<p class=\"criticality\">").append(Escape.html(c.criticalityWhy())).append("</p>\n");
            }
            group(out, "Azure", c.azure());
            group(out, "Datadog", c.datadog());
            group(out, "PagerDuty", c.pagerduty());
            out.append("</div>\n");
        }
        out.append("</div>\n");

        report.sections().forEach((section, items) -> {
            out.append("<h2>").append(Escape.html(section.title())).append("</h2>\n<table>\n<tr><th>Item</th><th>Status</th><th>Why</th><th>Policies</th><th>Evidence</th></tr>\n");
            for (ItemResult i : items) {
                out.append("<tr><td><code>").append(Escape.html(i.item().id())).append("</code><br>").append(Escape.html(i.item().title()))
                        .append("</td><td class=\"status ").append(i.status().label()).append("\">").append(i.status().label())
                        .append("</td><td>").append(Escape.html(i.reason()))
                        .append("</td><td>").append(i.policies().stream().map(p -> "<code>" + Escape.html(p) + "</code>").collect(Collectors.joining("<br>")))
                        .append("</td><td>").append(evidence(i)).append("</td></tr>\n");
            }
            out.append("</table>\n");
        });

        out.append("<h2>Findings</h2>\n");
        if (report.findings().isEmpty()) {
            out.append("<p>The policy pack reported no findings.</p>\n");
        } else {
            out.append("<table>\n<tr><th>Items</th><th>Policy</th><th>Level</th><th>Outcome</th><th>Resource</th><th>Message</th></tr>\n");
            for (Finding f : report.findings()) {
                out.append("<tr><td>").append(Escape.html(String.join(", ", f.items()))).append("</td><td><code>").append(Escape.html(f.policy()))
                        .append("</code></td><td>").append(f.level().wireName()).append("</td><td>").append(JsonReport.outcome(f))
                        .append("</td><td><code>").append(Escape.html(f.urn().isEmpty() ? "(stack)" : f.urn()))
                        .append("</code></td><td>").append(Escape.html(f.message())).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        if (!report.notAssessed().isEmpty()) {
            out.append("<h2>Not assessed</h2>\n<p>Resources of providers the policy pack does not judge at all: the verdict says nothing about them.</p>\n<ul>\n");
            report.notAssessed().forEach(r -> out.append("<li><code>").append(Escape.html(r.urn())).append("</code> (provider <code>")
                    .append(Escape.html(NotAssessed.provider(r.type()))).append("</code>)</li>\n"));
            out.append("</ul>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void group(StringBuilder out, String title, List<ResourceSummary> resources) {
        if (resources.isEmpty()) {
            return;
        }
        out.append("<div class=\"group\"><h4>").append(title).append("</h4><ul>");
        resources.forEach(r -> out.append("<li>").append(Escape.html(ProductDiagram.shortType(r.type()))).append(": ")
                .append(Escape.html(r.name())).append("</li>"));
        out.append("</ul></div>\n");
    }

    /** Every flagged entry (open, so they show without a click), then a bounded sample and where the rest is. */
    private static String evidence(ItemResult item) {
        if (item.evidence().isEmpty()) {
            return "";
        }
        EvidenceExcerpt excerpt = EvidenceExcerpt.of(item);
        StringBuilder out = new StringBuilder("<details").append(excerpt.flagged().isEmpty() ? "" : " open").append("><summary>")
                .append(Escape.html(excerpt.summary())).append("</summary><ul>");
        excerpt.flagged().forEach((e, outcomes) -> entry(out.append("<li><strong>").append(Escape.html(outcomes)).append("</strong> "), e));
        excerpt.sample().forEach(e -> entry(out.append("<li>"), e));
        return out.append("</ul></details>").toString();
    }

    private static void entry(StringBuilder out, Evidence e) {
        out.append("<code>").append(Escape.html(e.name())).append("</code> ").append(Escape.html(ProductDiagram.shortType(e.type())))
                .append(": ").append(Escape.html(e.properties().entrySet().stream().map(p -> p.getKey() + " = " + p.getValue())
                        .collect(Collectors.joining("; ")))).append("</li>");
    }
}
