package dev.readyservice.report;

import java.util.List;

/** The product as a Mermaid flowchart: one box per component holding its Azure, Datadog and PagerDuty resources. */
public final class ProductDiagram {

    private ProductDiagram() {
    }

    /** The flowchart source, without the Markdown code fence. */
    public static String mermaid(ProductView product) {
        StringBuilder out = new StringBuilder("flowchart TB\n");
        int[] node = {0};
        for (int i = 0; i < product.components().size(); i++) {
            ProductView.Component c = product.components().get(i);
            String id = "c" + i;
            out.append("  subgraph ").append(id).append("[\"").append(Escape.mermaid(componentTitle(c))).append("\"]\n");
            group(out, id + "az", "Azure", c.azure(), node);
            group(out, id + "dd", "Datadog", c.datadog(), node);
            group(out, id + "pd", "PagerDuty", c.pagerduty(), node);
            if (!c.datadog().isEmpty() && !c.pagerduty().isEmpty()) {
                out.append("    ").append(id).append("dd -- alerts --> ").append(id).append("pd\n");
            }
            out.append("  end\n");
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

    private static void group(StringBuilder out, String id, String title, List<ResourceSummary> resources, int[] node) {
        if (resources.isEmpty()) {
            return;
        }
        out.append("    subgraph ").append(id).append("[\"").append(title).append("\"]\n");
        for (ResourceSummary r : resources) {
            out.append("      r").append(node[0]++).append("[\"").append(Escape.mermaid(shortType(r.type()) + ": " + r.name())).append("\"]\n");
        }
        out.append("    end\n");
    }
}
