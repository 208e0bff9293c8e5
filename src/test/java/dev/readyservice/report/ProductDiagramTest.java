package dev.readyservice.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The product diagram names a few resources of a type, counts more, and falls back by size, saying so. */
class ProductDiagramTest {
    private static final String MONITOR = "datadog:index/monitor:Monitor";
    private static final String STORAGE = "azure-native:storage:StorageAccount";

    private static ResourceSummary resource(String type, String name, String component) {
        return new ResourceSummary("urn:pulumi:qa::shop::" + type + "::" + name, type, name, component, "");
    }

    private static HandoverFacts.Monitor monitor(ResourceSummary r, Object tags) {
        return new HandoverFacts.Monitor(r.urn(), r.component(), r.name(), tags, "query alert", Map.of(), "");
    }

    private static HandoverFacts facts(List<HandoverFacts.Monitor> monitors) {
        return new HandoverFacts(monitors, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    @Test
    void namesUpToThreeOfATypeAndCountsMoreWithTheSignalsOfTheirMonitors() {
        List<ResourceSummary> monitors = List.of(resource(MONITOR, "api-latency", "api"), resource(MONITOR, "api-errors", "api"),
                resource(MONITOR, "api-errors-anomaly", "api"), resource(MONITOR, "api-burn", "api"), resource(MONITOR, "api-custom", "api"));
        List<ResourceSummary> slos = List.of(resource("datadog:index/serviceLevelObjective:ServiceLevelObjective", "api-availability", "api"));
        ProductView product = new ProductView(List.of(
                new ProductView.Component("api", true, List.of(resource(STORAGE, "data&logs", "api")),
                        concat(monitors.subList(0, 2), slos, monitors.subList(2, 5)),
                        List.of(resource("pagerduty:index/service:Service", "shop-api", "api"))),
                new ProductView.Component("worker", false, IntStream.range(0, 4).mapToObj(i -> resource(STORAGE, "w" + i, "worker")).toList(),
                        List.of(), List.of()),
                new ProductView.Component("", false, List.of(resource("azure-native:resources:ResourceGroup", "shop-rg", "")), List.of(),
                        List.of())));
        HandoverFacts facts = facts(List.of(monitor(monitors.get(0), List.of("golden-signal:latency")),
                monitor(monitors.get(1), List.of("golden-signal:errors")), monitor(monitors.get(2), Map.of("golden-signal", "errors")),
                monitor(monitors.get(3), List.of("slo:api-availability", "burn-window:1h")), monitor(monitors.get(4), List.of("team:a"))));

        ProductDiagram.Diagram diagram = ProductDiagram.of(product, facts);

        assertThat(diagram.note()).isEmpty();
        assertThat(diagram.mermaid()).isEqualTo("""
                flowchart TB
                  subgraph c0["api (customer-facing)"]
                    subgraph c0az["Azure"]
                      r0["StorageAccount: data#amp;logs"]
                    end
                    subgraph c0dd["Datadog"]
                      r1["Monitor ×5: error budget burn, errors, latency, not tagged"]
                      r2["ServiceLevelObjective: api-availability"]
                    end
                    subgraph c0pd["PagerDuty"]
                      r3["Service: shop-api"]
                    end
                    c0dd -- alerts --> c0pd
                  end
                  subgraph c1["worker (internal)"]
                    subgraph c1az["Azure"]
                      r4["StorageAccount ×4"]
                    end
                  end
                  subgraph c2["product-wide"]
                    subgraph c2az["Azure"]
                      r5["ResourceGroup: shop-rg"]
                    end
                  end
                """);
        assertThat(ProductDiagram.markdown(product, facts)).isEqualTo("```mermaid\n" + diagram.mermaid() + "```\n");
    }

    @Test
    void threeOfATypeAreNamedAndFourAreCounted() {
        ProductView three = new ProductView(List.of(new ProductView.Component("a", false,
                IntStream.range(0, 3).mapToObj(i -> resource(STORAGE, "s" + i, "a")).toList(), List.of(), List.of())));
        assertThat(ProductDiagram.of(three, HandoverFacts.NONE).mermaid()).contains("StorageAccount: s0", "StorageAccount: s2")
                .doesNotContain("×");
        ProductView four = new ProductView(List.of(new ProductView.Component("a", false,
                IntStream.range(0, 4).mapToObj(i -> resource(STORAGE, "s" + i, "a")).toList(), List.of(), List.of())));
        assertThat(ProductDiagram.of(four, HandoverFacts.NONE).mermaid()).contains("r0[\"StorageAccount ×4\"]").doesNotContain("s0");
    }

    @Test
    void aTenComponentProductShowsEveryComponentsResourcesWithTheSignalsItsMonitorsCover() {
        PrrReport report = ReportAtScale.report(10, 0);
        ProductDiagram.Diagram diagram = ProductDiagram.of(report.product(), report.handover());
        assertThat(diagram.note()).isEmpty();
        assertThat(diagram.mermaid()).contains("subgraph c9[\"c9 (customer-facing)\"]", "StorageAccount: bench-c9-data",
                "Monitor ×8: errors, latency, saturation, traffic", "c9dd -- alerts --> c9pd");
        assertThat(diagram.mermaid().lines().filter(l -> l.contains("Monitor ×8: errors, latency, saturation, traffic"))).hasSize(10);
    }

    @Test
    void aHundredComponentProductFallsBackToComponentsUnderTheBudgetAndSaysSo() {
        PrrReport report = ReportAtScale.report(100, 0);
        ProductDiagram.Diagram diagram = ProductDiagram.of(report.product(), report.handover());
        assertThat(diagram.mermaid().length()).isLessThanOrEqualTo(ProductDiagram.BUDGET).isLessThan(50_000);
        assertThat(diagram.mermaid()).startsWith("flowchart TB\n")
                .contains("  c0[\"c0 (customer-facing): Azure 3, Datadog 9\"]\n  c0pd[\"PagerDuty 1\"]\n  c0 -- alerts --> c0pd\n")
                .contains("[\"c99 (customer-facing): Azure 3, Datadog 9\"]\n")
                .endsWith("  c100[\"product-wide: Datadog 100\"]\n  c100pd[\"PagerDuty 100\"]\n  c100 -- alerts --> c100pd\n")
                .doesNotContain("subgraph");
        assertThat(diagram.note()).matches("The diagram of every resource would be \\d+ characters, over the 40000 this report keeps a "
                + "Mermaid diagram to \\(Mermaid shows none over 50000\\), so it shows each component with the number of its resources\\. "
                + "Every resource is listed by name in `prr-report.json` \\(`resources`\\) and in the Product section of `prr-report.html`\\.");

        System.out.println("diagram at 100 components: " + diagram.mermaid().length() + " characters; " + diagram.note());
        String markdown = ReportWriter.render(report, Format.MARKDOWN);
        assertThat(markdown).contains("## Product\n\n```mermaid\n" + diagram.mermaid() + "```\n\n" + diagram.note() + "\n");
    }

    @Test
    void aProductTooLargeEvenForComponentNodesHasNoDiagramAndSaysSo() {
        List<ProductView.Component> components = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            components.add(new ProductView.Component("component-" + i, false, List.of(resource(STORAGE, "s" + i, "component-" + i)),
                    List.of(resource(MONITOR, "m" + i, "component-" + i)), List.of(resource("pagerduty:index/service:Service", "p" + i,
                            "component-" + i))));
        }
        ProductView product = new ProductView(components);
        ProductDiagram.Diagram diagram = ProductDiagram.of(product, HandoverFacts.NONE);
        assertThat(diagram.mermaid()).isEmpty();
        assertThat(diagram.note()).contains("and one node per component would still be ").endsWith(" characters, so there is no diagram. "
                + "Every resource is listed by name in `prr-report.json` (`resources`) and in the Product section of `prr-report.html`.");
        assertThat(ProductDiagram.markdown(product, HandoverFacts.NONE)).isEqualTo(diagram.note() + "\n").doesNotContain("```");
    }

    @SafeVarargs
    private static List<ResourceSummary> concat(List<ResourceSummary>... lists) {
        List<ResourceSummary> all = new ArrayList<>();
        for (List<ResourceSummary> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
