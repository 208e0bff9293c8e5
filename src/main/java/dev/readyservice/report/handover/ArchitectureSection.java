package dev.readyservice.report.handover;

import dev.readyservice.report.Escape;
import dev.readyservice.report.HandoverFacts;
import dev.readyservice.report.ProductDiagram;
import dev.readyservice.report.ProductView;
import dev.readyservice.report.ResourceSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The product per component, as the PRR report draws it: a list per provider and the same Mermaid diagram. */
final class ArchitectureSection {

    private ArchitectureSection() {
    }

    static void appendTo(StringBuilder out, ProductView product, HandoverFacts facts) {
        out.append("## Architecture\n\n");
        if (product.components().isEmpty()) {
            out.append("The stack has no Azure, Datadog or PagerDuty resource, so there is no architecture to show.\n\n");
            return;
        }
        for (ProductView.Component component : product.components()) {
            out.append("### ").append(Escape.markdown(ProductDiagram.componentTitle(component))).append("\n\n");
            if (!component.criticalityWhy().isEmpty()) {
                out.append("- Criticality: ").append(Escape.markdown(component.criticalityWhy())).append('\n');
            }
            provider(out, "Azure", component.azure());
            provider(out, "Datadog", component.datadog());
            provider(out, "PagerDuty", component.pagerduty());
            out.append('\n');
        }
        out.append(ProductDiagram.markdown(product, facts)).append('\n');
    }

    /** One line per provider: each resource type with the names of its resources. */
    private static void provider(StringBuilder out, String title, List<ResourceSummary> resources) {
        if (resources.isEmpty()) {
            out.append("- ").append(title).append(": none\n");
            return;
        }
        Map<String, List<String>> byType = new TreeMap<>();
        resources.forEach(r -> byType.computeIfAbsent(ProductDiagram.shortType(r.type()), t -> new ArrayList<>()).add(r.name()));
        out.append("- ").append(title).append(": ").append(byType.entrySet().stream()
                .map(e -> Escape.markdown(e.getKey()) + " (" + e.getValue().stream().map(Escape::code).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "))).append('\n');
    }
}
