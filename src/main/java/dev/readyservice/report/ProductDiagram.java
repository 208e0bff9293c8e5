package dev.readyservice.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The product as a Mermaid flowchart: one box per component holding its Azure, Datadog and PagerDuty resources.
 *
 * <p>It stays renderable at any size. Mermaid refuses a diagram over its {@code maxTextSize} (50,000 characters
 * by default; GitHub renders with the default and a Markdown file cannot raise it), so:
 * <ol>
 *   <li>within a provider group of a component, more than {@link #NAMED_PER_TYPE} resources of one type are one
 *       node that counts them ({@code Monitor ×14}), with the signals of those monitors when they fit;</li>
 *   <li>when that is still over {@link #BUDGET}, the diagram is one node per component with its counts and a
 *       PagerDuty node its alerts go to;</li>
 *   <li>when even that is over, there is no diagram.</li>
 * </ol>
 * Each fallback comes with a {@link Diagram#note()} the report prints under the diagram: nothing is dropped silently.
 */
public final class ProductDiagram {
    /** Mermaid's default {@code maxTextSize} less a fifth of margin: the longest diagram source the report writes. */
    static final int BUDGET = 40_000;
    /**
     * The rule of the resource-level diagram, here only: a group names up to this many resources of one type, one
     * node each; with more, they are one node with their count, so a component's box stays a handful of nodes.
     */
    static final int NAMED_PER_TYPE = 3;
    /** The longest list of signals a counted node carries; a longer one is said as a count of signals. */
    private static final int MAX_SIGNALS_LENGTH = 60;
    private static final String FULL_LIST = "Every resource is listed by name in `prr-report.json` (`resources`) "
            + "and in the Product section of `prr-report.html`.";

    private ProductDiagram() {
    }

    /**
     * The diagram as the report shows it.
     *
     * @param mermaid the flowchart source without the Markdown code fence, "" when there is no diagram
     * @param note what the diagram leaves out and where the rest is, "" when it shows every resource
     */
    public record Diagram(String mermaid, String note) {
    }

    /**
     * The diagram of the product: the resource-level one when it fits the budget, else the fallbacks.
     *
     * @param facts the handover facts of the same report: the signals of the monitors a counted node stands for
     */
    public static Diagram of(ProductView product, HandoverFacts facts) {
        String resources = resources(product, signals(facts));
        if (resources.length() <= BUDGET) {
            return new Diagram(resources, "");
        }
        String components = components(product);
        String over = "The diagram of every resource would be " + resources.length() + " characters, over the " + BUDGET
                + " this report keeps a Mermaid diagram to (Mermaid shows none over 50000)";
        if (components.length() <= BUDGET) {
            return new Diagram(components, over + ", so it shows each component with the number of its resources. " + FULL_LIST);
        }
        return new Diagram("", over + ", and one node per component would still be " + components.length()
                + " characters, so there is no diagram. " + FULL_LIST);
    }

    /** The diagram as Markdown: the fenced flowchart, then the note when there is one. */
    public static String markdown(ProductView product, HandoverFacts facts) {
        Diagram diagram = of(product, facts);
        StringBuilder out = new StringBuilder();
        if (!diagram.mermaid().isEmpty()) {
            out.append("```mermaid\n").append(diagram.mermaid()).append("```\n");
        }
        if (!diagram.note().isEmpty()) {
            out.append(diagram.mermaid().isEmpty() ? "" : "\n").append(diagram.note()).append('\n');
        }
        return out.toString();
    }

    /** The title of a component box: its name and criticality, or "product-wide". */
    public static String componentTitle(ProductView.Component c) {
        if (c.name().isEmpty()) {
            return "product-wide";
        }
        return c.name() + (c.customerFacing() ? " (customer-facing)" : " (internal)");
    }

    /** The short type of a token: {@code azure-native:storage:StorageAccount} is {@code StorageAccount}. */
    public static String shortType(String type) {
        return type.substring(type.lastIndexOf(':') + 1);
    }

    /** One box per component, one per provider in it, and a node per resource or per {@link #NAMED_PER_TYPE} rule. */
    private static String resources(ProductView product, Map<String, String> signals) {
        StringBuilder out = new StringBuilder("flowchart TB\n");
        int[] node = {0};
        for (int i = 0; i < product.components().size(); i++) {
            ProductView.Component c = product.components().get(i);
            String id = "c" + i;
            out.append("  subgraph ").append(id).append("[\"").append(Escape.mermaid(componentTitle(c))).append("\"]\n");
            group(out, id + "az", "Azure", c.azure(), node, signals);
            group(out, id + "dd", "Datadog", c.datadog(), node, signals);
            group(out, id + "pd", "PagerDuty", c.pagerduty(), node, signals);
            if (!c.datadog().isEmpty() && !c.pagerduty().isEmpty()) {
                out.append("    ").append(id).append("dd -- alerts --> ").append(id).append("pd\n");
            }
            out.append("  end\n");
        }
        return out.toString();
    }

    private static void group(StringBuilder out, String id, String title, List<ResourceSummary> resources, int[] node,
            Map<String, String> signals) {
        if (resources.isEmpty()) {
            return;
        }
        out.append("    subgraph ").append(id).append("[\"").append(title).append("\"]\n");
        Map<String, List<ResourceSummary>> byType = new LinkedHashMap<>();
        resources.forEach(r -> byType.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r));
        byType.forEach((type, ofType) -> {
            if (ofType.size() <= NAMED_PER_TYPE) {
                ofType.forEach(r -> node(out, node, shortType(type) + ": " + r.name()));
            } else {
                node(out, node, shortType(type) + " ×" + ofType.size() + signalsOf(ofType, signals));
            }
        });
        out.append("    end\n");
    }

    private static void node(StringBuilder out, int[] node, String label) {
        out.append("      r").append(node[0]++).append("[\"").append(Escape.mermaid(label)).append("\"]\n");
    }

    /** ": errors, latency" for monitors tagged with those signals, ": 7 signals" when the list is too long, else "". */
    private static String signalsOf(List<ResourceSummary> resources, Map<String, String> signals) {
        Set<String> of = resources.stream().map(r -> signals.get(r.urn())).filter(s -> s != null)
                .collect(Collectors.toCollection(TreeSet::new));
        if (of.isEmpty()) {
            return "";
        }
        String list = String.join(", ", of);
        return ": " + (list.length() <= MAX_SIGNALS_LENGTH ? list : of.size() + " signals");
    }

    /**
     * The signal of each monitor by URN, from its tags per docs/evidence.md: its golden signal, "error budget burn" for a
     * burn-rate alert, "not tagged" when it says neither.
     */
    private static Map<String, String> signals(HandoverFacts facts) {
        Map<String, String> signals = new LinkedHashMap<>();
        facts.monitors().forEach(m -> signals.put(m.urn(), DisplayValues.tag(m.tags(), "golden-signal")
                .orElse(DisplayValues.tag(m.tags(), "slo").isPresent() ? "error budget burn" : "not tagged")));
        return signals;
    }

    /**
     * One node per component with the number of its Azure and Datadog resources, and when it has PagerDuty
     * resources a node counting them, which the component's alerts go to as in the resource-level diagram.
     */
    private static String components(ProductView product) {
        StringBuilder out = new StringBuilder("flowchart TB\n");
        for (int i = 0; i < product.components().size(); i++) {
            ProductView.Component c = product.components().get(i);
            String id = "c" + i;
            List<String> counts = new ArrayList<>();
            count(counts, "Azure", c.azure());
            count(counts, "Datadog", c.datadog());
            out.append("  ").append(id).append("[\"").append(Escape.mermaid(componentTitle(c)
                    + (counts.isEmpty() ? "" : ": " + String.join(", ", counts)))).append("\"]\n");
            if (!c.pagerduty().isEmpty()) {
                out.append("  ").append(id).append("pd[\"PagerDuty ").append(c.pagerduty().size()).append("\"]\n");
                if (!c.datadog().isEmpty()) {
                    out.append("  ").append(id).append(" -- alerts --> ").append(id).append("pd\n");
                }
            }
        }
        return out.toString();
    }

    private static void count(List<String> counts, String provider, List<ResourceSummary> resources) {
        if (!resources.isEmpty()) {
            counts.add(provider + " " + resources.size());
        }
    }
}
